/**
 * Component `times`: finds date expressions (chrono-node, relative to the publication date) and durations.
 * A date without a year ("on Tuesday", "on October 30", "in March") takes the year its clause's tense asks for: the
 * last such day or month on or before publication in a past clause ("met on 12 March"), the coming one in a future
 * clause ("will meet on Monday", "elections are due in March"), and the nearest one when the clause has no tense cue
 * or a modal ("the parade on 9 May could include", "the vote is on 12 March"); a weekday without a cue is the last
 * one (news tells the week just past). "March" and "May" alone are dates only after a word
 * that makes them months ("in late March", "by May"); a bare year after such a word ("in 2015", "since 2014",
 * "by 2030") is a date of year precision. Durations ("for 30 days", "a 30-day truce") become `durationDays`.
 *
 *   // published 2025-03-19: "Putin spoke to Trump on Tuesday for 30 days" ->
 *   // [{ text: 'Tuesday', date: '2025-03-18', precision: 'day' }, { text: 'for 30 days', durationDays: 30 }]
 *   // "In 2015, Merkel brokered a deal" -> [{ text: '2015', date: '2015-01-01', precision: 'year' }]
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node/en';
import { addDays, daysBetween, isIsoDate, parseIsoDate, toIsoDate } from '../core/dates.js';
import { packagePath } from '../core/paths.js';
import type { Document, Span, TimeMention } from '../core/types.js';
import type { Component } from './component.js';
import { MAX_SENTENCE_CHARS } from './tokenizer.js';

export const times: Component = {
  name: 'times',
  requires: ['sentences'],
  assigns: ['times'],
  run(doc: Document): void {
    // Years before publication stay out of the layer until the event coder drops history dated by a bare year
    // ("annexed Crimea in 2014") as it drops it undated (coder.ts pastMarker); claims read them (findYears).
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

export function findTimes(text: string, publishedAt: string | null, sentences: Span[]): TimeMention[] {
  const published = publishedAt && isIsoDate(publishedAt.slice(0, 10)) ? publishedAt.slice(0, 10) : null; // a timestamp is its day
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
  const taken = (start: number, end: number) => out.some((d) => d.start < end && start < d.end);
  for (const r of chronoCandidates(text, ref, sentences)) {
    const phrase = r.text.trim().replace(/[,.;:]+$/, '');
    if (NOT_A_DATE.has(phrase.toLowerCase()) || /^\d{1,2}$/.test(phrase)) continue;
    if (/^\d{1,2}:\d{2}/.test(phrase) && !r.start.isCertain('day')) continue; // clock times alone
    const start = r.index;
    const end = r.index + r.text.length;
    if (durations.some((d) => d.start < end && start < d.end)) continue; // "for 30 days" is a duration, not a date
    // "five years later", "the day after": relative to another event the sentence names, not to publication.
    if (ANAPHORIC.test(phrase)) continue;
    const precision = r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : r.start.isCertain('year') ? 'year' : 'day';
    const yearWritten = /\b\d{4}\b|'\d{2}\b|\d\/\d{2,4}$/.test(phrase);
    // Without a publication date, "on Monday" or "in June" has nothing to be relative to: today is not it.
    if (!published && !yearWritten) continue;
    let date: string | null = toIsoDate(r.start.date());
    // "10/06/22" read month-first lands after publication: a British writer meant 10 June
    if (published && date > addDays(published, 1)) date = dayFirst(phrase, date, published) ?? date;
    if (published && !yearWritten) {
      const tense = tenseAt(text, sentences[sentenceAt(sentences, start)], start, end);
      // "next week", "in 15 days" are relative to publication already: only a named day, weekend or month has a year to pick
      if (!NAMED_DAY.test(phrase) && !/\bweekend\b/i.test(phrase)) {
        if (tense === 'past' && date > addDays(published, 1) && /^in\b/i.test(phrase)) continue; // "the second time in a week"
      } else {
        // "last Sunday", "next Friday": the phrase says which one (chrono reads it); else its clause's tense
        date = placeNearPublication(date, published, WHICH_ONE.test(phrase) ? 'open' : tense, r.start.isCertain('weekday') && !r.start.isCertain('day') ? 'weekday' : precision);
      }
      if (!date || Math.abs(Number(date.slice(0, 4)) - Number(published.slice(0, 4))) > 1) continue;
    }
    out.push({ start, end, text: r.text, date: truncate(date, precision), precision, sentence: sentenceAt(sentences, start) });
  }
  for (const m of text.matchAll(LED_MONTH)) {
    const start = m.index! + m[1]!.length;
    const end = m.index! + m[0].length;
    if (!published || !/^M[a-z]+$/.test(m[3]!) || taken(start, end) || (m[3] === 'May' && VERB_AFTER.test(text.slice(end)))) continue;
    const month = m[3] === 'March' ? '03' : '05';
    const tense = /^next\b/i.test(m[1]!) ? 'future' : /^last\b/i.test(m[1]!) ? 'past' : tenseAt(text, sentences[sentenceAt(sentences, start)], start, end);
    const date = placeNearPublication(`${published.slice(0, 4)}-${month}-01`, published, tense, 'month');
    if (date) out.push({ start, end, text: m[2]!, date, precision: 'month', sentence: sentenceAt(sentences, start) });
  }
  for (const y of [...findYears(text, sentences), ...findPeriods(text, sentences)]) {
    if (taken(y.start, y.end)) continue;
    out.push(y);
  }
  return out.sort((a, b) => a.start - b.start);
}

let periods: { names: Map<string, [number, number]>; re: RegExp } | null = null;

/**
 * Named periods after a word that makes them times (data/periods.json): "during World War II" -> 1945, "in Soviet
 * times" -> 1991, "before the Cold War" -> 1947 (precision year). "Since" is left out: "the worst since World War II"
 * speaks of today.
 */
