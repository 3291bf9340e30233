/** Tests for the `times` component: past-tense weekdays, explicit dates, months and durations. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPeriods, findTimes } from './times.js';
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

/** Sentence spans the way the tokenizer gives them, split after '.', '!' or '?'. */
const sentencesOf = (text: string) => [...text.matchAll(/[^.!?]+(?:[.!?]+\s*|$)/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const dates = (text: string, published: string | null) =>
  findTimes(text, published, sentencesOf(text)).filter((x) => x.date).map((x) => `${x.text!.trim().replace(/[,.]$/, '')}=${x.date}/${x.precision}`);

test('"March" and "May" after a word that makes them months are months; a march, a verb and a name are not', () => {
  assert.deepEqual(dates('Russia attacked Kyiv in March. He resigned in late March. It fell last March.', '2022-10-12'),
    ['March=2022-03-01/month', 'late March=2022-03-01/month', 'March=2022-03-01/month']);
  assert.deepEqual(dates('In early May the talks failed; troops must leave by May, and fighting went on from mid-May.', '2022-10-12'),
    ['early May=2022-05-01/month', 'May=2022-05-01/month', 'mid-May=2022-05-01/month']);
  assert.deepEqual(dates('The order was signed on 18 March; talks resumed on March 18! Since March 2022 it holds.', '2022-10-12'),
    ['on 18 March=2022-03-18/day', 'March 18=2022-03-18/day', 'March 2022=2022-03-01/month']);
  const none = ['The Women\'s March drew crowds.', 'They joined the march.', 'Russia may attack.', 'Theresa May met the envoy.',
    'After May resigned, talks stalled.', 'Since May took office, little changed.', 'The March of the Living began.'];
  for (const text of none) assert.deepEqual(dates(text, '2022-10-12'), [], text);
});

test('a year after "in", "since", "by" and the like is a date of year precision; a count is not', () => {
  assert.deepEqual(dates('In 2015, Merkel brokered a deal. Fighting has gone on since 2014; Kyiv wants peace by 2030.', '2022-10-12'),
    ['2015=2015-01-01/year', '2014=2014-01-01/year', '2030=2030-01-01/year']);
  assert.deepEqual(dates('The pact was signed in 1939.', null), ['1939=1939-01-01/year'], 'a written year needs no publication date');
  assert.deepEqual(dates('Troops shelled the town in late 2014 and in the summer of 2015.', '2022-10-12'), ['late 2014=2014-01-01/year', '2015=2015-01-01/year']);
  assert.deepEqual(dates('Water reached in 2000 villages; output fell by 2015 percent; the figure stood at 2014.', '2022-10-12'), []);
  assert.deepEqual(dates('Russia annexed Crimea in March 2014.', '2022-10-12'), ['March 2014=2014-03-01/month'], 'a month and year is one mention');
});

test('past narrative never lands after publication; a future clause may', () => {
  assert.deepEqual(dates('On October 30, he agreed to remove the missiles.', '2022-10-12'), ['October 30=2021-10-30/day']);
  assert.deepEqual(dates('Elections will be held in March. He said he will visit in December.', '2022-10-12'),
    ['March=2023-03-01/month', 'December=2022-12-01/month']);
  assert.deepEqual(dates('Talks will resume on January 9.', '2022-10-12'), ['January 9=2023-01-09/day']);
  assert.deepEqual(dates('Russia said in December it will leave.', '2022-10-12'), ['December=2021-12-01/month'], 'the verb of the date\'s own clause rules');
  assert.deepEqual(dates('Leaders will meet on Monday. Russia shelled Kharkiv on Monday.', '2022-10-12'),
    ['on Monday=2022-10-17/day', 'on Monday=2022-10-10/day']);
  assert.deepEqual(dates('In March, the company announced it planned to exit Russia.', '2022-10-12'), ['March=2022-03-01/month']);
});

test('a deadline or the start of a period keeps the nearest year; "next week" and "in a week" are relative already', () => {
  assert.deepEqual(dates('Hearings were postponed till June 20. Visas end starting August 18.', '2022-06-16'), ['June 20=2022-06-20/day', 'August 18=2022-08-18/day']);
  assert.deepEqual(dates('The House could vote by next week.', '2019-12-10'), ['next week=2019-12-17/day']);
  assert.deepEqual(dates('It was the second time in a week that drones struck the base.', '2022-08-17'), []);
});

test('a publication timestamp counts as its day', () => {
  assert.deepEqual(dates('Yesterday [10/06/22] we heard the news. He died fighting on Friday.', '2022-06-12T16:08:16'),
    ['Yesterday=2022-06-11/day', '10/06/22=2022-06-10/day', 'on Friday=2022-06-10/day']);
});

test('the verb of the date\'s own clause decides, not a later "and is expected to"', () => {
  assert.deepEqual(dates('Inflation hit 9% in April and is expected to rise in December.', '2022-06-08'),
    ['April=2022-04-01/month', 'December=2022-12-01/month']);
});

test('a plan reported with "would" lies ahead of the article: "agreed that they would meet on Wednesday"', () => {
  // published on Tuesday 2025-03-18
  const text = 'The two sides agreed that their delegations would meet on Wednesday.';
  const t = findTimes(text, '2025-03-18', [{ start: 0, end: text.length }]).find((x) => x.date);
  assert.equal(t?.date, '2025-03-19');
  // a past event on a weekday still lies before publication
  const past = 'The delegations met on Wednesday.';
  assert.equal(findTimes(past, '2025-03-18', [{ start: 0, end: past.length }]).find((x) => x.date)?.date, '2025-03-12');
});

test('named periods after a word of time are dated by their last year (their first after "before"); "since" is not', () => {
  const text = 'Partisans fought during World War II. Built in Soviet times. The worst since the Second World War. Soviet-era tanks. Before the Cold War.';
  const found = findPeriods(text, [{ start: 0, end: text.length }]).map((t) => `${t.text}=${t.date}`);
  assert.deepEqual(found, ['World War II=1945-01-01', 'Soviet times=1991-01-01', 'Cold War=1947-01-01']);
});


test('a day or month without a year and without a tense word, or under a modal, is the occurrence nearest publication', () => {
  assert.deepEqual(dates('The summit on 12 March is key. The ministers could meet on 14 March.', '2025-03-01'),
    ['on 12 March=2025-03-12/day', 'on 14 March=2025-03-14/day']);
  assert.deepEqual(dates('Parliament votes on the budget on 9 January.', '2025-12-20'), ['on 9 January=2026-01-09/day']);
  assert.deepEqual(dates('Sanctions may take effect in April.', '2025-11-20'), ['April=2026-04-01/month']);
  // a past clause still places it before publication, a future one after
  assert.deepEqual(dates('The ministers met on 12 March. They will meet again on 20 February.', '2025-03-01'),
    ['on 12 March=2024-03-12/day', 'on 20 February=2025-02-20/day']);
});

test('a weekday under a modal or a plan is the coming one; a weekday without a tense word is the last one', () => {
  // published on Wednesday 2025-03-19
  assert.deepEqual(dates('The envoys could meet on Friday. The next round is planned for Friday.', '2025-03-19'),
    ['on Friday=2025-03-21/day', 'Friday=2025-03-21/day']);
  assert.deepEqual(dates('Talks on Friday in Riyadh.', '2025-03-19'), ['on Friday=2025-03-14/day']);
});

test('the verb group nearest the date decides its tense: a participle belongs to its auxiliary, "due to" a cause is no plan', () => {
  assert.deepEqual(dates('The talks would return to the borders Russia seized on 24 February.', '2022-10-19'), ['on 24 February=2022-02-24/day']);
  assert.deepEqual(dates('Flights were halted due to the curfew announced on 24 February.', '2022-09-05'), ['on 24 February=2022-02-24/day']);
  assert.deepEqual(dates('Seized by troops in March, the plant will stay shut.', '2022-09-10'), ['March=2022-03-01/month']);
  assert.deepEqual(dates('Though the decree was published on July 27, it goes into effect on August 27.', '2022-08-03'),
    ['July 27=2022-07-27/day', 'August 27=2022-08-27/day']);
  assert.deepEqual(dates('The pledges will top $10bn, the most since February.', '2022-11-01'), ['February=2022-02-01/month'], 'since: a period begun');
});

test('a count of days from now ("in 15 days") in a past clause is no date', () => {
  assert.deepEqual(dates('In March the army took back the area in 15 days.', '2022-05-09'), ['March=2022-03-01/month']);
});

test('"last Sunday" and "next Friday" say which one themselves, whatever the clause\'s verb', () => {
  // published on Saturday 2022-05-21
  assert.deepEqual(dates('Last Sunday, Russia may have cut power to Finland. Russia could cut gas next Friday.', '2022-05-21'),
    ['Last Sunday=2022-05-15/day', 'next Friday=2022-05-27/day']);
});

test('a month after "this" is the publication year\'s, whatever the tense', () => {
  assert.deepEqual(dates('She is a runner-up this January and will play this November.', '2022-08-25'),
    ['January=2022-01-01/month', 'November=2022-11-01/month']);
});
