/**
 * `npm run train:clusters`: learns hierarchical word clusters from unlabelled text (the news in
 * ../shared/data/news plus the training treebanks' own sentences) and writes data/clusters.tsv
 * (word TAB bit string). Each word is described by its left and right neighbours (positive PMI over the
 * 2,000 most frequent words on each side, randomly projected to 256 dimensions); the words are then split in
 * two again and again by spherical 2-means, and a word's bit string is its path down that tree, like a Brown
 * cluster: words sharing a long prefix occur in similar contexts ("shelled" near "bombed"). Deterministic.
 *
 *   npm run train:clusters
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { tokenize } from '../../tokenizer.js';
import { readConllu } from '../conllu.js';
import { normalise } from '../words.js';
import { CLUSTER_PATH } from './cluster-file.js';
import { seeded } from './random.js';
import { TRAINING_FILES } from './files.js';

const MIN_COUNT = 5;
const MAX_WORDS = 40_000;
const CONTEXTS = 2000;
const DIMS = 256;
const MAX_DEPTH = 16;
const MIN_LEAF = 8;

/** Sentences of normalised words from the news (wink tokens, as at run time) and the training treebanks. */
export function corpusSentences(newsPath: string, udDir: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(newsPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line) as { text: string };
    const { tokens } = tokenize(text);
    let sent: string[] = [];
    let at = -1;
    for (const t of tokens) {
      if (t.sentence !== at && sent.length) { out.push(sent); sent = []; }
      at = t.sentence;
      sent.push(normalise(text.slice(t.start, t.end)));
    }
    if (sent.length) out.push(sent);
  }
  for (const f of TRAINING_FILES) for (const s of readConllu(readFileSync(join(udDir, f), 'utf8'))) out.push(s.words.map((w) => normalise(w.form)));
  return out;
}

export function learnClusters(sentences: readonly string[][], seed = 1): Map<string, string> {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = ranked.slice(0, MAX_WORDS).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctxId = new Map(words.slice(0, CONTEXTS).map((w, i) => [w, i]));
  const V = words.length;
  const width = 2 * CONTEXTS + 2;
  const counts = new Float32Array(V * width);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = wordId.get(s[i]!);
      if (w === undefined) continue;
      const left = i > 0 ? ctxId.get(s[i - 1]!) ?? CONTEXTS : CONTEXTS;
      const right = i + 1 < s.length ? ctxId.get(s[i + 1]!) ?? CONTEXTS : CONTEXTS;
      counts[w * width + left]++;
      counts[w * width + CONTEXTS + 1 + right]++;
    }
  }
  const vectors = project(ppmi(counts, V, width), V, width, seed);
  const bits = new Map<string, string>();
  const split = (members: number[], path: string) => {
    if (members.length < MIN_LEAF || path.length >= MAX_DEPTH) {
      for (const m of members) bits.set(words[m]!, path || '0');
      return;
    }
    const [a, b] = twoMeans(vectors, members, seeded(seed + path.length * 7919 + parseInt(`1${path}`, 2)));
    if (!a.length || !b.length) { for (const m of members) bits.set(words[m]!, path || '0'); return; }
    split(a, `${path}0`);
    split(b, `${path}1`);
  };
  split(words.map((_, i) => i), '');
  return bits;
}

/** Positive PMI of each (word, context) cell, in place. */
function ppmi(counts: Float32Array, V: number, width: number): Float32Array {
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(width);
  let total = 0;
  for (let w = 0; w < V; w++) for (let c = 0; c < width; c++) {
    const x = counts[w * width + c]!;
    rowSum[w] += x; colSum[c] += x; total += x;
  }
  for (let w = 0; w < V; w++) for (let c = 0; c < width; c++) {
    const x = counts[w * width + c]!;
    counts[w * width + c] = x > 0 ? Math.max(0, Math.log((x * total) / (rowSum[w]! * colSum[c]!))) : 0;
  }
  return counts;
}

/** Random Gaussian projection to DIMS dimensions, each row normalised to unit length. */
function project(m: Float32Array, V: number, width: number, seed: number): Float32Array {
  const rand = seeded(seed);
  const R = new Float32Array(width * DIMS);
  for (let i = 0; i < R.length; i++) R[i] = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const out = new Float32Array(V * DIMS);
  for (let w = 0; w < V; w++) {
    for (let c = 0; c < width; c++) {
      const x = m[w * width + c]!;
      if (!x) continue;
      for (let d = 0; d < DIMS; d++) out[w * DIMS + d] += x * R[c * DIMS + d]!;
    }
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += out[w * DIMS + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) out[w * DIMS + d] /= norm;
  }
  return out;
}

/** Spherical 2-means of the members; the first group holds the more frequent word. */
function twoMeans(v: Float32Array, members: number[], rand: () => number): [number[], number[]] {
  const ca = new Float64Array(DIMS);
  const cb = new Float64Array(DIMS);
  const first = members[Math.floor(rand() * members.length)]!;
  let second = members[Math.floor(rand() * members.length)]!;
  let worst = Infinity;
  for (const m of members) {
    let dot = 0;
    for (let d = 0; d < DIMS; d++) dot += v[m * DIMS + d]! * v[first * DIMS + d]!;
    if (dot < worst) { worst = dot; second = m; }
  }
  for (let d = 0; d < DIMS; d++) { ca[d] = v[first * DIMS + d]!; cb[d] = v[second * DIMS + d]!; }
  let a: number[] = [];
  let b: number[] = [];
  for (let iter = 0; iter < 8; iter++) {
    a = []; b = [];
    for (const m of members) {
      let da = 0; let db = 0;
      for (let d = 0; d < DIMS; d++) { const x = v[m * DIMS + d]!; da += x * ca[d]!; db += x * cb[d]!; }
      (da >= db ? a : b).push(m);
    }
    for (const [group, c] of [[a, ca], [b, cb]] as const) {
      c.fill(0);
      for (const m of group) for (let d = 0; d < DIMS; d++) c[d] += v[m * DIMS + d]!;
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += c[d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) c[d] /= norm;
    }
  }
  return Math.min(...a) <= Math.min(...b) ? [a, b] : [b, a];
}

async function main(): Promise<void> {
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const ud = sharedDataPath('ud');
  if (!news || !ud) { process.stdout.write('skipped: ../shared/data is absent\n'); return; }
  const t0 = performance.now();
  const sentences = corpusSentences(news, ud);
  process.stdout.write(`${sentences.length} sentences read in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  const bits = learnClusters(sentences);
  const lines = [...bits].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([w, b]) => `${w}\t${b}`);
  const header = '# Word clusters learned by src/pipeline/syntax/train/clusters.ts from ../shared/data/news (unlabelled) and the CC BY-SA training treebanks; word TAB bit string.\n';
  writeFileSync(CLUSTER_PATH, header + lines.join('\n') + '\n');
  process.stdout.write(`${lines.length} words clustered in ${((performance.now() - t0) / 1000).toFixed(0)} s -> ${CLUSTER_PATH}\n`);
}

if (process.argv[1]?.endsWith('clusters.js')) await main();
