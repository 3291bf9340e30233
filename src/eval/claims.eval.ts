/**
 * Evaluation of role-claim verdicts against office terms we did not write: the Wikidata office-holder table and
 * the U.S. presidents table in ../shared/data/knowledge. For every head of state or government term 2000-2021
 * it writes dated sentences ("Italian Prime Minister Mario Draghi said on 3 May 2021 …", "Former … said on …")
 * in office and after it, runs tokenizer, actors, times and claims, and counts verdicts against the table.
 * The number that matters most is the precision of "contradicted" (a false contradiction is the worst error).
 *
 *   npm run eval -- claims
 */
import { readFileSync } from 'node:fs';
import { addDays, daysBetween } from '../core/dates.js';
import { createDocument } from '../core/document.js';
import type { ClaimVerdict } from '../core/types.js';
import { loadKnowledge } from '../knowledge/index.js';
import { actors } from '../pipeline/actors/index.js';
import { buildClaims } from '../pipeline/claims/extract.js';
import { times } from '../pipeline/times.js';
import { tokenizer } from '../pipeline/tokenizer.js';
import { SHARED_MISSING, sharedDataPath } from '../testing/shared-data.js';
import type { EvalSuite } from './run.js';

const TITLES: Record<string, string> = {
  'United States|President': 'U.S. President', 'United Kingdom|Prime Minister': 'British Prime Minister', 'France|President': 'French President',
  'Russia|President': 'Russian President', 'Ukraine|President': 'Ukrainian President', 'Japan|Prime Minister': 'Japanese Prime Minister',
  'India|Prime Minister': 'Indian Prime Minister', 'Canada|Prime Minister': 'Canadian Prime Minister', 'Israel|Prime Minister': 'Israeli Prime Minister',
  'Turkey|President': 'Turkish President', 'Italy|Prime Minister': 'Italian Prime Minister', 'Hungary|Prime Minister': 'Hungarian Prime Minister',
  'China|President': 'Chinese President', 'South Korea|President': 'South Korean President', 'Iran|President': 'Iranian President',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Terms after this are left out: the table is a mid-2022 snapshot. */
const TABLE_ENDS = '2022-06-01';

interface Term { key: string; person: string; start: string; end: string | null }
interface Case { text: string; published: string; claim: string; expected: Exclude<ClaimVerdict, 'unverified'> }

function readTerms(path: string): Term[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  const at = (name: string) => cols.indexOf(name);
  return rows.map((line) => line.split(',')).filter((r) => r.length === cols.length).map((r) => ({
    key: `${r[at('country')]}|${r[at('position')]}`, person: r[at('person')]!, start: r[at('start')]!, end: r[at('end')] || null,
  })).filter((t) => TITLES[t.key] && /^\d{4}-\d{2}-\d{2}$/.test(t.start));
}

function inOffice(terms: Term[], t: Term, on: string): boolean {
  return terms.some((x) => x.key === t.key && x.person === t.person && x.start <= on && (!x.end || on < x.end));
}

function spelled(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

function casesFrom(terms: Term[]): Case[] {
  const out: Case[] = [];
  for (const t of terms) {
    if (t.start < '2000-01-01' || t.start > TABLE_ENDS) continue;
    const title = TITLES[t.key]!;
    const end = t.end ?? TABLE_ENDS;
    const mid = addDays(t.start, Math.floor(daysBetween(t.start, end) / 2));
    const after = t.end ? addDays(t.end, 400) : null;
    for (const [on, holds] of [[mid, true], ...(after && after < TABLE_ENDS ? [[after, inOffice(terms, t, after)] as const] : [])] as const) {
      if (!inOffice(terms, t, on) && holds) continue;
      const published = addDays(on, 1);
      out.push({ text: `${title} ${t.person} said on ${spelled(on)} that the talks would go on.`, published, claim: `${title} ${t.person}`, expected: holds ? 'supported' : 'contradicted' });
      const previously = terms.some((x) => x.key === t.key && x.person === t.person && x.end && x.end <= on);
      if (holds || previously) out.push({ text: `Former ${title} ${t.person} said on ${spelled(on)} that the talks would go on.`, published, claim: `Former ${title} ${t.person}`, expected: holds ? 'contradicted' : 'supported' });
    }
  }
  return out;
}

export const suite: EvalSuite = {
  name: 'claims: role-claim verdicts against office-holder tables (Wikidata, 2000-2022)',
  run() {
    const path = sharedDataPath('knowledge', 'wikidata_officeholders_2000_2022.csv');
    if (!path) return void console.log(`skipped: ${SHARED_MISSING}`);
    const cases = casesFrom(readTerms(path));
    const kb = loadKnowledge();
    const table = new Map<string, number>();
    const wrong: string[] = [];
    for (const c of cases) {
      const doc = createDocument({ text: c.text, published: c.published, source: { kind: 'text', uri: 'eval' } });
      for (const comp of [tokenizer, actors, times]) comp.run(doc);
      const claim = buildClaims(doc, kb).claims.find((x) => x.kind === 'role' && x.text === c.claim);
      const got = claim?.verdict ?? 'not found';
      table.set(`${c.expected}|${got}`, (table.get(`${c.expected}|${got}`) ?? 0) + 1);
      if (claim && claim.verdict !== 'unverified' && claim.verdict !== c.expected) wrong.push(`${c.text} (${c.published}) -> ${claim.verdict}: ${claim.explanation}`);
    }
    const n = (e: string, g: string) => table.get(`${e}|${g}`) ?? 0;
    console.log(`${cases.length} claims from ${new Set(cases.map((c) => c.claim.replace(/^Former /, ''))).size} office holders`);
    console.log('expected \\ got     supported  contradicted  unverified  not found');
    for (const e of ['supported', 'contradicted']) {
      console.log(`${e.padEnd(18)} ${String(n(e, 'supported')).padStart(9)}  ${String(n(e, 'contradicted')).padStart(12)}  ${String(n(e, 'unverified')).padStart(10)}  ${String(n(e, 'not found')).padStart(9)}`);
    }
    const contradicted = n('supported', 'contradicted') + n('contradicted', 'contradicted');
    const supported = n('supported', 'supported') + n('contradicted', 'supported');
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
    console.log(`precision of "contradicted": ${pct(n('contradicted', 'contradicted'), contradicted)} (${contradicted - n('contradicted', 'contradicted')} false)`);
    console.log(`precision of "supported":    ${pct(n('supported', 'supported'), supported)}`);
    console.log(`recall (a verdict, not unverified/not found): ${pct(contradicted + supported, cases.length)}`);
    for (const w of wrong.slice(0, 10)) console.log(`  wrong: ${w}`);
  },
};