export function findPeriods(text: string, sentences: Span[]): TimeMention[] {
  if (!periods) {
    const data = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'data', 'periods.json'), 'utf8')) as { periods: Record<string, [number, number]> };
    const names = new Map(Object.entries(data.periods).map(([k, v]) => [k.replace(/-/g, ' '), v]));
    const alternatives = Object.keys(data.periods).sort((a, b) => b.length - a.length).map((n) => n.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\s]' : '\\s+'))).join('|');
    periods = { names, re: new RegExp(`\\b(during|in|throughout|after|before|(?:at|by)\\s+the\\s+end\\s+of)\\s+(?:the\\s+)?(${alternatives})\\b(?![-\u2010]era)`, 'gi') };
  }
  const out: TimeMention[] = [];
  for (const m of text.matchAll(periods.re)) {
    const span = periods.names.get(m[2]!.toLowerCase().replace(/[\s-]+/g, ' '));
    if (!span) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    const year = m[1]!.toLowerCase() === 'before' ? span[0] : span[1];
    out.push({ start, end: start + m[2]!.length, text: m[2]!, date: `${year}-01-01`, precision: 'year', sentence: sentenceAt(sentences, start) });
  }
  return out;
}

/** Bare years after a word that makes them dates: "In 2015," -> { text: '2015', date: '2015-01-01', precision: 'year' }. */
export function findYears(text: string, sentences: Span[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of text.matchAll(LED_YEAR)) {
    const start = m.index! + m[1]!.length;
    const end = m.index! + m[0].length;
    if (PLURAL_AFTER.test(text.slice(end))) continue;
    out.push({ start, end, text: m[2]!, date: `${m[3]}-01-01`, precision: 'year', sentence: sentenceAt(sentences, start) });
  }
  return out;
}

const ANAPHORIC = /\b(?:later|after|before|earlier|following|prior|since)\b/i;

/** Words after which "March" and "May" are months ("in late March", "by May", "the end of March"). */
const MONTH_LEAD = '(?:in|since|until|till|by|early|mid|late|last|next|of|from|before|after|through|throughout|during|around|(?:end|beginning|start|middle)\\s+of)';
const LED_MONTH = new RegExp(`(\\b${MONTH_LEAD}[\\s-]+)((?:(?:early|mid|late)[\\s-]+)?(March|May))\\b(?![-\\s]*\\d|['\u2019]s\\b)`, 'gi');
/** "May" followed by a verb is Theresa May (or another May): "after May resigned", "since May took office". */
const VERB_AFTER = /^\s+(?:[a-z]{2,}ed|said|says|told|took|became|met|won|lost|made|gave|went|came|spoke|wrote|left|has|had|will|would|did|does)\b/;
/** Words after which a four-digit number is a year ("in 1939", "In 2015,", "since 2014", "by 2030", "late 2014"). */
const YEAR_LEAD = '(?:in|since|by|until|till|during|before|after|from|through|throughout|around|(?:early|mid|late|(?:spring|summer|autumn|fall|winter)(?:\\s+of)?)(?=[\\s-]))';
const LED_YEAR = new RegExp(`(\\b${YEAR_LEAD}[\\s-]+)((?:(?:early|mid|late)[\\s-]+)?(1[89]\\d\\d|20\\d\\d))\\b(?![.,]\\d|\\s*(?:%|percent\\b))`, 'gi');
/** A count, not a year: "in 2000 villages", "by 1900 soldiers". */
const PLURAL_AFTER = /^\s+(?!(?:as|was|is|has|this|his|its|thus|always|perhaps|unless|towards|afterwards|whereas)\b)[a-z]+s\b/;

