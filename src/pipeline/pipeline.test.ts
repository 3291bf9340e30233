/** Tests for the pipeline runner: order checks at start-up, failures recorded on the document. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../core/document.js';
import type { Component } from './component.js';
import { analysePipeline, createPipeline } from './pipeline.js';

const source = { kind: 'text', uri: '-' } as const;

test('a component whose requirement nothing earlier assigns is reported', () => {
  const needsTokens: Component = { name: 'needs', requires: ['tokens'], assigns: ['events'], run() {} };
  assert.match(analysePipeline([needsTokens]).join(), /requires "tokens"/);
  assert.throws(() => createPipeline([needsTokens]), /invalid pipeline/);
});

test('a failing component is recorded on the document and its dependants are skipped', () => {
  const boom: Component = { name: 'boom', requires: [], assigns: ['tokens'], run() { throw new Error('kaput'); } };
  let ranAfter = false;
  const after: Component = { name: 'after', requires: ['tokens'], assigns: ['events'], run() { ranAfter = true; } };
  const independent: Component = { name: 'independent', requires: [], assigns: ['times'], run(doc) { doc.layers.times = []; } };
  const doc = createPipeline([boom, after, independent]).run(createDocument({ text: 'x', source }));
  assert.equal(doc.errors.length, 1);
  assert.equal(doc.errors[0]!.component, 'boom');
  assert.match(doc.errors[0]!.message, /kaput/);
  assert.equal(ranAfter, false);
  assert.deepEqual(doc.layers.times, []);
});
