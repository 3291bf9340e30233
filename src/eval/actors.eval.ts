/**
 * Actor resolution against ../shared/data/gold/ngec_actor_resolution.jsonl (NGEC tests): each phrase goes
 * through `kb.resolveInContext(phrase, context, on)` (the gold's context text, often a country, supplies the
 * country a bare phrase lacks) and the country code and first sector code are compared with the gold.
 * `null` gold = the phrase must not be coded. Cases marked xfail in the gold and `query_wiki` cases (which
 * only name a Wikipedia title) are reported apart. The reference date is 2022-06-01, when the gold set was
 * written, so "Scott Morrison" is a sitting prime minister and "Angela Merkel" a former chancellor.
 * Prints the table and writes one line per case to eval-results/actors.jsonl.
 *
 *   npm run eval -- actors
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { findActorMentions, loadKnowledge } from '../knowledge/index.js';
import { SHARED_MISSING, sharedDataPath } from '../testing/shared-data.js';
import type { EvalSuite } from './run.js';

const ON = '2022-06-01';
const ALT_ON = '2021-01-01';

interface GoldCase { id: string; text: string; context?: string; method: string; expected: Record<string, unknown>; xfail: string | null }

export const suite: EvalSuite = {
  name: 'actors: NGEC actor resolution (country + sector)',
  run() {
    const path = sharedDataPath('gold', 'ngec_actor_resolution.jsonl');
    if (!path) { process.stdout.write(`skipped: ${SHARED_MISSING}\n`); return; }
    const kb = loadKnowledge();
    const cases = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldCase);
    const rows: unknown[] = [];
    const tally = { country: [0, 0], sector: [0, 0], nulls: [0, 0], xfail: [0, 0], wiki: [0, 0] };
    const byMethod = new Map<string, { country: [number, number]; sector: [number, number] }>();
    const t0 = performance.now();
    for (const c of cases) {
      const r = kb.resolveInContext(c.text, c.context ?? '', ON);
      const e = c.expected;
      const row: Record<string, unknown> = { id: c.id, text: c.text, method: c.method, got: r, expected: e };
      if (c.method === 'query_wiki') {
        tally.wiki[1]++;
        const hit = Boolean(r && (r.name || r.code));
        if (hit) tally.wiki[0]++;
        row.scored = 'wiki-title only (not scored): resolved=' + hit;
        rows.push(row);
        continue;
      }
      if (c.xfail) {
        tally.xfail[1]++;
        row.scored = 'xfail';
        rows.push(row);
        continue;
      }
      const m = byMethod.get(c.method) ?? { country: [0, 0], sector: [0, 0] };
      byMethod.set(c.method, m);
      if ('<whole result>' in e && e['<whole result>'] === null) {
        tally.nulls[1]++;
        const ok = r === null || (!r.code && !r.sector);
        if (ok) tally.nulls[0]++;
        row.nullOk = ok;
      }
      const country = typeof e.country === 'string' ? e.country : undefined;
      if (country) {
        tally.country[1]++; m.country[1]++;
        const ok = r?.code === country;
        if (ok) { tally.country[0]++; m.country[0]++; }
        row.countryOk = ok;
      }
      const sector = typeof e.code_1 === 'string' && e.code_1 ? e.code_1 : undefined;
      if (sector) {
        tally.sector[1]++; m.sector[1]++;
        const ok = r?.sector === sector;
        if (ok) { tally.sector[0]++; m.sector[0]++; }
        row.sectorOk = ok;
      }
      rows.push(row);
    }
    const ms = performance.now() - t0;
    const pct = ([a, b]: number[]) => (b ? `${((100 * a!) / b!).toFixed(1)}% (${a}/${b})` : '-');
    const lines = [
      `reference date ${ON}; ${cases.length} cases in ${ms.toFixed(0)} ms (cold; see npm run bench -- knowledge for µs per phrase)`,
      `| method | country | sector |`,
      `|---|---|---|`,
      ...[...byMethod].map(([k, v]) => `| ${k} | ${pct(v.country)} | ${pct(v.sector)} |`),
      `| **all (cases expecting a country)** | **${pct(tally.country)}** | ${pct(tally.sector)} |`,
      `must not be coded (null gold): ${pct(tally.nulls)}`,
      `xfail in gold (not scored): ${tally.xfail[1]}; query_wiki (title only, not scored): resolved ${pct(tally.wiki)}`,
    ];
    // the gold has no dates and mixes eras: the same cases scored on an earlier reference date, for comparison
    const alt = { country: [0, 0], sector: [0, 0] };
    for (const c of cases) {
      if (c.method === 'query_wiki' || c.xfail) continue;
      const r = kb.resolveInContext(c.text, c.context ?? '', ALT_ON);
      if (typeof c.expected.country === 'string' && c.expected.country) { alt.country[1]++; if (r?.code === c.expected.country) alt.country[0]++; }
      if (typeof c.expected.code_1 === 'string' && c.expected.code_1) { alt.sector[1]++; if (r?.sector === c.expected.code_1) alt.sector[0]++; }
    }
    lines.push(`same cases on ${ALT_ON}: country ${pct(alt.country)}, sector ${pct(alt.sector)}`);
    process.stdout.write(lines.join('\n') + '\n');
    const dir = join(packageRoot, 'eval-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'actors.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    process.stdout.write(`per-case results: eval-results/actors.jsonl\n`);
    coactors(kb);
    longTail(kb);
  },
};

/**
 * Compound actors (../shared/data/gold/ngec_coactors.jsonl): the mentions found inside the gold sentence must
 * carry the same set of country codes as the expected actor phrases resolved one by one.
 */
