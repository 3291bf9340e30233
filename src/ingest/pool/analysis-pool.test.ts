/**
 * The analysis pool on real worker threads: a thread stopped in the middle of a batch is replaced and its part
 * of the batch is run again (same result as inline analysis); a task over its time budget fails with
 * ANALYSIS_TIMEOUT while the pool keeps answering; a pasted article's reading error comes back with its code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.js';
import { ParleyError } from '../../core/errors.js';
import { defaultPipeline } from '../../pipeline/index.js';
import { syntheticNewsRecords } from '../testdata/corpus.js';
import { createAnalysisPool } from './analysis-pool.js';

const docs = () => syntheticNewsRecords(8).map((r) => createDocument({ text: r.text, title: r.title, published: r.published, source: { kind: 'jsonl', uri: r.url } }));

test('a thread killed mid-batch is restarted and its part of the batch retried', async () => {
  const pool = createAnalysisPool(2);
  try {
    const pending = pool.analyse(docs());
    const started = Date.now();
    while (pool.threads.length < 2 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 5));
    const victim = pool.threads[0]!;
    await new Promise((r) => setTimeout(r, 150));
    await victim.terminate();
    const analysed = await pending;
    const inline = docs().map((d) => defaultPipeline().run(d));
    assert.deepEqual(analysed.map((d) => d.id), inline.map((d) => d.id));
    assert.deepEqual(analysed.map((d) => (d.layers.events ?? []).map((e) => e.cameo)), inline.map((d) => (d.layers.events ?? []).map((e) => e.cameo)));
    assert.equal(pool.retries, 1, 'the stopped thread\'s part was run again');
    assert.equal(pool.threads.length, 2, 'the pool is back to two threads');
    assert.ok(!pool.threads.includes(victim), 'the stopped thread was replaced');
    assert.equal((await pool.analyse(docs().slice(0, 4))).length, 4, 'the pool still works');
  } finally {
    await pool.close();
  }
});

test('an article over its time budget fails with ANALYSIS_TIMEOUT; the pool answers the next one', async () => {
  const pool = createAnalysisPool(1, { offThread: true });
  try {
    const text = 'Officials in Kyiv said Russian forces shelled the port on Monday and the talks would resume. '.repeat(4000);
    await assert.rejects(pool.article(text, { kind: 'text', uri: 'api:check' }, {}, { timeoutMs: 300 }), (e: ParleyError) => e.code === 'ANALYSIS_TIMEOUT');
    const doc = await pool.article('Turkey hosted talks between Russian and Ukrainian delegations in Istanbul on Friday.', { kind: 'text', uri: 'api:check' }, {}, { timeoutMs: 20_000 });
    assert.ok(doc.layers.sentences?.length);
    await assert.rejects(pool.article('a\u0000b', { kind: 'text', uri: 'api:check' }, {}), (e: ParleyError) => e.code === 'INPUT_NOT_TEXT');
  } finally {
    await pool.close();
  }
});
