import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../events/pipeline.js';

const DATE = '2022-06-01';
/** The Security Council and General Assembly mentions of the actors layer, as "text=CODE.SECTOR". */
const bodies = (text: string) => (codeText(text, DATE).layers.actors ?? [])
  .filter((m) => /Security Council|General Assembly/.test(m.text ?? ''))
  .map((m) => `${m.text}=${m.code}.${m.sector ?? ''}`);

test('"his Security Council" is the Security Council of the head of state the sentence names, not the UN\'s', () => {
  assert.deepEqual(bodies('Putin convened his Security Council on Friday to discuss the strikes.'), ['Security Council=RUS.GOV']);
  assert.deepEqual(bodies("Lukashenko's Security Council met in Minsk."), ['Security Council=BLR.GOV']);
  // the official "his" stands for, named sentences before, when other countries were named since
  assert.deepEqual(bodies('The Russian leader spoke on Sunday. Ukraine said strikes killed 20. The Kremlin said he would meet his Security Council on Monday.'),
    ['Security Council=RUS.GOV']);
  // two leaders of two countries: whose it is, the text does not say; never the UN's
  assert.deepEqual(bodies('The Russian leader spoke to Erdogan on Sunday. Ukraine said strikes killed 20. He would meet his Security Council on Monday.'),
    ['Security Council=---.GOV']);
});

test('"the Security Council" after a country\'s Security Council in reach is that country\'s; a UN one in reach leaves it the UN\'s', () => {
  assert.deepEqual(bodies("Russia's Security Council met on Friday. The Security Council approved the plan."), ["Russia's Security Council=RUS.GOV", 'Security Council=RUS.GOV']);
  assert.deepEqual(bodies("Russia's Security Council met. The UN Security Council then voted. The Security Council condemned the strike."),
    ["Russia's Security Council=RUS.GOV", 'UN Security Council=UNO.GOV', 'Security Council=UNO.GOV']);
  // another council whose name merely holds the words is not one of that name
  assert.deepEqual(bodies("Ukraine's National Security and Defense Council imposed sanctions. The Security Council met in New York."), ['Security Council=UNO.GOV']);
  assert.deepEqual(bodies('The Security Council voted on a resolution condemning Russia.'), ['Security Council=UNO.GOV']);
});

test('a post in the body held by a person of the sentence gives the body that person\'s country', () => {
  // Medvedev has been Deputy Chairman of Russia's Security Council since 2020
  assert.deepEqual(bodies('Dmitry Medvedev, deputy head of the Security Council, warned NATO.'), ['Security Council=RUS.GOV']);
  assert.deepEqual(bodies("The deputy head of the nation's Security Council, Dmitry Medvedev, warned NATO."), ['Security Council=RUS.GOV']);
  // a UN ambassador holds no post in it
  assert.deepEqual(bodies('Linda Thomas-Greenfield told the Security Council that Russia lied.'), ['Security Council=UNO.GOV']);
});
