/**
 * Every reader of the ledger tells the same story about commitments: `parley query commitments --as-of` (the CLI
 * command, JSON lines), `parley check` (checkDocument, for articles of the ledger), the API's list and the board
 * (GET /api/commitments and /api/commitments/board) agree on each commitment's status, compliance and violations
 * on every date asked. Over two ledgers: the bundled examples (the demo) and a fixed slice of the dev news corpus
 * (../shared/data/news; skipped with a message when absent).
 *
 *   standing(query) === standing(API list) === standing(board) === standing(check)   // per commitment id and date
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { command as queryCommand } from '../cli/commands/query.js';
import { createDocument } from '../core/document.js';
import type { CommitmentRecord, Document } from '../core/types.js';
import { readArticles } from '../eval/gold/sample.js';
import { analyzeDocument } from '../services/analyze.service.js';
import { openStore, type Store } from '../store/index.js';
import { sharedDataPath } from '../testing/shared-data.js';
import { checkDocument } from '../services/check.service.js';
import type { BoardPage, CommitmentItem, CommitmentPage } from './contract.js';
import { startServer } from './server.js';
import { exampleFiles } from './test-ledger.js';
import { readArticleFile } from '../ingest/read-input.js';

/**
 * What every reader must agree on: status, compliance, how many violations, and the latest three (the API's cards
 * carry the three latest with the count): their days, and each of them in full when its day is not shared at the cut.
 */
interface Standing { status: string; compliance: string; violationCount: number; latest: string[] }
type Violation = { date: string | null; violator: { code: string }[]; standing: string };

function standingOf(status: string, compliance: string, vs: readonly Violation[], count = vs.length): Standing {
  const latest = [...vs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 3);
  const cut = latest[latest.length - 1]?.date ?? '';
  const tied = vs.filter((v) => (v.date ?? '') === cut).length > latest.filter((v) => (v.date ?? '') === cut).length;
  return {
    status, compliance, violationCount: count,
    latest: latest.map((v) => (tied && (v.date ?? '') === cut ? `${v.date}` : `${v.date} ${v.violator.map((a) => a.code).sort().join('+')} ${v.standing}`)).sort(),
  };
}

async function viaCli(db: string, asOf: string): Promise<Map<string, Standing>> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    assert.equal(await queryCommand.run(['commitments', '--as-of', asOf, '--json', '--db', db]), 0);
  } finally {
    process.stdout.write = write;
  }
  const map = new Map<string, Standing>();
  for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
    const c = JSON.parse(line) as CommitmentRecord & { state: { status: string; compliance: string; violations: Violation[] } };
    assert.ok(!map.has(c.id), `two commitments share the id ${c.id} on ${asOf}: a reader keyed by id would keep either`);
    map.set(c.id, standingOf(c.state.status, c.state.compliance, c.state.violations));
  }
  return map;
}

const fromItem = (i: CommitmentItem & { violationCount?: number }): Standing => standingOf(i.status, i.compliance, i.violations, i.violationCount ?? i.violations.length);

