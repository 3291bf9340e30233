/**
 * CAMEO composition for frames: intent, appeal, demand, threat, refusal, and the reversal of actions
 * ("halt", "refrain from").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compose, reverse } from './frames.js';
import { inflections } from './inflect.js';

test('frames compose the CAMEO code from their complement', () => {
  assert.equal(compose('intent', '0874'), '0356');
  assert.equal(compose('intent', '072'), '0332');
  assert.equal(compose('intent', '190'), '1384', 'an intent to attack is a threat');
  assert.equal(compose('appeal', '084'), '0253');
  assert.equal(compose('demand', '0871'), '107');
  assert.equal(compose('threaten', '163'), '1312');
  assert.equal(compose('reject', '046'), '125');
  assert.equal(compose('reject', '026'), '125', 'rejecting a call to talk is rejecting talks');
});

test('halting and refraining reverse an action', () => {
  assert.equal(reverse('refrain', '190'), '087');
  assert.equal(reverse('stop', '072'), '1622');
  assert.equal(reverse('stop', '046'), '164');
  assert.equal(reverse('refrain', '051'), null);
});

test('inflections cover regular, doubled and irregular forms', () => {
  assert.ok(inflections('ban').includes('banned'));
  assert.ok(inflections('strike').includes('struck'));
  assert.ok(inflections('deny').includes('denied'));
  assert.ok(inflections('release').includes('releasing'));
});

test('dropping a veto or an objection to something named yields; a bare rejection is no object of a stop', () => {
  assert.equal(reverse('stop', '129'), '080');
  assert.equal(reverse('stop', '1222'), '080');
  assert.equal(reverse('stop', '120'), null);
});