/**
 * A date without a year, placed in the year (a weekday in the week) its clause's tense asks for: a past clause never
 * lies after publication, so a day or month after it rolls back a year (a weekday a week); a future clause lies
 * ahead, so one well before publication moves forward; a modal or present clause and a clause without a tense word
 * take the occurrence nearest publication ("the parade on 9 May could include", published 4 May -> this year's); a
 * deadline ("until June 20") stays where chrono put it; "this January" is the publication year's; a weekday without
 * a tense word is the last one (news tells the week just past: "talks on Friday"; taking the nearest instead moved 52
 * weekdays of the dev corpus, nearly all photo captions and past reports, a week ahead). Null when that is far from
 * publication (numbers misread as a date).
 */
function placeNearPublication(date: string, published: string, tense: Tense, unit: 'day' | 'month' | 'year' | 'weekday'): string | null {
  let d = date;
  const past = tense === 'past' || (unit === 'weekday' && tense === 'none');
  if (unit === 'weekday') {
    if (past) { if (d > published) d = addDays(d, -7); }
    else if (tense === 'future') { if (d < published) d = addDays(d, 7); }
    else if (tense !== 'open') d = nearest([addDays(d, -7), d, addDays(d, 7)], published);
  } else if (tense === 'current' && unit !== 'year') {
    d = shiftYear(d, Number(published.slice(0, 4)) - Number(d.slice(0, 4)));
  } else if (unit === 'month') {
    if (past) { if (d.slice(0, 7) > published.slice(0, 7)) d = shiftYear(d, -1); }
    else if (tense === 'future') { if (d.slice(0, 7) < published.slice(0, 7)) d = shiftYear(d, 1); }
    else if (tense !== 'open') d = nearestYear(d, published);
  } else if (unit === 'day') {
    // a day after publication is past narrative only beyond a day of time-zone slack
    if (past) { if (d > addDays(published, 1)) d = shiftYear(d, -1); }
    else if (tense === 'future') { if (daysBetween(d, published) > FUTURE_SLACK_DAYS) d = shiftYear(d, 1); }
    else if (tense !== 'open') d = nearestYear(d, published);
  }
  return Math.abs(Number(d.slice(0, 4)) - Number(published.slice(0, 4))) > 1 ? null : d;
}

/** The same day (or month) a year before, in the year of, or a year after `date`, whichever is nearest `published`. */
function nearestYear(date: string, published: string): string {
  return nearest([shiftYear(date, -1), date, shiftYear(date, 1)], published);
}

function nearest(dates: string[], published: string): string {
  return dates.reduce((best, d) => (Math.abs(daysBetween(d, published)) < Math.abs(daysBetween(best, published)) ? d : best));
}

function shiftYear(iso: string, years: number): string {
  const shifted = `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
  return shifted.endsWith('-02-29') && !isIsoDate(shifted) ? shifted.slice(0, 8) + '28' : shifted;
}

/** A day a future clause names this long before publication is next year's ("talks will resume on January 9"). */
const FUTURE_SLACK_DAYS = 45;

/** A numeric date read day-first ("10/06/22" -> 2022-06-10), when that reading is on or before publication. */
function dayFirst(phrase: string, date: string, published: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(phrase);
  if (!m || Number(m[1]) > 12) return null;
  const swapped = `${date.slice(0, 4)}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(swapped) && swapped <= published ? swapped : null;
}

function truncate(date: string, precision: 'day' | 'month' | 'year'): string {
  return precision === 'month' ? date.slice(0, 8) + '01' : precision === 'year' ? date.slice(0, 5) + '01-01' : date;
}

