/**
 * One request cannot freeze the server (real HTTP on 127.0.0.1): while a 200 KB nested-HTML check and a long
 * check over its time budget are answered with coded errors, /api/health keeps answering, because the check
 * (analysis, verification, JSON) runs on the worker-thread pool. The bounds here are generous (under the 400 ms
 * budget: inline analysis would hold a health answer for the whole check); the latencies themselves are measured
 * by `npm run bench -- health` (the figures are printed here too). Also: an API ingest of a forbidden address is
 * an error answer.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AnalysisPool } from '../ingest/pool/analysis-pool.js';
import { sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { createToken } from '../services/tokens.service.js';
import { createApiPool } from './app.js';
import { startServer, type RunningServer } from './server.js';

let ledger: TestLedger;
let server: RunningServer;
let pool: AnalysisPool;
const BUDGET_MS = 400;
const SHORT = 'Turkey hosted talks between Russian and Ukrainian delegations in Istanbul on Friday.';

before(async () => {
  ledger = sqliteTestLedger();
  // Both threads started and their pipelines loaded before the clock of any request runs.
  pool = createApiPool(2);
  await Promise.all([1, 2].map(() => pool.article(SHORT, { kind: 'text', uri: 'warm' }, {})));
  server = await startServer({ db: ledger.url, port: 0, analysisBudgetMs: BUDGET_MS, pool });
});
after(async () => {
  await server.close();
  await pool.close();
  await ledger.drop();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function check(text: string): Promise<{ status: number; code: string | undefined; ms: number }> {
  const t = performance.now();
  const res = await fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code, ms: performance.now() - t };
}

/** Polls /api/health until `done` settles; the slowest answer in ms. */
async function healthWhile(done: Promise<unknown>): Promise<{ slowest: number; median: number; answers: number }> {
  let settled = false;
  void done.finally(() => { settled = true; });
  const ms: number[] = [];
  while (!settled) {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    ms.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { slowest: Math.max(0, ...ms), median: ms.length ? median(ms) : 0, answers: ms.length };
}

test('a 200 KB nested-HTML check is refused with a code within its budget', async () => {
  const html = '<html><body>' + '<b>'.repeat(66_000) + 'The ministers met in Geneva.</body></html>';
  assert.ok(html.length > 198_000);
  const pending = check(html);
  const health = await healthWhile(pending);
  const r = await pending;
  // Refused by the HTML bounds, not stopped by the budget: the analysis ended inside its budget.
  assert.deepEqual([r.status, r.code], [422, 'PARLEY_E_INPUT_TOO_COMPLEX']);
  assert.ok(health.slowest < BUDGET_MS, `slowest health answer ${health.slowest.toFixed(1)} ms`);
  process.stdout.write(`# nested-HTML check answered in ${r.ms.toFixed(0)} ms; health: ${health.answers} answers, median ${health.median.toFixed(1)} ms, slowest ${health.slowest.toFixed(1)} ms\n`);
});

test('a check that runs past its budget is stopped with ANALYSIS_TIMEOUT; health keeps answering', async () => {
  const text = 'Officials in Kyiv said Russian forces shelled the port on Monday, and the ministers agreed to meet again in Geneva. '.repeat(1700);
  const pending = check(text);
  const health = await healthWhile(pending);
  const r = await pending;
  assert.deepEqual([r.status, r.code], [422, 'PARLEY_E_ANALYSIS_TIMEOUT']);
  assert.ok(r.ms < BUDGET_MS + 5000, `answered in ${r.ms.toFixed(0)} ms`);
  // Inline analysis would hold every health answer until the check ends; here they keep coming.
  assert.ok(health.answers >= 2, `${health.answers} health answers`);
  assert.ok(health.median < BUDGET_MS, `median health answer ${health.median.toFixed(1)} ms`);
  process.stdout.write(`# health during a ${r.ms.toFixed(0)} ms check: ${health.answers} answers, median ${health.median.toFixed(1)} ms, slowest ${health.slowest.toFixed(1)} ms\n`);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal((await pool.article(SHORT, { kind: 'text', uri: 'after' }, {})).layers.sentences?.length, 1, 'the pool answers again');
});

test('an API ingest of a forbidden address answers with its error code, not 200', async () => {
  const token = await createToken(server.store, 'test');
  const res = await fetch(`${server.url}/api/ingest`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` }, body: JSON.stringify({ url: 'http://169.254.169.254/latest/meta-data/' }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  assert.deepEqual([res.status, body.error?.code], [400, 'PARLEY_E_FETCH_FORBIDDEN_ADDRESS']);
});

test('unknown query parameters of the list endpoints are 400', async () => {
  for (const path of ['/api/documents?bogus=1', '/api/claims?bogus=1', '/api/clusters?bogus=1']) {
    const res = await fetch(server.url + path);
    assert.equal(res.status, 400, path);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'PARLEY_E_BAD_REQUEST');
  }
});
