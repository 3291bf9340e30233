/**
 * Polite fetching: at most `concurrency` requests at a time to one host and at least `delayMs` between the
 * starts of two requests to it; a host that answered with Retry-After is left alone until then. One gate is
 * shared by everything a process fetches (CLI ingest, API ingest, worker), so two feeds on one site still
 * queue behind each other.
 *
 *   const res = await sharedHostGate().run('example.org', () => fetchBounded(url));
 *   sharedHostGate().pause('example.org', 30_000);   // after "Retry-After: 30"
 */

export interface HostGateOptions {
  /** Requests in flight per host (default 2). */
  concurrency?: number;
  /** Milliseconds between the starts of two requests to one host (default 1000). */
  delayMs?: number;
}

export interface HostGate {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** No request starts to `host` for the next `ms` milliseconds. */
  pause(host: string, ms: number): void;
}

interface HostState { active: number; nextStart: number; waiting: (() => void)[] }

export function createHostGate(opts: HostGateOptions = {}): HostGate {
  const concurrency = opts.concurrency ?? 2;
  const delayMs = opts.delayMs ?? 1000;
  const hosts = new Map<string, HostState>();
  const state = (host: string): HostState => {
    let s = hosts.get(host);
    if (!s) hosts.set(host, (s = { active: 0, nextStart: 0, waiting: [] }));
    return s;
  };
  const acquire = async (host: string): Promise<void> => {
    const s = state(host);
    while (s.active >= concurrency) await new Promise<void>((r) => s.waiting.push(r));
    s.active++;
    // Wake, look again (another request may have started meanwhile), and start only once the spacing allows.
    while (Date.now() < s.nextStart) await new Promise((r) => setTimeout(r, s.nextStart - Date.now()));
    s.nextStart = Date.now() + delayMs;
  };
  const release = (host: string): void => {
    const s = state(host);
    s.active--;
    const next = s.waiting.shift();
    if (next) next();
    else if (!s.active && s.nextStart <= Date.now()) hosts.delete(host);
  };
  return {
    async run(host, task) {
      await acquire(host);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
    pause(host, ms) {
      const s = state(host);
      s.nextStart = Math.max(s.nextStart, Date.now() + ms);
    },
  };
}

let shared: HostGate | null = null;

/** The process-wide gate (1 s between requests to one host, 2 at a time). */
export function sharedHostGate(): HostGate {
  shared ??= createHostGate();
  return shared;
}
