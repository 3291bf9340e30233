#!/usr/bin/env node
/**
 * Compares the hand-written trigger lexicon (../data/triggers.txt) with the PETRARCH2 verb dictionary
 * (../data/cameo-verbs.json) and prints a merge report: PETRARCH lemmas the lexicon lacks, and lemmas whose
 * single-verb code differs, the 30 most frequent in the news corpus (../shared/data/news, counted over the lemma's
 * inflected forms, noun uses included) first. Needs a build (reads dist/pipeline/events/inflect.js). Not committed output:
 *
 *   npx tsc -p tsconfig.json && node src/pipeline/events/build/verbs-merge-report.mjs   # also writes eval-results/verbs-merge.txt
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');
const { inflections } = await import(join(root, 'dist', 'pipeline', 'events', 'inflect.js'));
const verbs = JSON.parse(readFileSync(join(here, '..', 'data', 'cameo-verbs.json'), 'utf8'));

// the lexicon's verb lemmas: the first word of each verb (or either-use) pattern, with its code; a one-word pattern
// ("v attack") gives the lemma's own code
const FRAME_DEFAULT = { intent: '030', decide: '030', appeal: '020', demand: '100', oblige: '100', threaten: '130', reject: '120' };
const lexFirst = new Map();
const lexOwn = new Map();
for (const raw of readFileSync(join(here, '..', 'data', 'triggers.txt'), 'utf8').split('\n')) {
  const line = raw.replace(/#.*$/, '').trim();
  // frames (@appeal: urge, ask …) take their default code (lexicon.ts FRAME_DEFAULT), or none
  const m = line.match(/^(\d{2,4}|@\w+)(?:\s+\S+)?\s*:\s*(.*)$/);
  if (!m) continue;
  if (m[1].startsWith('@')) m[1] = FRAME_DEFAULT[m[1].slice(1)] ?? 'frame';
  for (let p of m[2].split(';')) {
    p = p.trim().replace(/<>|\^|\*$|!$/g, '');
    if (!p || p.startsWith('n ')) continue;
    const ws = p.replace(/^v /, '').split(/\s+/);
    if (ws[0].startsWith('~')) continue;
    if (!lexFirst.has(ws[0])) lexFirst.set(ws[0], m[1]);
    if (ws.length === 1 && !lexOwn.has(ws[0])) lexOwn.set(ws[0], m[1]);
  }
}

const single = Object.entries(verbs.verbs).filter(([k]) => !k.includes(' '));
const lacking = single.filter(([k]) => !lexFirst.has(k));
const coded = single.filter(([, e]) => e.some(([, c]) => c));
const lackingCoded = lacking.filter(([, e]) => e.some(([, c]) => c));
const disagree = [];
for (const [k, entries] of single) {
  const mine = lexOwn.get(k);
  const theirs = entries.find(([, c]) => c)?.[1];
  if (mine && mine !== 'frame' && theirs && mine !== theirs) disagree.push({ lemma: k, lexicon: mine, petrarch: theirs, root: mine.slice(0, 2) !== theirs.slice(0, 2) });
}

// frequency of each lemma's forms in the news corpus
let news = null;
for (let d = here; dirname(d) !== d; d = dirname(d)) { const f = join(d, 'shared', 'data', 'news', 'ukraine_war_2022_dev.jsonl'); if (existsSync(f)) { news = f; break; } }
const freq = new Map();
if (news) {
  const forms = new Map();
  for (const { lemma } of disagree) for (const f of inflections(lemma)) forms.set(f, lemma);
  for (const line of readFileSync(news, 'utf8').split('\n')) {
    if (!line) continue;
    for (const m of (JSON.parse(line).text ?? '').toLowerCase().matchAll(/[a-z]+/g)) { const l = forms.get(m[0]); if (l) freq.set(l, (freq.get(l) ?? 0) + 1); }
  }
}
disagree.sort((a, b) => (freq.get(b.lemma) ?? 0) - (freq.get(a.lemma) ?? 0));
const out = [
  `PETRARCH2 verb dictionary: ${single.length} single-word verb lemmas (${coded.length} with an event code), ${Object.keys(verbs.verbs).length - single.length} phrasal verbs`,
  `hand-written lexicon: ${lexFirst.size} verb lemmas start a pattern, ${lexOwn.size} code on their own`,
  `PETRARCH lemmas the lexicon lacks: ${lacking.length} (${lackingCoded.length} of them with an event code of their own)`,
  `same lemma, different code for the verb alone: ${disagree.length} (${disagree.filter((d) => d.root).length} differ in the CAMEO root)`,
  `the 30 most frequent in the news corpus (${news ? 'forms counted in ' + news.split('/').pop() : 'corpus absent: unsorted'}):`,
  '  lemma          news  lexicon  PETRARCH  root differs',
  ...disagree.slice(0, 30).map((d) => `  ${d.lemma.padEnd(14)} ${String(freq.get(d.lemma) ?? 0).padStart(5)}  ${d.lexicon.padEnd(7)}  ${d.petrarch.padEnd(8)}  ${d.root ? 'yes' : ''}`),
  `lacking lemmas with a code, alphabetical (first 60): ${lackingCoded.slice(0, 60).map(([k, e]) => `${k} ${e.find(([, c]) => c)[1]}`).join(', ')}`,
];
console.log(out.join('\n'));
mkdirSync(join(root, 'eval-results'), { recursive: true });
writeFileSync(join(root, 'eval-results', 'verbs-merge.txt'), out.join('\n') + '\n');
