import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../events/pipeline.js';

const DATE = '2022-06-01';
/** The institutions of the actors layer coded without a country in their phrase, as "text=CODE.SECTOR". */
const institutions = (text: string) => (codeText(text, DATE).layers.actors ?? [])
  .filter((m) => m.via === 'coref' || m.code === '---')
  .filter((m) => ['GOV', 'LEG', 'JUD'].includes(m.sector ?? ''))
  .map((m) => `${m.text}=${m.code}.${m.sector}`);

test('an institution takes the country of an earlier mention whose name holds its words', () => {
  // African wire report: the event now has its actor
  const kenya = "Kenya's Interior Ministry said it would deport the men. The ministry also accused Somalia of harbouring militants.";
  assert.deepEqual(institutions(kenya), ['ministry=KEN.GOV']);
  const accuse = codeText(kenya, DATE).layers.events.find((e) => e.type === 'ACCUSE');
  assert.deepEqual(accuse?.actor.map((a) => a.code), ['KEN']);
  // a bare plural names a plural, even with another country named between
  assert.deepEqual(institutions('Ukrainian officials said Russian forces shelled Kharkiv overnight. Officials added that a power plant was hit.'), ['Officials=UKR.GOV']);
  // diplomatic news
  assert.deepEqual(institutions('The Hungarian government said it would veto the sanctions package. The government also accused Brussels of blackmail.'), ['government=HUN.GOV']);
});

test('an institution takes the country of an earlier actor of its sector when only that country was named', () => {
  // Asian wire report: a minister of the one country named
  assert.deepEqual(institutions("Thailand's foreign minister said on Monday that talks would resume. The government also named a new envoy to the talks."), ['government=THA.GOV']);
  // a country named alone stands for its state: its government
  assert.deepEqual(institutions('Ghana said on Monday it would not pay the debt. The government also suspended talks with creditors.'), ['government=GHA.GOV']);
  // a country as the owner of something stands for its state too
  assert.deepEqual(institutions("Britain's plan to cut energy bills was welcomed. The government said it would cost billions."), ['government=GBR.GOV']);
  // a country named only as a target or topic, or an international organisation, does not compete with it
  assert.deepEqual(institutions('The finance minister of Ukraine said EU members were at odds. Ukraine needs more money amid the conflict with Russia. The government may have to raise taxes.'), ['government=UKR.GOV']);
  // members "there": of the place named last before
  assert.deepEqual(institutions('Washington froze the aid to Ukraine until officials there agreed to open an inquiry.'), ['officials=UKR.GOV']);
  // Latin American report: lawmakers, then the congress
  assert.deepEqual(institutions('Peruvian lawmakers debated the motion for hours. The congress then voted to remove the president.'), ['congress=PER.LEG']);
});

test('a resolved institution names the next one, beyond the reach of the first', () => {
  const text = "Peru's Interior Ministry declared a state of emergency. It rained on Monday. It rained on Tuesday. The ministry said roads were blocked. "
    + 'It rained again. It snowed. The ministry added that 12 protesters were detained.';
  assert.deepEqual(institutions(text), ['ministry=PER.GOV', 'ministry=PER.GOV']);
});

test('no country when two fit, when another country was named, or when nothing of its sector was', () => {
  // explainer: two ministries of two countries
  assert.deepEqual(institutions("Colombia's defence ministry and Venezuela's foreign ministry traded accusations. The ministry said the border would stay shut."), ['ministry=---.GOV']);
  // the government of the country attacked or of the attacker: the text does not say
  assert.deepEqual(institutions('Russian troops shelled Kharkiv on Monday. The government condemned the attack.'), ['government=---.GOV']);
  // officials of two countries
  assert.deepEqual(institutions('Chinese and Philippine officials met in Manila. Officials said the talks were frank.'), ['Officials=---.GOV']);
  // another state named since, or a place in its own sentence
  assert.deepEqual(institutions('The Russian government banned the group. Tajikistan did the same a year later. The government said the group was extremist.'), ['government=---.GOV']);
  assert.deepEqual(institutions('The Russian government banned the group. Rights in Tajikistan worsened after the government banned a party. The government also jailed its leader.'), ['government=---.GOV', 'government=---.GOV']);
  // a country named as the target or topic of something, or as an adjective, is no antecedent of "the government"
  assert.deepEqual(institutions('Fresh sanctions against Russia were imposed by the government on Monday.'), ['government=---.GOV']);
  assert.deepEqual(institutions('Talks with Iran stalled in March. The government then recalled its envoy.'), ['government=---.GOV']);
  assert.deepEqual(institutions('A missile hit the Ukrainian city of Odesa. The authorities said 12 people were hurt.'), ['authorities=---.GOV']);
  assert.deepEqual(institutions('Hackers tried to discredit Ukraine and its allies. The city authorities said the matter was being investigated.'), ['authorities=---.GOV']);
  // a country later in its own sentence competes
  assert.deepEqual(institutions('Britain said it would act. Sanctions were imposed by the government, as Canada signalled its anger.'), ['government=---.GOV']);
  // too far back
  assert.deepEqual(institutions("Kenya's Interior Ministry spoke. It rained. It snowed. It was cold. The ministry accused Somalia."), ['ministry=---.GOV']);
});
