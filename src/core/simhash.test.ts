/**
 * SimHash near-duplicates: a light edit stays within a few bits, a different article does not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash } from './simhash.js';

const text = [
  'Ships that had waited offshore began to load wheat and maize in the morning, and the port authority said it expected to clear the backlog by the weekend.',
  'Union leaders said the agreement raised wages for night shifts and promised new safety equipment for crane operators.',
  'Exporters welcomed the end of the strike but warned that insurance costs for ships calling at the port remained high because of the fighting further along the coast.',
  'Drivers stuck on both sides of the crossing said they had been told to expect a wait of at least two days, and local business owners said the closure had already cost them a week of trade.',
].join(' ') + ' ' + 'The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday to discuss an exchange of prisoners held since the last round of fighting. Officials from both delegations said the meeting lasted more than five hours and ended with an agreement to keep talking. A Swiss mediator described the mood as businesslike and said technical teams would meet again within two weeks. Relatives of the detained men gathered outside the venue with photographs.';

test('an article-length wire copy with a light edit is a near-duplicate; another story is not', () => {
  const a = simhash(text);
  assert.match(a.hex, /^[0-9a-f]{16}$/);
  assert.equal(a.bands.map((b) => b.toString(16).padStart(4, '0')).join(''), a.hex);
  assert.equal(hammingDistance(a.hex, simhash(text.toUpperCase()).hex), 0);
  assert.ok(hammingDistance(a.hex, simhash(text.replace('five hours', 'six hours')).hex) <= NEAR_DUPLICATE_BITS);
  const other = 'Serbia closed a border crossing with Kosovo on Thursday after shells landed near the customs post overnight, officials in Belgrade said. Police in Pristina said nobody was hurt but that two trucks waiting to cross had been damaged.';
  assert.ok(hammingDistance(a.hex, simhash(other).hex) > 10);
});
