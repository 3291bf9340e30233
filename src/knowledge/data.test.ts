/**
 * Integrity of the shipped knowledge files: every term names its source and a known office, dates are real
 * days in order, Wikidata ids are well formed, and one office never has two holders at once after 2014
 * (the years the news data covers), except the rare acting overlaps the sources record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate } from '../core/dates.js';
import { readKnowledgeFiles } from './load.js';

const files = readKnowledgeFiles();

test('every term has a source, a known office and valid dates', () => {
  const offices = new Set(files.offices.map((o) => o.office));
  const bad: string[] = [];
  for (const t of files.holdings) {
    if (!t.source) bad.push(`${t.person}: no source`);
    if (!offices.has(t.office)) bad.push(`${t.person}: unknown office ${t.office}`);
    if (!isIsoDate(t.start) || (t.end !== null && !isIsoDate(t.end))) bad.push(`${t.person}: bad date ${t.start}..${t.end}`);
    if (t.end !== null && t.end < t.start) bad.push(`${t.person}: ends before it starts`);
    if (t.personId !== null && !/^Q\d+$/.test(t.personId)) bad.push(`${t.person}: bad Wikidata id ${t.personId}`);
  }
  assert.deepEqual(bad, []);
  assert.ok(files.holdings.length > 700);
});

test('no office has two holders at once since 2015', () => {
  const byOffice = new Map<string, typeof files.holdings>();
  for (const t of files.holdings) byOffice.set(t.office, [...(byOffice.get(t.office) ?? []), t]);
  const overlaps: string[] = [];
  for (const [office, terms] of byOffice) {
    const sorted = terms.filter((t) => (t.end ?? '9999') > '2015-01-01').sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!, b = sorted[i]!;
      // a one- or two-day overlap is a handover recorded by the source; longer ones are errors
      if (a.end === null || Date.parse(a.end) - Date.parse(b.start) > 2 * 86_400_000) overlaps.push(`${office}: ${a.person} ${a.start}..${a.end} / ${b.person} ${b.start}`);
    }
  }
  assert.deepEqual(overlaps.filter((o) => !o.includes('Groysman') && !o.includes('Tleuberdi')), []);
});

test('countries carry ISO alpha-3 codes and organisations carry codes and names', () => {
  assert.ok(files.countries.length >= 240);
  for (const c of files.countries) assert.match(c.code, /^[A-Z]{3}$/);
  assert.ok(files.countries.some((c) => c.code === 'XKX' && c.name === 'Kosovo'));
  for (const o of files.organisations) { assert.ok(o.code && o.name && o.names.length, o.name); }
});
