/**
 * Commitment words inside another commitment's content, through the default pipeline (parser included), on sentences
 * written for this test: a commitment a demand asks of another party ("urged Russia to agree to a ceasefire") is the
 * demand's act, not a commitment made; one an offer holds out ("ready to agree to a ceasefire", "willing to sign a peace
 * agreement") is offered, never active; a commitment verb asked for stands for the act of its complement ("to accept
 * Ukraine's conditions to allow inspectors to visit the plant" lets inspectors in).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a ceasefire a demand asks for is the demand\'s act, no ceasefire of its own', () => {
  const cs = commitments('Macron urged Russia to agree to a ceasefire.');
  assert.equal(cs.length, 1, JSON.stringify(cs.map((c) => c.kind)));
  assert.equal(cs[0]?.kind, 'demand');
  assert.deepEqual(codes(cs[0]!.to), ['RUS']);
  assert.equal(cs[0]?.action, 'ASSAULT');
  assert.equal(cs[0]?.refrain, true);
});

test('a commitment verb asked for stands for its complement\'s act', () => {
  const [c] = commitments('Scholz urged Russia to accept Ukraine\'s conditions to allow UN inspectors to visit the plant.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, 'RETREAT');
});

test('a commitment asked of two parties is one demand on both', () => {
  const cs = commitments('Guterres urged Moscow and Kyiv to agree to an exchange of prisoners.');
  assert.equal(cs.length, 1);
  assert.deepEqual(codes(cs[0]!.to), ['RUS', 'UKR']);
  assert.equal(cs[0]?.action, 'CONCEDE');
});

test('a truce an offer holds out is offered, never active', () => {
  const cs = commitments('Putin said he was ready to agree to a ceasefire.');
  assert.equal(cs.length, 1, JSON.stringify(cs.map((c) => `${c.kind} ${c.status}`)));
  assert.equal(cs[0]?.kind, 'ceasefire');
  assert.equal(cs[0]?.status, 'proposed');
});

test('an agreement a party is willing to sign is a proposed agreement, not an active one', () => {
  const cs = commitments('The minister said Ukraine was willing to sign a peace agreement with Russia.');
  assert.ok(cs.length >= 1);
  for (const c of cs) assert.notEqual(c.status, 'active', JSON.stringify(c));
  assert.equal(cs[0]?.kind, 'agreement');
});

test('a commitment in a that-clause inside what a demand asks is reported, not asked ("urging him not to misunderstand that NATO is ready …")', () => {
  const cs = commitments('Biden addressed Putin, urging him not to misunderstand that Washington and NATO are ready to defend every inch of NATO territory.');
  assert.ok(cs.some((c) => c.kind === 'pledge' && c.status === 'proposed' && codes(c.by).includes('USA')), JSON.stringify(cs.map((c) => `${c.kind} ${codes(c.by)}`)));
});
