/**
 * Finding an actor by name or code: countries (names, other spellings, demonyms) and organisations from the
 * knowledge base, codes the ledger uses, and names written in the articles ("Zelensky" -> UKR); each hit with
 * the ledger's event count. Also the display name of a code ("RUS" -> "Russia") for titles and graph labels.
 *
 *   await searchActors(store, cache, 'russ', 10)   // [{ code: 'RUS', name: 'Russia', kind: 'country', events: 2710, matched: 'Russia' }, …]
 *   actorName('RUS')                                // 'Russia'
 */
import { readKnowledgeFiles } from '../knowledge/load.js';
import { NO_COUNTRY } from '../knowledge/index.js';
import { actorEventCounts, actorsNamed } from '../store/actors.repository.js';
import type { Store } from '../store/index.js';
import type { AggregateCache } from './cache.js';
import type { ActorHit } from './contract.js';

interface Entry { code: string; name: string; kind: 'country' | 'organisation'; keys: string[]; labels: string[] }

let directory: { entries: Entry[]; byCode: Map<string, Entry> } | null = null;

/** Lower case without diacritics, for matching what people type ("Turkiye", "cote d'ivoire"). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function loadDirectory(): NonNullable<typeof directory> {
  if (directory) return directory;
  const files = readKnowledgeFiles();
  const entries: Entry[] = [];
  const byCode = new Map<string, Entry>();
  const add = (e: Entry) => { entries.push(e); if (!byCode.has(e.code)) byCode.set(e.code, e); };
  for (const c of files.countries) {
    const labels = [...new Set([c.name, ...c.names, ...c.demonyms])];
    add({ code: c.code, name: c.name, kind: 'country', labels, keys: labels.map(fold) });
  }
  for (const o of files.organisations) {
    if (o.kind !== 'organisation' && o.kind !== 'group') continue;
    const labels = [...new Set([o.name, ...o.names])];
    add({ code: o.code, name: o.name, kind: 'organisation', labels, keys: labels.map(fold) });
  }
  directory = { entries, byCode };
  return directory;
}

/**
 * The knowledge base's name for an actor code ("Russia" for RUS, "NATO" for NATO; "Unidentified actor" for '---',
 * a generic agent whose country no one named), null when it has none.
 */
export function actorName(code: string): string | null {
  if (code === NO_COUNTRY) return 'Unidentified actor';
  return loadDirectory().byCode.get(code)?.name ?? null;
}

/** How well a label matches the query: 0 exact, 1 prefix, 2 a word starts with it, 3 inside; -1 no match. */
function rank(key: string, q: string): number {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  const at = key.indexOf(q);
  if (at < 0) return -1;
  return /[\s\-'(]/.test(key[at - 1] ?? '') ? 2 : 3;
}

export async function searchActors(store: Store, cache: AggregateCache, text: string, limit: number): Promise<ActorHit[]> {
  const q = fold(text.trim());
  const upper = text.trim().toUpperCase();
  const [counts, named] = await Promise.all([
    cache.get('actor-event-counts', async () => Object.fromEntries(await actorEventCounts(store.db))),
    q.length >= 3 ? actorsNamed(store.db, q, limit) : Promise.resolve([]),
  ]);
  const best = new Map<string, { hit: ActorHit; score: number }>();
  const offer = (hit: ActorHit, score: number) => {
    const seen = best.get(hit.code);
    if (!seen || score < seen.score) best.set(hit.code, { hit, score });
  };
  const events = (code: string) => counts[code] ?? 0;
  for (const e of loadDirectory().entries) {
    let top = e.code === upper ? -1 : Infinity;
    let label = e.name;
    e.keys.forEach((k, i) => { const r = rank(k, q); if (r >= 0 && r < top) { top = r; label = e.labels[i]!; } });
    if (top !== Infinity) offer({ code: e.code, name: e.name, kind: e.kind, events: events(e.code), matched: label }, top);
  }
  for (const code of Object.keys(counts)) {
    if (code.startsWith(upper) && !best.has(code)) offer({ code, name: actorName(code) ?? code, kind: 'actor', events: events(code), matched: code }, code === upper ? -1 : 1);
  }
  for (const n of named) offer({ code: n.code, name: actorName(n.code) ?? n.code, kind: actorName(n.code) ? (loadDirectory().byCode.get(n.code)!.kind) : 'actor', events: events(n.code), matched: n.name }, 3.5);
  return [...best.values()].sort((a, b) => a.score - b.score || b.hit.events - a.hit.events || a.hit.name.localeCompare(b.hit.name))
    .slice(0, limit).map((x) => x.hit);
}
