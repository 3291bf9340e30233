/**
 * Reproducible samplers of the gold sets read from news: split every article of the news file into sentences
 * with a simple rule splitter, drop fragments, bylines and captions, shuffle the rest with a fixed seed and take
 * the first N (events), or the first N that carry a commitment cue word plus M without one (commitments). A
 * case is an id and character offsets into its article's `text`: no news text leaves the file.
 *
 *   node dist/eval/gold/sample.js events 400 > /tmp/candidates.jsonl
 *   // {"id":"r2n-5b2643a9d566@1043","doc":"r2n-5b2643a9d566","start":1043,"end":1187,"half":"test"}
 *   node dist/eval/gold/sample.js commitments 200 30 > /tmp/commitment-candidates.jsonl
 *
 * The gold files hold the first cases of these orders, all labelled (see README.md here).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Article { id: string; published: string | null; title?: string; text: string }
export interface SentenceSpan { start: number; end: number }
export interface CaseRef { id: string; doc: string; start: number; end: number; half: 'dev' | 'test' }

export const SEED = 20221224;
export const COMMITMENT_SEED = 20221225;

/**
 * Broad cue words of commitments (pledges, agreements, ceasefires, demands, threats, ultimatums) and of talk about
 * them: they pick candidate sentences, idioms and non-commitments included ("deal with", "warned of rain").
 */
export const COMMITMENT_CUES = new RegExp('\\b(?:' + [
  'agree[sd]?', 'agreements?', 'pledge[sd]?', 'pledging', 'vow(?:s|ed)?', 'promis(?:e|es|ed|ing)', 'commit(?:s|ted|ments?)?',
  'guarantee[sd]?', 'assurances?', 'demand(?:s|ed|ing)?', 'urge[sd]?', 'urging', 'call(?:s|ed)? (?:on|for)', 'insist(?:s|ed)?',
  'threat(?:s|en|ens|ened)?', 'warn(?:s|ed|ing)?', 'ultimatums?', 'deadline', 'cease-?fires?', 'truces?', 'armistice',
  'deals?', 'accords?', 'treat(?:y|ies)', 'memorandum', 'moratorium', 'offer(?:s|ed)?', 'propos(?:e|ed|al|als)', 'negotiat\\w*',
].join('|') + ')\\b', 'i');

/** Words before a full stop that do not end a sentence ("Sen. Murphy", "U.S. troops", "Jan. 6"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'st', 'gov', 'pres', 'prof',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'rev', 'hon', 'ft', 'mt', 'jan', 'feb', 'mar', 'apr',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'd.c', 'approx',
]);

/**
 * Sentence spans of a text: a sentence ends at . ! ? (with closing quotes or brackets) followed by white space
 * and a capital, a digit or an opening quote, or at a line break; not after an abbreviation or a single initial.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start; let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const re = /([.!?])(["”’')\]]*)(\s+)(?=["“‘(]?[A-Z0-9])|\n+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith('\n')) { push(m.index); start = m.index + m[0].length; continue; }
    const end = m.index + 1 + m[2]!.length;
    if (m[1] === '.' && !m[2]) {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      const word = before.toLowerCase().replace(/^\.+/, '');
      if (ABBREVIATIONS.has(word) || /^[A-Z]$/.test(before) || /^([A-Za-z]\.)+[A-Za-z]$/.test(before)) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

const BYLINE = /^(by|reporting by|additional reporting|editing by|written by|compiled by|photo|image|picture|pictured|credit|source|watch|read more|click|sign up|subscribe|follow|related|advertisement|getty|copyright)\b/i;
const CAPTION = /\b(getty images|ap photo|reuters\/|afp via|\(image:|\(photo:|credit:|pictured:|©)/i;

/** A sentence worth coding: six words or more, at most 90 (longer ones are splitter run-ons), no byline or caption. */
export function eligible(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 6 || words.length > 90) return false;
  if (BYLINE.test(sentence) || CAPTION.test(sentence)) return false;
  if (!/[a-z]/.test(sentence) || sentence === sentence.toUpperCase()) return false;
  if (/^[a-z]/.test(sentence)) return false; // a split inside a sentence
  return true;
}

/** mulberry32: a small seeded generator, so the sample never depends on the platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the case id, mixed: even -> dev, odd -> test. Fixed once; never re-split. */
export function halfOf(id: string): 'dev' | 'test' {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0; // avalanche: FNV's low bit alone splits similar ids unevenly
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) & 1) === 0 ? 'dev' : 'test';
}

/** All eligible sentences of the articles in file order, shuffled with the seed; the first n. */
export function sampleCases(articles: Article[], n: number, seed = SEED): CaseRef[] {
  const all: CaseRef[] = [];
  for (const a of articles) {
    for (const s of splitSentences(a.text)) {
      if (!eligible(a.text.slice(s.start, s.end))) continue;
      const id = `${a.id}@${s.start}`;
      all.push({ id, doc: a.id, start: s.start, end: s.end, half: halfOf(id) });
    }
  }
  const next = rng(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, n);
}

export interface CommitmentCaseRef extends CaseRef { pool: 'cue' | 'random' }

/** The first nCue eligible sentences with a commitment cue and the first nRandom without one, each pool shuffled with the seed. */
export function sampleCommitmentCases(articles: Article[], nCue: number, nRandom: number, seed = COMMITMENT_SEED): CommitmentCaseRef[] {
  const cue: CommitmentCaseRef[] = [];
  const plain: CommitmentCaseRef[] = [];
  for (const a of articles) {
    for (const s of splitSentences(a.text)) {
      const text = a.text.slice(s.start, s.end);
      if (!eligible(text)) continue;
      const id = `${a.id}@${s.start}`;
      const isCue = COMMITMENT_CUES.test(text);
      (isCue ? cue : plain).push({ id, doc: a.id, start: s.start, end: s.end, half: halfOf(id), pool: isCue ? 'cue' : 'random' });
    }
  }
  const next = rng(seed);
  for (const list of [cue, plain]) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  return [...cue.slice(0, nCue), ...plain.slice(0, nRandom)];
}

/** The articles of a news file (JSON lines), or only those whose ids are wanted. */
export function readArticles(path: string, wanted?: Set<string>): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as Article;
    if (!wanted || wanted.has(a.id)) out.push(a);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sharedDataPath } = await import('../../testing/shared-data.js');
  const file = process.env.NEWS_FILE ?? sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!file) { process.stderr.write('sample: ../shared/data is absent (or name the news file in NEWS_FILE)\n'); process.exit(2); }
  const [kind, a, b] = process.argv.slice(2);
  const articles = readArticles(file);
  const cases = kind === 'commitments' ? sampleCommitmentCases(articles, Number(a ?? 200), Number(b ?? 30)) : sampleCases(articles, Number(a ?? 400));
  for (const c of cases) process.stdout.write(JSON.stringify(c) + '\n');
}
