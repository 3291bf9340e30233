/**
 * The trained model: tagger, parser and the two labellers' weight tables (8-bit, only non-zero rows stored, and
 * the labels each labeller scores for a pair of tags),
 * the label names and the word clusters, in one gzipped binary file loaded once, lazily. Layout: "PRLYSYN1", a JSON
 * header (its length first), then per table the row count, the row numbers and the rows' weights, then the
 * cluster table as (word hash, bit string) pairs.
 *
 *   const m = syntaxModel(); m.labels[m.left.labels[0]] // 'nsubj' (a label of arcs whose head is on the right)
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packagePath } from '../../core/paths.js';
import { ClusterTable } from './clusters.js';
import type { ParserWeights } from './parse.js';
import { Table } from './weights.js';

export interface SyntaxModel extends ParserWeights<Table> {
  tagger: Table;
  /** Label names; id 0 is `root`. */
  labels: string[];
  clusters: ClusterTable | null;
  /** Words always tagged alike in training (tagger.ts), absent in older models. */
  tagDict?: Map<number, number>;
  /** Free-form facts about the training run (data, epochs, scores) kept in the header. */
  meta: Record<string, unknown>;
}

const MAGIC = 'PRLYSYN2';
export const MODEL_PATH = packagePath('src', 'pipeline', 'syntax', 'data', 'syntax-model.bin.gz');

interface TableHeader { rows: number; cols: number; scale: number; stored: number }

export function encodeModel(m: SyntaxModel): Buffer {
  const parts: Buffer[] = [];
  const tables: Record<string, TableHeader> = {};
  for (const [name, t] of [['tagger', m.tagger], ['parser', m.parser], ['left', m.left.table], ['right', m.right.table]] as const) {
    const rows: number[] = [];
    for (let r = 0; r < t.rows; r++) {
      for (let c = 0; c < t.cols; c++) if (t.w[r * t.cols + c] !== 0) { rows.push(r); break; }
    }
    const index = new Uint32Array(rows.length);
    let prev = 0;
    rows.forEach((r, i) => { index[i] = r - prev; prev = r; });
    const values = new Int8Array(rows.length * t.cols);
    rows.forEach((r, i) => values.set(t.w.subarray(r * t.cols, (r + 1) * t.cols), i * t.cols));
    tables[name] = { rows: t.rows, cols: t.cols, scale: t.scale, stored: rows.length };
    parts.push(Buffer.from(index.buffer), Buffer.from(values.buffer));
  }
  const pairs = m.clusters ? m.clusters.pairs() : new Uint32Array(0);
  parts.push(Buffer.from(pairs.buffer));
  const candidates = m.left.candidates && m.right.candidates ? [m.left.candidates, m.right.candidates].map((c) => c.map((cols) => [...cols])) : undefined;
  const header = Buffer.from(JSON.stringify({ labels: m.labels, leftLabels: [...m.left.labels], rightLabels: [...m.right.labels], candidates, tagDict: m.tagDict ? [...m.tagDict].flat() : undefined, tables, clusters: pairs.length / 2, meta: m.meta }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + header.length) % 4)) % 4, 32);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, header, pad, ...parts]), { level: 9 });
}

export function decodeModel(gz: Buffer): SyntaxModel {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a Parley syntax model');
  const hlen = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + hlen).toString('utf8')) as {
    labels: string[]; leftLabels: number[]; rightLabels: number[]; candidates?: number[][][]; tagDict?: number[]; tables: Record<string, TableHeader>; clusters: number; meta: Record<string, unknown>;
  };
  let at = MAGIC.length + 4 + hlen;
  at += (4 - (at % 4)) % 4;
  // read in place (views of the unzipped buffer, no copy of it: the model loads in less memory)
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const read = (name: string): Table => {
    const h = header.tables[name]!;
    const indexAt = at;
    at += h.stored * 4;
    const values = new Int8Array(buf.buffer, buf.byteOffset + at, h.stored * h.cols);
    at += h.stored * h.cols;
    const w = new Int8Array(h.rows * h.cols);
    // rows of 3 to 40 bytes, copied by a loop (a subarray per row cost a third of the load time)
    for (let i = 0, r = 0, v = 0; i < h.stored; i++) {
      r += view.getUint32(indexAt + i * 4, true);
      for (let o = r * h.cols, end = o + h.cols; o < end; o++) w[o] = values[v++]!;
    }
    return new Table(h.rows, h.cols, w, h.scale);
  };
  const tagger = read('tagger');
  const parser = read('parser');
  const [lc, rc] = (header.candidates ?? []).map((c) => c.map((cols) => Int32Array.from(cols)));
  const left = { table: read('left'), labels: Int32Array.from(header.leftLabels), candidates: lc };
  const right = { table: read('right'), labels: Int32Array.from(header.rightLabels), candidates: rc };
  const clusters = header.clusters ? ClusterTable.fromPairs(new Uint32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + header.clusters * 8))) : null;
  const tagDict = header.tagDict ? new Map<number, number>() : undefined;
  for (let i = 0; tagDict && i < header.tagDict!.length; i += 2) tagDict.set(header.tagDict![i]!, header.tagDict![i + 1]!);
  return { tagger, parser, left, right, labels: header.labels, clusters, tagDict, meta: header.meta };
}

let cached: SyntaxModel | null = null;

/** The committed model, read on first use. */
export function syntaxModel(): SyntaxModel {
  if (!cached) {
    if (!existsSync(MODEL_PATH)) throw new Error(`syntax model missing at ${MODEL_PATH}: run npm run train:parser`);
    cached = decodeModel(readFileSync(MODEL_PATH));
  }
  return cached;
}