function coactors(kb: ReturnType<typeof loadKnowledge>): void {
  const path = sharedDataPath('gold', 'ngec_coactors.jsonl');
  if (!path) return;
  const cases = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; expected_actors: string[] });
  let ok = 0;
  const rows: unknown[] = [];
  for (const c of cases) {
    const expected = [...new Set(c.expected_actors.map((a) => kb.resolve(a, ON)?.code).filter(Boolean))].sort();
    const got = [...new Set(findActorMentions(c.text, ON).filter((m) => m.kind !== 'place').map((m) => m.code))].sort();
    const pass = expected.every((code) => got.includes(code!));
    if (pass) ok++;
    rows.push({ id: c.id, text: c.text, expected, got, pass });
  }
  process.stdout.write(`compound actors (ngec_coactors): every expected actor found in ${ok}/${cases.length} sentences\n`);
  writeFileSync(join(packageRoot, 'eval-results', 'actors-coactors.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/**
 * What the long tail of office-holders (data/officials.json) adds on real news (../shared/data/news): mentions whose
 * person comes from officials.json, over all mentions, with the people most often found; a seeded random sample of 50
 * with context goes to eval-results/actors-officials-sample.jsonl for checking by hand.
 */
function longTail(kb: ReturnType<typeof loadKnowledge>): void {
  const path = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!path) return;
  const t0 = performance.now();
  let total = 0;
  let articles = 0;
  const found: Array<Record<string, unknown>> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; text: string; published?: string };
    const on = a.published?.slice(0, 10) || ON;
    articles++;
    for (const m of findActorMentions(a.text, on)) {
      total++;
      if (!m.id || kb.people.has(m.id) || !kb.officials.byWikidata(m.id)) continue;
      found.push({ doc: a.id, on, text: m.text, code: m.code, sector: m.sector ?? null, name: m.name, office: m.office, status: m.status, context: a.text.slice(Math.max(0, m.start - 120), m.end + 80).replace(/\s+/g, ' ') });
    }
  }
  const byName = new Map<string, number>();
  for (const f of found) byName.set(f.name as string, (byName.get(f.name as string) ?? 0) + 1);
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = [...found];
  const sample = Array.from({ length: Math.min(50, pool.length) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  writeFileSync(join(packageRoot, 'eval-results', 'actors-officials-sample.jsonl'), sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write(`long-tail officials on ${articles} news articles: ${found.length} of ${total} actor mentions (${byName.size} people) in ${((performance.now() - t0) / 1000).toFixed(1)} s; most found: ${[...byName].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([n, c]) => `${n} ${c}`).join(', ')}\n`);
  process.stdout.write(`random sample of 50 to check by hand: eval-results/actors-officials-sample.jsonl\n`);
}
