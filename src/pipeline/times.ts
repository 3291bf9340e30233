/**
 * Component `times`: finds date expressions (chrono-node, relative to the publication date) and durations.
 * News is written in the past tense, so a bare weekday ("on Tuesday") resolves to the last such day on or
 * before publication. Durations ("for 30 days", "a 30-day truce", "two weeks") become `durationDays`.
 *
 *   // published 2025-03-19: "Putin spoke to Trump on Tuesday for 30 days" ->
 *   // [{ text: 'Tuesday', date: '2025-03-18', precision: 'day' }, { text: 'for 30 days', durationDays: 30 }]
 */
import * as chrono from 'chrono-node/en';
import { addDays, isIsoDate, parseIsoDate, toIsoDate } from '../core/dates.js';
import type { Document, Span, TimeMention } from '../core/types.js';
import type { Component } from './component.js';
import { MAX_SENTENCE_CHARS } from './tokenizer.js';

export const times: Component = {
  name: 'times',
  requires: ['sentences'],
  assigns: ['times'],
  run(doc: Document): void {
    doc.layers.times = findTimes(doc.text, doc.published, doc.layers.sentences ?? []);
  },
};

/** Words chrono reads as dates that, alone, are almost never dates in news prose. */
const NOT_A_DATE = new Set(['now', 'may', 'march', 'sat', 'sun', 'second', 'a second', 'the second', 'present', 'the present']);

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  hundred: 100,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, hour: 1 / 24 };

const NUM = '(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)';
const DURATION_RE = new RegExp(
  `\\b(?:(?:for|during|within|over|of)\\s+(?:the\\s+(?:next|following|coming)\\s+|another\\s+|up\\s+to\\s+)?${NUM}[\\s-]+(day|week|month|year|hour)s?\\b` +
  `|${NUM}-(day|week|month|year|hour)\\b)`,
  'gi',
);

export function findTimes(text: string, published: string | null, sentences: Span[]): TimeMention[] {
  const ref = published ? parseIsoDate(published) : new Date();
  const out: TimeMention[] = [];
  for (const m of text.matchAll(DURATION_RE)) {
    const count = (m[1] ?? m[3])!;
    const unit = (m[2] ?? m[4])!.toLowerCase();
    const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()];
    if (!n) continue;
    const start = m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], durationDays: Math.max(1, Math.round(n * UNIT_DAYS[unit]!)), sentence: sentenceAt(sentences, start) });
  }
  const durations = out.slice();
  for (const r of chronoCandidates(text, ref, sentences)) {
    const phrase = r.text.trim();
    if (NOT_A_DATE.has(phrase.toLowerCase()) || /^\d{1,2}$/.test(phrase)) continue;
    if (/^\d{1,2}:\d{2}/.test(phrase) && !r.start.isCertain('day')) continue; // clock times alone
    const start = r.index;
    const end = r.index + r.text.length;
    if (durations.some((d) => d.start < end && start < d.end)) continue; // "for 30 days" is a duration, not a date
    // "five years later", "the day after": relative to another event the sentence names, not to publication.
    if (ANAPHORIC.test(phrase)) continue;
    const precision = r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : r.start.isCertain('year') ? 'year' : 'day';
    let date = toIsoDate(r.start.date());
    const yearWritten = /\b\d{4}\b|'\d{2}\b/.test(phrase);
    // Without a publication date, "on Monday" or "in June" has nothing to be relative to: today is not it.
    if (!published && !yearWritten) continue;
    if (published) {
      // "Tuesday" in past-tense news: the last Tuesday on or before publication.
      if (r.start.isCertain('weekday') && !r.start.isCertain('day') && date > published) date = addDays(date, -7);
      // "Feb. 25" or "in January" without a year: the last such day or month on or before publication.
      else if (!yearWritten && r.start.isCertain('month') && date.slice(0, 7) > published.slice(0, 7)) date = shiftYear(date, -1);
      // A year the phrase does not write and that lies far from publication is chrono misreading numbers.
      if (!yearWritten && Math.abs(Number(date.slice(0, 4)) - Number(published.slice(0, 4))) > 1) continue;
    }
    if (precision === 'month') date = date.slice(0, 8) + '01';
    if (precision === 'year') date = date.slice(0, 5) + '01-01';
    out.push({ start, end, text: r.text, date, precision, sentence: sentenceAt(sentences, start) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ANAPHORIC = /\b(?:later|after|before|earlier|following|prior|since)\b/i;

function shiftYear(iso: string, years: number): string {
  const shifted = `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
  return shifted.endsWith('-02-29') && !isIsoDate(shifted) ? shifted.slice(0, 8) + '28' : shifted;
}

/** Words without which chrono finds no date: checked per sentence so chrono runs only where it can succeed. */
const MONTH = '(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)';
const DATE_HINT = new RegExp(
  '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b' + MONTH + '\\.?\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?' + MONTH + '\\b' +
  '|\\b(?:january|february|april|june|july|august|september|october|november|december)\\b' +
  '|\\b(?:yesterday|today|tonight|tomorrow|ago|midnight|weekend|(?:last|next)\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|afternoon|evening))\\b' +
  // 'March' and 'May' alone are too often a protest march or Theresa May: only with a word that makes them months.
  '|\\b(?:in|since|until|early|mid|late|(?:end|beginning|start|middle)\\s+of)[\\s-]+March\\b|\\b(?:early|mid|late|(?:end|beginning|start|middle)\\s+of)[\\s-]+May\\b' +
  '|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\b',
  'i',
);

type ChronoResult = ReturnType<typeof chrono.parse>[number];

function* chronoCandidates(text: string, ref: Date, sentences: Span[]): Generator<{ index: number; text: string; start: ChronoResult['start'] }> {
  const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
  for (const s of spans) {
    // Only a single giant token (a pasted blob) is longer: no date phrase, and chrono is slow on it.
    if (Math.min(s.end, text.length) - s.start > MAX_SENTENCE_CHARS) continue;
    const piece = text.slice(s.start, s.end);
    if (!DATE_HINT.test(piece)) continue;
    for (const r of chrono.parse(piece, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      yield { index: r.index + s.start, text: r.text, start: r.start };
    }
  }
}

export function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}
