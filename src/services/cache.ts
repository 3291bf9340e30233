/**
 * A small cache for aggregate answers (overview, dyads, actor profiles, networks): an entry is reused while the
 * ledger's version token is unchanged (SQLite) or for a few seconds (PostgreSQL, where no cheap token exists),
 * and at most `maxAgeMs` in any case. When full, the least recently used entry goes (lru-cache). Lists of records
 * are never cached.
 *
 *   const cache = new AggregateCache(store);
 *   await cache.get(`actor:RUS:month`, () => actorProfile(store, 'RUS', 'month'));
 */
import { LRUCache } from 'lru-cache';
import { ledgerVersion } from '../store/analytics.repository.js';
import type { Store } from '../store/index.js';

interface Entry { version: string | null; at: number; value: unknown }

export class AggregateCache {
  private readonly entries: LRUCache<string, Entry>;
  constructor(
    private readonly store: Store,
    private readonly opts: { ttlWithoutVersionMs?: number; maxAgeMs?: number; maxEntries?: number; enabled?: boolean } = {},
  ) {
    this.entries = new LRUCache({ max: opts.maxEntries ?? 500 });
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.opts.enabled === false) return compute();
    const version = await ledgerVersion(this.store.db, this.store.kind);
    const now = Date.now();
    const hit = this.entries.get(key);
    const fresh = hit && now - hit.at < (this.opts.maxAgeMs ?? 300_000) && (version === null ? now - hit.at < (this.opts.ttlWithoutVersionMs ?? 10_000) : hit.version === version);
    if (fresh) return hit.value as T;
    const value = await compute();
    this.entries.set(key, { version, at: now, value });
    return value;
  }

  /** Drops everything (after a write through the API). */
  clear(): void {
    this.entries.clear();
  }
}
