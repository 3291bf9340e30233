/**
 * Bounded, SSRF-safe HTTP(S) fetching for feeds and pages. Limits size, time, redirects and content type;
 * refuses loopback, private, link-local, unique-local, CGNAT and cloud-metadata addresses, checked on the
 * addresses DNS actually returns (the connection is pinned to the checked address) and again on every
 * redirect. Hosts on the explicit allow-list (`--allow-host HOST` or `HOST:PORT`, used by tests with a local
 * server) skip the check; an entry with a port allows that port only, so a redirect to another port is checked.
 * A 429 or 503 answer carries its `Retry-After` (seconds or an HTTP date) as `retryAfterMs` on the error.
 *
 *   const res = await fetchBounded('https://example.org/feed.xml', { allowHosts: [] });
 *   res.body // UTF-8 text; res.contentType 'application/rss+xml'; res.finalUrl after redirects
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ParleyError } from '../core/errors.js';

export interface FetchOptions {
  /** Host names or IP literals (with an optional `:port`) allowed even when they resolve to a refused address. */
  allowHosts?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Content types accepted (prefix match); default: HTML, XML feeds, JSON, text. */
  accept?: readonly string[];
}

export interface FetchResult { url: string; finalUrl: string; status: number; contentType: string; body: string }

export const DEFAULT_ACCEPT = ['text/html', 'application/xhtml', 'application/rss', 'application/atom', 'application/rdf', 'application/xml', 'text/xml', 'application/feed+json', 'application/json', 'text/plain'];

/** Why an address is refused, or null when it is a public unicast address. */
export function refusedAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const ip = ipaddr.process(address);
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

/**
 * True when the URL's host (and port, when the entry names one) is on the allow-list.
 *
 *   isAllowedTarget(new URL('http://127.0.0.1:8080/a'), ['127.0.0.1:8080'])   // true
 *   isAllowedTarget(new URL('http://127.0.0.1:9090/a'), ['127.0.0.1:8080'])   // false
 */
export function isAllowedTarget(target: URL, allowHosts: readonly string[] = []): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return allowHosts.some((entry) => {
    const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+):(\d+)$/.exec(entry);
    const [h, p] = m ? [m[1]!, m[2]] : [entry, undefined];
    return h.toLowerCase() === host && (p === undefined || p === port);
  });
}

/** A DNS lookup that refuses every non-public address unless the target is allow-listed. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: unknown, callback: (err: Error | null, address?: unknown, family?: number) => void) => {
    const opts = (typeof options === 'object' && options) ? options as { all?: boolean } : {};
    dnsLookup(hostname, { all: true })
      .then((addresses) => {
        if (!addresses.length) throw new ParleyError('FETCH_FAILED', `${hostname} has no address`);
        if (!allowPrivate) {
          for (const a of addresses) {
            const why = refusedAddressReason(a.address);
            if (why) throw new ParleyError('FETCH_FORBIDDEN_ADDRESS', `${hostname} resolves to ${a.address} (${why})`);
          }
        }
        if (opts.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((err: Error) => callback(err));
  }) as LookupFunction;
}

export async function fetchBounded(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const res = await requestOnce(current, opts);
    if (res.redirect) {
      current = new URL(res.redirect, current).toString();
      continue;
    }
    return { ...res.result!, url };
  }
  throw new ParleyError('FETCH_TOO_MANY_REDIRECTS', `${url} redirected more than ${maxRedirects} times`);
}

function checkTarget(target: URL, allowed: boolean): void {
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new ParleyError('FETCH_FORBIDDEN_ADDRESS', `${target.href}: only http and https addresses are fetched`);
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !allowed) {
    const why = refusedAddressReason(host);
    if (why) throw new ParleyError('FETCH_FORBIDDEN_ADDRESS', `${target.href} points at a ${why} address`);
  }
}

function requestOnce(url: string, opts: FetchOptions): Promise<{ redirect?: string; result?: Omit<FetchResult, 'url'> }> {
  const allowHosts = opts.allowHosts ?? [];
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const accept = opts.accept ?? DEFAULT_ACCEPT;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new ParleyError('FETCH_FAILED', `"${url}" is not a valid address`));
  }
  const allowed = isAllowedTarget(target, allowHosts);
  try {
    checkTarget(target, allowed);
  } catch (err) {
    return Promise.reject(err);
  }
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.get(target, {
      lookup: guardedLookup(allowed),
      // No pooled sockets: a kept-alive connection would skip the address check of this request.
      agent: false,
      headers: { 'user-agent': 'parley/0.1 (+news ledger)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,*/*;q=0.5', 'accept-encoding': 'identity' },
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        resolve({ redirect: res.headers.location });
        return;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const err = new ParleyError('FETCH_BAD_STATUS', `${url} answered ${status}${status === 429 ? ' (too many requests)' : status === 404 ? ' (not found)' : ''}`);
        const wait = retryAfterMs(res.headers['retry-after']);
        reject(wait === null ? err : Object.assign(err, { retryAfterMs: wait }));
        return;
      }
      const contentType = String(res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (contentType && !accept.some((a) => contentType.startsWith(a))) {
        res.resume();
        reject(new ParleyError('FETCH_BAD_TYPE', `${url} is ${contentType}, not a page or a feed`));
        return;
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        res.destroy();
        reject(new ParleyError('FETCH_TOO_LARGE', `${url} is ${declared} bytes; the limit is ${maxBytes}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          res.destroy();
          reject(new ParleyError('FETCH_TOO_LARGE', `${url} exceeded the limit of ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ result: { finalUrl: target.toString(), status, contentType, body: Buffer.concat(chunks).toString('utf8') } }));
      res.on('error', (err) => reject(new ParleyError('FETCH_FAILED', `${url}: ${err.message}`)));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new ParleyError('FETCH_TIMEOUT', `${url} did not answer within ${timeoutMs} ms`)));
    req.on('error', (err) => reject(err instanceof ParleyError ? err : new ParleyError('FETCH_FAILED', `${url}: ${err.message}`)));
  });
}

/**
 * A Retry-After header in milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable.
 *
 *   retryAfterMs('120')   // 120000
 */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const v = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