// "would" reports a plan ("agreed that they would meet on Wednesday"): the future as seen from the article's day;
// "due to" a cause ("due to the martial law") is no plan
const FUTURE = /\b(?:will|would|shall|won't|won\u2019t|upcoming|forthcoming|scheduled|slated|(?:plans?|planned|intends?|aims?|expected|set|going|poised|about) to|due to(?!\s+(?:the|a|an|its|his|her|their|this|that|these|those|[a-z]+(?:ing|ion|ions|ity|ness|s))\b)|(?:set|plans?|planned|scheduled|slated|earmarked) for|(?:is|are|am|be) due)\b|\w['\u2019]ll\b/gi;
/** A modal ("could", "may", "might") leaves the time open; "could have", "may have" speak of the past. Lower case: "May" is a month. */
const MODAL = /\b(?:[Cc]ould|[Cc]an|[Mm]ight|[Ss]hould|[Mm]ust|may)\b(?!\s+(?:not\s+|never\s+)?(?:have|have\s+been)\b)/g;
/**
 * The present tense: a form of "be", or a pronoun before a verb in -s ("it goes into effect on August 27", "which comes
 * into force on October 1").
 */
const PRESENT = /\b(?:is|are|am|isn't|aren't|remains?)\b|\b(?:it|he|she|which|who)\s+(?!(?:was|has|is|does|always)\b)[a-z]{2,}[^s\W]e?s\b/gi;
const PAST_WORD = /^(?:was|were|had|did|said|told|met|spoke|took|began|made|held|went|came|gave|sent|struck|fought|won|lost|left|wrote|saw|became|hit|rose|fell|led|ran|broke|brought|bought|built|caught|chose|drew|drove|fled|flew|froze|grew|kept|knew|meant|paid|sank|sat|shook|shot|sold|sought|spent|stood|stole|stuck|swore|swept|threw|thought|tore|withdrew|overran|ago|last|earlier|been|done|gone|seen|taken|begun|shown|written|fallen|risen|spoken|chosen|broken|stolen|thrown|flown|beaten|withdrawn|drawn|grown|sworn|driven|hidden|retaken|overtaken|undertaken)$/i;
const NOT_PAST_ED = new Set(['need', 'feed', 'seed', 'speed', 'proceed', 'exceed', 'succeed', 'indeed', 'red', 'bed', 'shed', 'breed', 'greed', 'creed', 'weed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'beloved', 'ted', 'fed']);
const CLAUSE_BREAK = /[;:()\u2014\u2013"\u201c\u201d,]|\b(?:that|but|while|when|whereas|because|who|which)\b/i;
/** A date after these is a deadline or the start of a period ("postponed till June 20", "starting Aug. 18"): never rolled back. */
const OPEN_LEAD = /\b(?:until|till|through|starting|from|by|before|ahead\s+of)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
/** Words of a date phrase that say which occurrence it is: "last Sunday", "next Friday", "the coming Monday" ("this" does not: "this weekend" is either). */
const WHICH_ONE = /\b(?:last|next|past|coming)\b/i;
/** A month or day after "this" is the publication year's ("was runner-up this January", "this 9 May"). */
const THIS_LEAD = /\bthis\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** A date after "since" starts a period that has begun: it lies in the past ("since late February", "since March 18"). */
const SINCE_LEAD = /\bsince\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:start|end|beginning|middle)\s+of\s+)?$/i;

/**
 * `modal` and `present` leave the time open like a deadline (`open`); `none`: no tense word in the whole sentence;
 * `current`: the publication year's ("this January").
 */
type Tense = 'future' | 'past' | 'modal' | 'present' | 'open' | 'none' | 'current';

/**
 * The tense of the clause holding a date: its last verb group before the date ("will be held in March", "could meet
 * on 12 March", "he says Russia struck on Friday", "would return to the borders Russia seized on 24 February"); else
 * the first after it up to its clause's end or an "and" ("On October 30, he agreed"; "the parade on 9 May could
 * include"); else the nearest in the rest of the sentence before, then after; `none` when the sentence has no tense
 * word. `open` for a deadline ("until June 20"), past after "since", `current` after "this".
 */
function tenseAt(text: string, sentence: Span | undefined, start: number, end: number): Tense {
  const from = sentence?.start ?? 0;
  const to = Math.min(sentence?.end ?? text.length, text.length);
  const before = text.slice(from, start);
  if (OPEN_LEAD.test(before)) return 'open';
  if (SINCE_LEAD.test(before)) return 'past';
  if (THIS_LEAD.test(before)) return 'current';
  const after = text.slice(end, to).replace(/^[\s,;:\u2014\u2013-]+/, '');
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  return lastVerb(clause) ?? firstVerb(after.split(CLAUSE_BREAK)[0]!.split(/\band\b/i)[0]!) ?? lastVerb(before) ?? firstVerb(after) ?? 'none';
}

interface TenseWord { at: number; end: number; tense: Tense }

/**
 * The tense of the last verb group of a stretch: its last tense word, or the future or modal word that a participle
 * after it belongs to ("will be held", "could be delivered", "may have been" is past); "since before Moscow sent" is past.
 */
function lastVerb(stretch: string): Tense | undefined {
  const ws = tenseWords(stretch);
  let k = ws.length - 1;
  while (k > 0 && ws[k]!.tense === 'past' && (ws[k - 1]!.tense === 'future' || ws[k - 1]!.tense === 'modal' || ws[k - 1]!.tense === 'present')
    && AUXILIARY_GAP.test(stretch.slice(ws[k - 1]!.end, ws[k]!.at))) k--;
  return ws[k]?.tense;
}

/** The tense of the first verb group of a stretch: "is set to be" and "are expected to" are future. */
function firstVerb(stretch: string): Tense | undefined {
  const [w, next] = tenseWords(stretch);
  return w && next?.tense === 'future' && w.tense !== 'past' && AUXILIARY_GAP.test(stretch.slice(w.end, next.at)) ? 'future' : w?.tense;
}

/** What stands between an auxiliary and its participle: "will be held", "is expected to be", "could not have been". */
const AUXILIARY_GAP = /^(?:\s+(?:not|never|also|still|now|soon|then|only|already|to|be|been|being|have|get|got|reportedly|likely))*\s+$/i;

/** Words after which a participle is an adjective: "a planned statement", "further predicted rises". */
const ADJECTIVAL_BEFORE = /\b(?:a|an|the|its|his|her|their|our|further|newly|recently|long)\s+$/i;

/** The tense words of a stretch of text, in order. */
function tenseWords(stretch: string): TenseWord[] {
  const out: TenseWord[] = [];
  for (const m of stretch.matchAll(FUTURE)) out.push({ at: m.index!, end: m.index! + m[0].length, tense: 'future' });
  for (const m of stretch.matchAll(MODAL)) out.push({ at: m.index!, end: m.index! + m[0].length, tense: 'modal' });
  for (const m of stretch.matchAll(PRESENT)) out.push({ at: m.index!, end: m.index! + m[0].length, tense: 'present' });
  for (const m of stretch.matchAll(/[\p{L}'\u2019]+/gu)) {
    // (not a word inside a future or modal phrase: "expected to", "scheduled for")
    if (out.some((w) => w.at <= m.index! && m.index! < w.end)) continue;
    if (ADJECTIVAL_BEFORE.test(stretch.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (PAST_WORD.test(m[0]) || (/^[A-Za-z][a-z]+ed$/.test(m[0]) && !NOT_PAST_ED.has(m[0].toLowerCase()))) out.push({ at: m.index!, end: m.index! + m[0].length, tense: 'past' });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Words that name a day relative to the report ("yesterday"): a date to chrono, a time word to the event coder. */
const DAY_WORDS = ['yesterday', 'today', 'tonight', 'tomorrow'];

/** Whether a lower-case word names a day relative to the report ("started a hunger strike yesterday"). */
export function namesDay(word: string): boolean {
  return DAY_WORDS.includes(word);
}

/** Words without which chrono finds no date: checked per sentence so chrono runs only where it can succeed. */
const MONTH = '(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)';
const DATE_HINT = new RegExp(
  '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b' + MONTH + '\\.?\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?' + MONTH + '\\b' +
  '|\\b(?:january|february|april|june|july|august|september|october|november|december)\\b' +
  '|\\b(?:' + DAY_WORDS.join('|') + '|ago|midnight|weekend|(?:last|next)\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|afternoon|evening))\\b' +
  // 'March' and 'May' alone are too often a protest march or Theresa May: only with a word that makes them months.
  '|\\b(?:in|since|until|early|mid|late|(?:end|beginning|start|middle)\\s+of)[\\s-]+March\\b|\\b(?:early|mid|late|(?:end|beginning|start|middle)\\s+of)[\\s-]+May\\b' +
  '|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\b',
  'i',
);

/** A phrase that names a day or month ("Tuesday", "October 30", "in December", "10/06/22"): its year is ours to pick. */
const NAMED_DAY = new RegExp(`\\b${MONTH}\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{1,2}/\\d{1,2}`, 'i');

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
