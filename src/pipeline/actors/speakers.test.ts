import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../events/pipeline.js';
import { resolvePronouns } from './coref.js';
import { quotationSpans } from './speakers.js';

const DATE = '2022-06-01';

/** "word -> CODE" for each first-person word resolved in the text. */
function firstPerson(text: string): string[] {
  return resolvePronouns(codeText(text, DATE)).filter((m) => /^(we|us|our|i|me|my)$/i.test(m.text ?? '')).map((m) => `${m.text} -> ${m.code}`);
}

test('quotation spans: curly pairs nest, straight marks pair in turn', () => {
  const text = 'A “b “c” d” e "f" g';
  assert.deepEqual(quotationSpans(text).map((q) => text.slice(q.open, q.close + 1)), ['“b “c” d”', '"f"']);
});

test('"we" in a quotation is the side of the speaker named after it, "I" the speaker', () => {
  assert.deepEqual(firstPerson('“We will defend every metre of our land,” Erdogan said on Friday.'), ['We -> TUR', 'our -> TUR']);
  assert.deepEqual(firstPerson('“I have ordered an inquiry,” said Emmanuel Macron.'), ['I -> FRA']);
  const [me] = resolvePronouns(codeText('“I have ordered an inquiry,” said Emmanuel Macron.', DATE));
  assert.equal(me!.name, 'Emmanuel Macron');
});

test('the speaker named before the quotation, and a pronoun speaker resolved to the sentence before', () => {
  assert.deepEqual(firstPerson('Olaf Scholz told reporters: “We are sending more air defence systems.”'), ['We -> DEU']);
  assert.deepEqual(firstPerson('Olaf Scholz spoke in Berlin on Monday. “We are sending more air defence systems,” he said.'), ['We -> DEU']);
});

test('no coded speaker, no resolution; "our partners" are others; "I" of a country is no one we know', () => {
  assert.deepEqual(firstPerson('“We are sending more air defence systems,” a spokesperson said.'), []);
  assert.deepEqual(firstPerson('“Our partners have let us down,” Erdogan said.'), ['us -> TUR']);
  assert.deepEqual(firstPerson('“I think the talks failed,” Germany said.'), []);
});

test('an event quoted in the first person gets the speaker\'s side as its actor', () => {
  const doc = codeText('“We call on Armenia to withdraw its troops,” Aliyev said on Monday.', DATE);
  const request = doc.layers.events.find((e) => e.type === 'REQUEST');
  assert.ok(request, 'the appeal is coded');
  assert.deepEqual(request.actor.map((a) => a.code), ['AZE']);
  assert.deepEqual(request.recipient.map((a) => a.code), ['ARM']);
});

test('an event inside a quotation without a reporting verb of its own is reported by the quotation\'s speaker', () => {
  const doc = codeText('Scholz spoke in Berlin. “Russia must withdraw its troops from Ukraine. Nothing else will do,” he said.', DATE);
  const demand = doc.layers.events.find((e) => e.type === 'REQUEST');
  assert.ok(demand, 'the demand is coded');
  assert.deepEqual(demand.actor.map((a) => a.code), ['DEU']);
  assert.deepEqual(demand.recipient.map((a) => a.code), ['RUS']);
});

test('a quotation inside the quotation has its own speaker: its first person is not the outer speaker\'s', () => {
  assert.deepEqual(firstPerson('“Imagine kidnappers saying, ‘we’ll free them, but only at our price,’ and that is what NATO does,” Lavrov said.'), []);
  assert.deepEqual(firstPerson('“We’ll never accept it,” Lavrov said.'), ['We -> RUS']);
});
