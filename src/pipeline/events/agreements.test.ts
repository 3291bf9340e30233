/**
 * Tests of agreements.ts (and of the negation an event noun's predicate passes on, context.ts) through the real
 * pipeline, on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const events = (text: string) => codeText(text, '2022-06-01').layers.events;

test('suspending, ending or scrapping an agreement reduces relations with the partner', () => {
  for (const text of ['The EU suspended its visa agreement with Russia.', 'Moldova ended the transit agreement with Russia on Monday.', 'The suspension of the trade agreement with Minsk by Lithuania angered Belarus.']) {
    const e = events(text).find((x) => x.type === 'SANCTION');
    assert.ok(e, text);
    assert.equal(e.cameo, '160', text);
    assert.equal(e.negated, false, text);
    assert.ok(e.actor.length && e.recipient.length, text);
  }
  // stopping what is no agreement is not this
  assert.equal(events('The EU suspended its spokesman on Monday.').some((e) => e.cameo === '160'), false);
});

test('an event noun stays asserted under a negated predicate that says something else of it', () => {
  const e = events('Orban said the suspension of the gas agreement with Russia by the EU does not mean a ban.').find((x) => x.type === 'SANCTION');
  assert.ok(e);
  assert.equal(e.negated, false);
  // a negated occurrence says it did not happen
  assert.ok(events('Erdogan said the talks between Putin and Zelensky did not take place.').every((x) => x.type !== 'CONSULT' || x.negated));
});
