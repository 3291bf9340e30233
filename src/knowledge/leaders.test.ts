/**
 * Spot checks of data/leaders.json (presidents and prime ministers of the countries the curated files lack, cleaned
 * from the Wikidata extract): terms checked by hand against the public record, what the cleaning must leave out,
 * and the rule that these leaders go by their full names only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledge } from './index.js';
import { readKnowledgeFiles } from './load.js';

const kb = loadKnowledge();
const holder = (title: string, on: string) => kb.who(title, on).map((h) => h.person);

test('leaders of countries the curated files lack, on dates checked against the public record', () => {
  assert.deepEqual(holder('Prime Minister of New Zealand', '2018-06-01'), ['Jacinda Ardern']);
  assert.deepEqual(holder('Prime Minister of New Zealand', '2012-06-01'), ['John Key']);
  assert.deepEqual(holder('President of Kenya', '2023-06-01'), ['William Ruto']);
  assert.deepEqual(holder('President of Senegal', '2015-06-01'), ['Macky Sall']);
  assert.deepEqual(holder('Prime Minister of Ireland', '2018-06-01'), ['Leo Varadkar']);
  assert.deepEqual(holder('Prime Minister of Portugal', '2019-06-01'), ['António Costa']);
  assert.deepEqual(holder('President of Peru', '2019-06-01'), ['Martín Vizcarra']);
  assert.deepEqual(holder('Prime Minister of Malaysia', '2019-06-01'), ['Mahathir bin Mohamad']);
  assert.deepEqual(holder('Prime Minister of Singapore', '2010-06-01'), ['Lee Hsien Loong']);
  const ardern = kb.roles('Jacinda Ardern', '2024-01-01').find((h) => h.office === 'Prime Minister of New Zealand');
  assert.equal(ardern?.status, 'former');
  assert.equal(ardern?.end, '2023-01-25');
});

test('the cleaning leaves out what is doubtful: no monarch as president, no president as prime minister', () => {
  const leaders = readKnowledgeFiles().holdings.filter((h) => h.source.startsWith('wikidata leaders'));
  assert.ok(leaders.length > 800, `${leaders.length} terms`);
  assert.ok(new Set(leaders.map((h) => h.country)).size > 120);
  assert.ok(!leaders.some((h) => /President of (?:Spain|Japan|Sweden|Norway|Thailand|Jordan)/.test(h.office)), 'monarchies have no president');
  assert.ok(!leaders.some((h) => /Prime Minister of (?:Mexico|Iran|Kenya|Indonesia|Brazil)/.test(h.office)), 'presidential systems have no prime minister');
  for (const h of leaders) {
    assert.ok(h.start >= '1950-01-01' && (h.end ?? '9999') >= '2000-01-01', `${h.person} ${h.start}..${h.end}`);
    if (h.end === null) assert.ok(h.verifiedUntil, `open term of ${h.person} says until when it is confirmed`);
  }
  // the extract still has Palestine's prime minister of 2019 in office: he is confirmed only to the last change it records
  const shtayyeh = leaders.find((h) => h.person === 'Mohammad Shtayyeh');
  assert.ok(!shtayyeh || (shtayyeh.verifiedUntil ?? '') < '2024-03-01');
});

test('a generated leader goes by the full name only', () => {
  assert.equal(kb.resolve('Jacinda Ardern', '2019-01-01')?.name, 'Jacinda Ardern');
  assert.equal(kb.resolve('Ardern', '2019-01-01')?.name, undefined);
});
