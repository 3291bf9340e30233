/** Tests for the `times` component: past-tense weekdays, explicit dates, months and durations. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from './times.js';

const one = [{ start: 0, end: 10_000 }];

test('a bare weekday resolves to the last such day on or before publication', () => {
  const t = findTimes('Putin spoke to Trump on Tuesday.', '2025-03-19', one);
  assert.equal(t.length, 1);
  assert.equal(t[0]!.date, '2025-03-18');
  assert.equal(t[0]!.precision, 'day');
});

test('durations become durationDays and are not read as dates', () => {
  const t = findTimes('Russia would halt strikes for 30 days and observe a two-week truce, then a 90-day pause.', '2025-03-19', one);
  assert.deepEqual(t.map((x) => x.durationDays), [30, 14, 90]);
  assert.ok(t.every((x) => x.date === undefined));
});

test('a month and year keeps month precision', () => {
  const t = findTimes('The June 2023 phone call was short.', '2025-03-20', one);
  assert.equal(t[0]!.date, '2023-06-01');
  assert.equal(t[0]!.precision, 'month');
});

test('explicit dates are read whatever the publication date', () => {
  const t = findTimes('On 18 March 2025 the leaders spoke.', null, one);
  assert.equal(t[0]!.date, '2025-03-18');
});
