/**
 * `parley query` / `parley export` date precision: --precision is checked like the other vocabulary options, and
 * an event dated only to a month or a year prints as such, never as a day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyError } from '../../core/errors.js';
import { dayLabel, eventFilterFrom } from './query.js';

test('--precision is day, month or year (any case); anything else is a usage error', () => {
  assert.deepEqual(eventFilterFrom({ precision: 'Month', actor: 'rus' }), { precision: 'month', actor: 'RUS' });
  assert.deepEqual(eventFilterFrom({}), {});
  assert.throws(() => eventFilterFrom({ precision: 'week' }), (e: unknown) => e instanceof ParleyError && /--precision "week" is not one of day, month, year/.test(e.message));
});

test('an event prints as exact as its date is', () => {
  assert.equal(dayLabel({ day: '2025-03-18', datePrecision: 'day' }), '2025-03-18');
  assert.equal(dayLabel({ day: '2025-02-01', datePrecision: 'month' }).trimEnd(), '2025-02');
  assert.equal(dayLabel({ day: '2025-01-01', datePrecision: 'year' }).trimEnd(), '2025');
  assert.equal(dayLabel({ day: '2025-01-01', datePrecision: 'year' }).length, 10, 'padded to the column of a full date');
  assert.equal(dayLabel({ day: '2025-03-18' }), '2025-03-18', 'older records read as exact days');
});