async function viaApiList(url: string, asOf: string): Promise<Map<string, Standing>> {
  const map = new Map<string, Standing>();
  let cursor: string | null = null;
  do {
    const res: Response = await fetch(`${url}/api/commitments?asOf=${asOf}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200);
    const page = (await res.json()) as CommitmentPage;
    for (const i of page.items) {
      assert.ok(!map.has(i.id), `the API lists the id ${i.id} twice on ${asOf}`);
      map.set(i.id, fromItem(i));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return map;
}

/** The board's cards (each column's first 200) and how many commitments its column counts say it holds. */
async function viaBoard(url: string, asOf: string): Promise<{ cards: Map<string, Standing>; total: number }> {
  const res = await fetch(`${url}/api/commitments/board?asOf=${asOf}&limit=200`);
  assert.equal(res.status, 200);
  const board = (await res.json()) as BoardPage;
  const cards = new Map<string, Standing>();
  for (const col of [board.inForce, board.expiringSoon, board.expired, board.violated, board.other]) for (const i of col) cards.set(i.id, fromItem(i));
  return { cards, total: Object.values(board.counts).reduce((a, b) => a + b, 0) };
}

/** Each reader against the CLI's answer, on every date; check on `checked` articles published by the date. */
async function assertReadersAgree(store: Store, db: string, docs: readonly Document[], dates: readonly string[], checked: number): Promise<{ commitments: number; violations: number; checks: number }> {
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  let commitments = 0;
  let violations = 0;
  let checks = 0;
  try {
    for (const asOf of dates) {
      const cli = await viaCli(db, asOf);
      commitments += cli.size;
      violations += [...cli.values()].reduce((n, s) => n + s.violationCount, 0);
      assert.deepEqual(await viaApiList(server.url, asOf), cli, `the API list and query commitments disagree on ${asOf}`);
      const board = await viaBoard(server.url, asOf);
      assert.equal(board.total, cli.size, `the board counts ${board.total} commitments on ${asOf}, query commitments ${cli.size}`);
      for (const [id, s] of board.cards) assert.deepEqual(s, cli.get(id), `the board and query commitments disagree on ${id} on ${asOf}`);
      for (const doc of docs.filter((d) => d.published && d.published.slice(0, 10) <= asOf && (d.layers.commitments ?? []).length).slice(0, checked)) {
        const report = await checkDocument(doc, store, asOf);
        for (const c of report.commitments) {
          if (!c.merged || !c.state) continue;
          checks++;
          const s = standingOf(c.state.status, c.state.compliance, c.state.violations);
          assert.deepEqual(s, cli.get(c.merged.id), `check and query commitments disagree on ${c.merged.id} (${c.merged.kind} ${c.merged.scope ?? ''}) on ${asOf}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  return { commitments, violations, checks };
}

async function withLedger<T>(docs: readonly Document[], f: (store: Store, db: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-agree-'));
  const db = join(dir, 'ledger.db');
  const store = await openStore(db);
  try {
    await store.saveDocuments([...docs]);
    return await f(store, db);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('query, check, the API and the board agree on the demo ledger on every date', async () => {
  const docs = exampleFiles().map((f) => analyzeDocument(readArticleFile(f)));
  const dates = ['2025-03-17', '2025-03-19', '2025-03-25', '2025-04-20', '2025-05-01', '2025-12-31'];
  const seen = await withLedger(docs, (store, db) => assertReadersAgree(store, db, docs, dates, docs.length));
  assert.ok(seen.commitments > 0 && seen.checks > 0, `compared ${JSON.stringify(seen)}`);
});

/** The slice: the first articles of the dev file (file order) that speak of a truce, a deal or a pledge. */
const SLICE = 240;
const CUE = /\b(?:ceasefire|cease-fire|truce|grain deal|pledged|vowed|agreed to|ultimatum|threatened to)\b/i;

test('query, check, the API and the board agree on a ledger of the dev news corpus', { timeout: 600_000 }, async (t) => {
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!news) { t.skip('../shared/data/news is absent: the dev corpus ledger is not built'); return; }
  const articles = readArticles(news).filter((a) => a.text && CUE.test(a.text)).slice(0, SLICE);
  const docs = articles.map((a) => {
    const { url, source } = a as typeof a & { url?: string; source?: string };
    return analyzeDocument(createDocument({ text: a.text, title: a.title ?? '', published: a.published ? a.published.slice(0, 10) : null, source: { kind: 'url', uri: url ?? a.id, name: source } }));
  });
  const days = [...new Set(docs.map((d) => d.published).filter((d): d is string => !!d))].sort();
  const dates = [days[Math.floor(days.length / 4)]!, days[Math.floor(days.length / 2)]!, days[days.length - 1]!, '2025-05-01'];
  const seen = await withLedger(docs, (store, db) => assertReadersAgree(store, db, docs, dates, 12));
  assert.ok(seen.commitments > 20, `compared ${JSON.stringify(seen)}`);
  t.diagnostic(`compared ${JSON.stringify(seen)} over ${docs.length} articles on ${dates.join(', ')}`);
});
