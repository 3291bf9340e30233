/**
 * The Analysis JSON of a real pipeline run carries each event's date precision and validates against the schema:
 * "on Tuesday" is an exact day, "in February" a month (dated on its first day).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDocument } from '../core/document.js';
import { defaultPipeline } from '../pipeline/index.js';
import { toAnalysis } from './analysis.js';
import { analysisSchema } from './analysis.schema.js';

const TEXT = 'Russian forces shelled the city of Kharkiv on Tuesday, Ukrainian officials said. '
  + 'Ukraine and Turkey signed a grain agreement in February, the ministry recalled.';

describe('analysis JSON: event date precision', () => {
  it('marks a day, a month and leaves the schema valid', () => {
    const doc = defaultPipeline().run(createDocument({ text: TEXT, published: '2025-03-20', publishedProvenance: 'user', source: { kind: 'text', uri: 'test' } }));
    const analysis = analysisSchema.parse(JSON.parse(JSON.stringify(toAnalysis(doc))));
    const byTrigger = Object.fromEntries(analysis.events.map((e) => [e.evidence.trigger.text, [e.date, e.datePrecision]]));
    assert.deepEqual(byTrigger['shelled'], ['2025-03-18', 'day'], JSON.stringify(byTrigger));
    assert.deepEqual(byTrigger['signed a grain agreement'], ['2025-02-01', 'month'], JSON.stringify(byTrigger));
  });

  it('refuses a month precision on a date that is not the first of its month', () => {
    const doc = defaultPipeline().run(createDocument({ text: TEXT, published: '2025-03-20', publishedProvenance: 'user', source: { kind: 'text', uri: 'test' } }));
    const json = JSON.parse(JSON.stringify(toAnalysis(doc)));
    json.events[0].datePrecision = 'month';
    json.events[0].date = '2025-03-18';
    assert.equal(analysisSchema.safeParse(json).success, false);
    json.events[0].date = null;
    assert.equal(analysisSchema.safeParse(json).success, false, 'an undated event has no precision');
  });
});

describe('analysis JSON: event location', () => {
  it('carries the place with its quoted span and validates; a malformed location is refused', () => {
    const doc = defaultPipeline().run(createDocument({ text: TEXT, published: '2025-03-20', publishedProvenance: 'user', source: { kind: 'text', uri: 'test' } }));
    const json = JSON.parse(JSON.stringify(toAnalysis(doc)));
    const analysis = analysisSchema.parse(json);
    const shelled = analysis.events.find((e) => e.evidence.trigger.text === 'shelled');
    assert.deepEqual([shelled?.location?.name, shelled?.location?.country, shelled?.location?.precision, shelled?.location?.span?.text], ['Kharkiv', 'UKR', 'town', 'Kharkiv']);
    const i = analysis.events.indexOf(shelled!);
    json.events[i].location.precision = 'street';
    assert.equal(analysisSchema.safeParse(json).success, false);
    json.events[i].location.precision = 'town';
    delete json.events[i].location.lon;
    assert.equal(analysisSchema.safeParse(json).success, false, 'lat without lon');
  });
});
