/**
 * Role claims across countries and years: each sentence (our own) goes through tokenizer, actors, times and the
 * claims builder with the real knowledge base. Correct titles must come out supported; a title without a date
 * of its own must never come out contradicted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.js';
import type { ClaimVerdict } from '../../core/types.js';
import { loadKnowledge } from '../../knowledge/index.js';
import { actors } from '../actors/index.js';
import { buildClaims } from './extract.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';

interface Case { text: string; published: string | null; claim: string; verdict: ClaimVerdict; explains?: RegExp }

function roleClaims(text: string, published: string | null) {
  const doc = createDocument({ text, published, source: { kind: 'text', uri: 'test' } });
  for (const c of [tokenizer, actors, times]) c.run(doc);
  return buildClaims(doc, loadKnowledge()).claims.filter((c) => c.kind === 'role');
}

const CASES: Case[] = [
  // supported: correct titles, several countries and years
  { text: 'German Chancellor Angela Merkel met Vladimir Putin in Sochi.', published: '2017-05-03', claim: 'German Chancellor Angela Merkel', verdict: 'supported' },
  { text: 'French President Emmanuel Macron hosted the summit in Biarritz.', published: '2019-08-26', claim: 'French President Emmanuel Macron', verdict: 'supported' },
  { text: 'Former U.S. President Barack Obama spoke at the forum.', published: '2018-03-01', claim: 'Former U.S. President Barack Obama', verdict: 'supported', explains: /left office on 2017-01-20/ },
  { text: 'British Prime Minister Theresa May travelled to Brussels.', published: '2018-06-28', claim: 'British Prime Minister Theresa May', verdict: 'supported' },
  { text: 'Ukrainian President Volodymyr Zelensky addressed parliament.', published: '2022-03-08', claim: 'Ukrainian President Volodymyr Zelensky', verdict: 'supported' },
  { text: 'Russian Foreign Minister Sergei Lavrov rejected the proposal.', published: '2021-02-05', claim: 'Russian Foreign Minister Sergei Lavrov', verdict: 'supported' },
  { text: 'U.S. Secretary of State Antony Blinken arrived in Beijing.', published: '2023-06-18', claim: 'U.S. Secretary of State Antony Blinken', verdict: 'supported' },
  { text: 'Turkish President Recep Tayyip Erdogan spoke with reporters.', published: '2020-10-01', claim: 'Turkish President Recep Tayyip Erdogan', verdict: 'supported' },
  { text: 'Israeli Prime Minister Benjamin Netanyahu addressed the cabinet.', published: '2024-01-07', claim: 'Israeli Prime Minister Benjamin Netanyahu', verdict: 'supported' },
  { text: 'Former German Chancellor Gerhard Schröder defended the pipeline.', published: '2010-04-01', claim: 'Former German Chancellor Gerhard Schröder', verdict: 'supported' },
  { text: 'Chinese President Xi Jinping received the delegation.', published: '2019-11-05', claim: 'Chinese President Xi Jinping', verdict: 'supported' },
  { text: 'Japanese Prime Minister Shinzo Abe visited Moscow.', published: '2016-05-06', claim: 'Japanese Prime Minister Shinzo Abe', verdict: 'supported' },
  { text: 'Former British Prime Minister Boris Johnson visited Kyiv.', published: '2023-01-22', claim: 'Former British Prime Minister Boris Johnson', verdict: 'supported' },
  { text: 'Canadian Prime Minister Justin Trudeau announced new sanctions.', published: '2022-02-24', claim: 'Canadian Prime Minister Justin Trudeau', verdict: 'supported' },
  { text: 'U.S. President Donald Trump spoke with Vladimir Putin on Tuesday.', published: '2025-03-19', claim: 'U.S. President Donald Trump', verdict: 'supported' },
  { text: 'U.S. President Joe Biden arrived in Madrid for the summit.', published: '2022-06-28', claim: 'U.S. President Joe Biden', verdict: 'supported' },
  { text: 'Indian Prime Minister Narendra Modi met the delegation.', published: '2019-09-04', claim: 'Indian Prime Minister Narendra Modi', verdict: 'supported' },
  { text: 'British Prime Minister Rishi Sunak visited Kyiv.', published: '2023-06-10', claim: 'British Prime Minister Rishi Sunak', verdict: 'supported' },
  { text: 'Italian Prime Minister Giorgia Meloni arrived in Kyiv.', published: '2023-02-21', claim: 'Italian Prime Minister Giorgia Meloni', verdict: 'supported' },
  { text: 'In April 2010, then-President Barack Obama signed the treaty in Prague.', published: '2024-04-01', claim: 'then-President Barack Obama', verdict: 'supported' },
  { text: 'Then-President Barack Obama signed the treaty in Prague.', published: '2024-04-01', claim: 'Then-President Barack Obama', verdict: 'unverified', explains: /does not date/ },
  { text: 'Former Prime Minister Tony Blair spoke on Sunday.', published: '2015-02-02', claim: 'Former Prime Minister Tony Blair', verdict: 'supported' },
  // a bare year dates its clause for the whole year; every title of a coordinated subject shares its clause's date
  { text: 'In 2015, German Chancellor Angela Merkel brokered a ceasefire in Minsk.', published: '2022-10-12', claim: 'German Chancellor Angela Merkel', verdict: 'supported', explains: /2015-01-01 to 2015-12-31/ },
  { text: 'In 2019, former President Barack Obama spoke in Paris.', published: '2022-10-12', claim: 'former President Barack Obama', verdict: 'supported' },
  { text: 'Vice President Kamala Harris and Secretary of State Antony Blinken visited Warsaw on Thursday.', published: '2022-03-12', claim: 'Secretary of State Antony Blinken', verdict: 'supported', explains: /Thursday/ },
  // newsroom style: "former" in narration is the writer's present, even of a past event
  { text: 'In 2012, former U.S. President Barack Obama visited Seoul.', published: '2022-10-12', claim: 'former U.S. President Barack Obama', verdict: 'supported', explains: /writer's present/ },
  { text: 'Former President Donald Trump had announced in 2018 that the troops would leave.', published: '2022-06-29', claim: 'Former President Donald Trump', verdict: 'supported' },
  { text: "President Joe Biden's son joined the board in 2014.", published: '2022-10-26', claim: 'President Joe Biden', verdict: 'supported' },
  { text: 'In early 2019, former President Donald Trump met the envoy.', published: '2022-08-22', claim: 'former President Donald Trump', verdict: 'supported' },
  { text: 'In 2012, then-President Barack Obama visited Seoul.', published: '2022-10-12', claim: 'then-President Barack Obama', verdict: 'supported' },
  { text: 'In 2018, then-President Barack Obama visited Seoul.', published: '2022-10-12', claim: 'then-President Barack Obama', verdict: 'contradicted', explains: /no longer President/ },
  // the moment and the writer's present both contradict the title
  { text: 'In 2012, former U.S. President Barack Obama visited Seoul.', published: '2014-10-12', claim: 'former U.S. President Barack Obama', verdict: 'contradicted', explains: /sitting President.*Nor did the title hold on the publication date/ },
  { text: 'In 2005, President Barack Obama visited Seoul.', published: '2020-10-12', claim: 'President Barack Obama', verdict: 'contradicted', explains: /not yet President/ },
  { text: 'Vice President Kamala Harris and Secretary of State Mike Pompeo visited Warsaw on Monday.', published: '2022-10-12', claim: 'Secretary of State Mike Pompeo', verdict: 'contradicted', explains: /on Monday.*no longer United States Secretary of State/ },
  { text: 'In 2021, German Chancellor Angela Merkel spoke in Berlin.', published: '2023-02-14', claim: 'German Chancellor Angela Merkel', verdict: 'unverified', explains: /too coarse/ },
  { text: 'An adviser to Secretary of State Mike Pompeo and Joe Biden said on Monday that talks stalled.', published: '2022-10-12', claim: 'Secretary of State Mike Pompeo', verdict: 'unverified', explains: /may refer to an earlier time/ },
  // contradicted: the date is the sentence's own (or the title says "former"), and the record says otherwise
  { text: 'Former U.S. President Donald Trump spoke with Vladimir Putin on Tuesday.', published: '2025-03-19', claim: 'Former U.S. President Donald Trump', verdict: 'contradicted', explains: /sitting President of the United States/ },
  { text: 'German Chancellor Angela Merkel said on Monday that talks would go on.', published: '2023-02-14', claim: 'German Chancellor Angela Merkel', verdict: 'contradicted', explains: /no longer Chancellor of Germany \(left office on 2021-12-08\)/ },
  { text: 'Former French President Emmanuel Macron gave a speech.', published: '2020-01-10', claim: 'Former French President Emmanuel Macron', verdict: 'contradicted' },
  { text: 'British Prime Minister Boris Johnson said on Tuesday that he would stay.', published: '2023-03-15', claim: 'British Prime Minister Boris Johnson', verdict: 'contradicted' },
  { text: 'Former Russian President Vladimir Putin gave an interview.', published: '2020-06-01', claim: 'Former Russian President Vladimir Putin', verdict: 'contradicted' },
  { text: 'U.S. President Barack Obama said on Friday that he backed the deal.', published: '2019-04-12', claim: 'U.S. President Barack Obama', verdict: 'contradicted' },
  { text: 'Former U.S. President Joe Biden spoke at the rally.', published: '2022-01-15', claim: 'Former U.S. President Joe Biden', verdict: 'contradicted' },
  { text: 'Former British Prime Minister Keir Starmer gave a speech.', published: '2021-05-01', claim: 'Former British Prime Minister Keir Starmer', verdict: 'contradicted', explains: /had not yet held/ },
  // predicative, appositive and "as of" titles: the past tense speaks of its own moment, the present of the writer's
  { text: 'In 2021, Shinzo Abe was the prime minister of Japan.', published: '2023-05-10', claim: 'Shinzo Abe was the prime minister of Japan', verdict: 'contradicted', explains: /no longer Prime Minister of Japan \(left office on 2020-09-16\)/ },
  { text: 'In 2018, Jacinda Ardern was the prime minister of New Zealand.', published: '2023-05-10', claim: 'Jacinda Ardern was the prime minister of New Zealand', verdict: 'supported', explains: /Jacinda Ardern was Prime Minister of New Zealand \(in office since 2017-10-26\)/ },
  { text: 'In 2024, Jacinda Ardern was the prime minister of New Zealand.', published: '2025-05-10', claim: 'Jacinda Ardern was the prime minister of New Zealand', verdict: 'contradicted', explains: /left office on 2023-01-25/ },
  { text: 'Kenyan President William Ruto said on Monday that the talks would go on.', published: '2023-05-10', claim: 'Kenyan President William Ruto', verdict: 'supported' },
  { text: 'Irish Prime Minister Leo Varadkar said on Monday that the talks would go on.', published: '2021-05-10', claim: 'Irish Prime Minister Leo Varadkar', verdict: 'contradicted', explains: /no longer Prime Minister of Ireland/ },
  { text: 'Former Portuguese Prime Minister António Costa spoke on Monday.', published: '2019-05-10', claim: 'Former Portuguese Prime Minister António Costa', verdict: 'contradicted' },
  { text: 'Macky Sall, the president of Senegal, spoke on Monday.', published: '2016-05-10', claim: 'Macky Sall, the president of Senegal', verdict: 'supported' },
  { text: 'In 2016, Shinzo Abe was the prime minister of Japan.', published: '2023-05-10', claim: 'Shinzo Abe was the prime minister of Japan', verdict: 'supported' },
  { text: 'Angela Merkel was the German chancellor in 2010.', published: '2023-05-10', claim: 'Angela Merkel was the German chancellor', verdict: 'supported' },
  { text: 'In 2005, Barack Obama was the president of the United States.', published: '2023-05-10', claim: 'Barack Obama was the president of the United States', verdict: 'contradicted', explains: /not yet President/ },
  { text: "As of 2019, Sergei Lavrov was Russia's foreign minister.", published: '2023-05-10', claim: "Sergei Lavrov was Russia's foreign minister", verdict: 'supported' },
  { text: "As of 2019, Theresa May was Britain's prime minister.", published: '2023-05-10', claim: "Theresa May was Britain's prime minister", verdict: 'unverified', explains: /too coarse/ },
  { text: "Sergei Lavrov is Russia's foreign minister.", published: '2023-05-10', claim: "Sergei Lavrov is Russia's foreign minister", verdict: 'supported' },
  { text: 'Boris Johnson is the British prime minister.', published: '2023-05-10', claim: 'Boris Johnson is the British prime minister', verdict: 'contradicted', explains: /no longer Prime Minister of the United Kingdom/ },
  { text: 'Olaf Scholz is the chancellor of Germany.', published: '2020-05-10', claim: 'Olaf Scholz is the chancellor of Germany', verdict: 'contradicted', explains: /not yet Chancellor of Germany/ },
  { text: 'Shinzo Abe was the prime minister of Japan.', published: '2023-05-10', claim: 'Shinzo Abe was the prime minister of Japan', verdict: 'unverified', explains: /does not date/ },
  { text: "Yoshimasa Hayashi, Japan's foreign minister, said on Monday that talks would continue.", published: '2023-05-10', claim: "Yoshimasa Hayashi, Japan's foreign minister", verdict: 'supported' },
  { text: 'Sergei Lavrov, the Russian foreign minister, said on Tuesday that the talks were over.', published: '2023-05-10', claim: 'Sergei Lavrov, the Russian foreign minister', verdict: 'supported' },
  { text: 'Boris Johnson, the British prime minister, spoke on Monday.', published: '2023-05-10', claim: 'Boris Johnson, the British prime minister', verdict: 'contradicted' },
  { text: 'Boris Johnson, the former British prime minister, spoke on Monday.', published: '2023-05-10', claim: 'Boris Johnson, the former British prime minister', verdict: 'supported' },
  { text: 'Angela Merkel, the German chancellor, once said that trust matters.', published: '2023-02-14', claim: 'Angela Merkel, the German chancellor', verdict: 'unverified', explains: /may refer to an earlier time/ },
  // a title lags a change of office: the handover day and "outgoing" are never contradicted
  { text: 'Outgoing Prime Minister Mario Draghi handed over to Giorgia Meloni.', published: '2022-10-22', claim: 'Outgoing Prime Minister Mario Draghi', verdict: 'unverified' },
  { text: 'Italian Prime Minister Mario Draghi said on Saturday that the handover went well.', published: '2022-10-23', claim: 'Italian Prime Minister Mario Draghi', verdict: 'unverified', explains: /titles often lag/ },
  // unverified: precision first
  { text: 'German Chancellor Angela Merkel once said that trust matters.', published: '2023-02-14', claim: 'German Chancellor Angela Merkel', verdict: 'unverified', explains: /may refer to an earlier time/ },
  { text: 'The talks between former U.S. President Donald Trump and Putin drew attention.', published: null, claim: 'former U.S. President Donald Trump', verdict: 'unverified', explains: /No date/ },
  { text: 'Former French President Emmanuel Macron gave a speech.', published: '2027-06-01', claim: 'Former French President Emmanuel Macron', verdict: 'unverified', explains: /last checked/ },
  { text: 'Foreign Minister Angela Merkel gave a speech.', published: '2015-03-01', claim: 'Foreign Minister Angela Merkel', verdict: 'unverified' },
  { text: 'Former U.S. President Donald Trump spoke at the ceremony.', published: '2025-01-25', claim: 'Former U.S. President Donald Trump', verdict: 'unverified', explains: /titles often lag/ },
];

for (const c of CASES) {
  test(`${c.verdict}: "${c.claim}" (${c.published ?? 'no date'})`, () => {
    const found = roleClaims(c.text, c.published);
    const claim = found.find((x) => x.text === c.claim);
    assert.ok(claim, `no role claim "${c.claim}" in: ${found.map((x) => x.text).join(' | ') || '(none)'}`);
    assert.equal(claim.verdict, c.verdict, claim.explanation);
    if (c.explains) assert.match(claim.explanation, c.explains);
    if (claim.verdict !== 'unverified') assert.ok(claim.evidence.some((e) => e.kind === 'knowledge'), 'a verdict carries its knowledge fact');
  });
}

test('no bare-title claim is contradicted on the publication date alone', () => {
  for (const c of CASES.filter((x) => !/\b(?:former|then|is)\b/i.test(x.claim))) {
    for (const claim of roleClaims(c.text.replace(/\b(?:on|in) (?:Monday|Tuesday|Thursday|Friday|Sunday|April 2010|\d{4}),?\s*/gi, ''), c.published)) {
      assert.notEqual(claim.verdict, 'contradicted', `${claim.text}: ${claim.explanation}`);
    }
  }
});
