/** Tests for the `times` component: past-tense weekdays, explicit dates, months and durations. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from './times.js';
import { MAX_SENTENCE_CHARS } from './tokenizer.js';

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

test('a day or month without a year is the last one on or before publication', () => {
  const t = findTimes('It was Feb. 25 when the order came; it was signed in December.', '2022-07-03', one);
  assert.deepEqual(t.map((x) => x.date), ['2022-02-25', '2021-12-01']);
});

test('phrases relative to another event ("five years later", "the day after") are not dated from publication', () => {
  const t = findTimes('Five years later the war began. The day after, troops moved.', '2022-03-09', one);
  assert.equal(t.filter((x) => x.date).length, 0);
});

test('an explicit year in the future stays (plans and deadlines are news too)', () => {
  const t = findTimes('Elections are due in March 2026.', '2025-03-19', one);
  assert.equal(t[0]!.date, '2026-03-01');
});

test('a span longer than a sentence can be (one giant token) is not given to chrono', () => {
  const text = 'They met on Tuesday ' + 'x'.repeat(MAX_SENTENCE_CHARS);
  assert.equal(findTimes(text, '2025-03-19', [{ start: 0, end: text.length }]).length, 0);
  assert.equal(findTimes(text, '2025-03-19', [{ start: 0, end: 20 }, { start: 20, end: text.length }]).length, 1);
});

test('"next week", "the weekend" and "the end of March" are dated; a protest march and Theresa May are not', () => {
  const dated = findTimes('The envoys will meet next week. Troops withdrew at the end of March. Talks ran over the weekend.', '2025-04-09', one);
  assert.deepEqual(dated.map((x) => (x.text ?? '').replace(/[,.]$/, '')), ['next week', 'end of March', 'weekend']);
  assert.equal(dated[1]!.date, '2025-03-31');
  const none = findTimes('Thousands joined a march in the capital. May met the envoy.', '2025-04-09', one);
  assert.equal(none.filter((x) => x.date).length, 0);
});

test('without a publication date only phrases that write their year are dated (never relative to today)', () => {
  const t = findTimes('Russia attacked Ukraine on Monday; the talks in June failed; the truce of 18 March 2025 held.', null, one);
  assert.deepEqual(t.filter((x) => x.date).map((x) => x.date), ['2025-03-18']);
});
