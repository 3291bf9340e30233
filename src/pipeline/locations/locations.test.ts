/**
 * Tests of the `locations` component on sentences written for these tests: one rule per test, each could fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.js';
import type { Document, EventRecord } from '../../core/types.js';
import { actors } from '../actors/index.js';
import { events } from '../events/index.js';
import { createPipeline } from '../pipeline.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';
import { syntax } from '../syntax/index.js';
import { domesticCounterpart, locateEvents } from './assign.js';
import { locations } from './index.js';
import { dateline, placesIn } from './places.js';
import { loadKnowledge } from '../../knowledge/index.js';

const upToEvents = createPipeline([tokenizer, actors, times, events]);
const withLocations = createPipeline([tokenizer, actors, times, events, locations]);

function coded(text: string): Document & { layers: { events: EventRecord[] } } {
  const doc = withLocations.run(createDocument({ text, published: '2025-03-18', source: { kind: 'text', uri: 'test' } }));
  return doc as Document & { layers: { events: EventRecord[] } };
}

const parsing = createPipeline([tokenizer, actors, times, syntax, events, locations]);
/** The events of `text` coded with its dependency tree (the rules that read the tree need it). */
function parsedEvents(text: string): EventRecord[] {
  return parsing.run(createDocument({ text, published: '2025-03-18', source: { kind: 'text', uri: 'test' } })).layers.events ?? [];
}

function located(text: string, type?: string) {
  const doc = coded(text);
  const e = doc.layers.events.find((x) => !type || x.type === type);
  assert.ok(e, `no ${type ?? ''} event in: ${text}`);
  return e.location;
}

test('a town in a locative phrase: name, region, country, coordinates and where the text names it', () => {
  const text = 'Government troops shelled rebel positions near Kafranbel on Tuesday.';
  const loc = located(text, 'ASSAULT');
  assert.equal(loc?.name, 'Kafranbel');
  assert.equal(loc?.precision, 'town');
  assert.equal(loc?.country, 'SYR');
  assert.equal(loc?.admin1, 'Idlib Governorate');
  assert.ok(Math.abs(loc!.lat! - 35.61) < 0.05 && Math.abs(loc!.lon! - 36.56) < 0.05);
  assert.ok(loc?.geonameId);
  assert.equal(text.slice(loc!.span!.start, loc!.span!.end), 'Kafranbel');
});

test('a region named with its noun is the region, not its capital town: province, governorate, oblast, region', () => {
  const gitega = located('Riot police detained two opposition activists in Gitega province on Sunday.', 'COERCE');
  assert.deepEqual([gitega?.name, gitega?.admin1, gitega?.country, gitega?.precision], ['Gitega Province', 'Gitega Province', 'BDI', 'admin1']);
  assert.equal(located('Russian forces shelled villages in the Kharkiv region overnight.', 'ASSAULT')?.admin1, 'Kharkiv Oblast');
  assert.equal(located('Syrian rebels attacked an army post in Idleb governorate.', 'ASSAULT')?.admin1, 'Idlib Governorate');
  assert.equal(located('Afghan soldiers arrested three men in the province of Helmand.', 'COERCE')?.admin1, 'Helmand Province');
});

test('a region name that stands alone unambiguously counts without its noun; a town of that name wins over its region', () => {
  assert.equal(located('Burundian police detained protesters in Bujumbura Rural on Friday.', 'COERCE')?.admin1, 'Bujumbura Rural');
  const town = located('Russian forces shelled Kherson on Monday.', 'ASSAULT');
  assert.deepEqual([town?.precision, town?.admin1], ['town', 'Kherson Oblast']);
});

test('a country named only in a locative phrase gives a country-level location with a representative point', () => {
  const loc = located('Russia fired missiles at power plants in Ukraine on Sunday.', 'ASSAULT');
  assert.deepEqual([loc?.name, loc?.country, loc?.precision], ['Ukraine', 'UKR', 'country']);
  assert.ok(loc?.lat !== undefined && loc.lat > 44 && loc.lat < 53);
});

test('the dateline locates the events of the article that name no place, without a span outside its sentence', () => {
  const doc = coded('GITEGA, Burundi (AP) — The Burundian government condemned the opposition on Monday.\n\nLater, Burundian police detained two activists.');
  const [first, second] = doc.layers.events;
  assert.equal(first?.location?.name, 'Gitega');
  assert.equal(first?.location?.precision, 'town');
  assert.ok(first?.location?.span);
  assert.equal(second?.location?.country, 'BDI');
  assert.equal(second?.location?.span, undefined);
});

test('earlier sentences of the paragraph carry their place; a new paragraph does not take it', () => {
  const doc = coded('Syrian troops shelled rebel positions in Kafranbel on Monday. Syrian rebels later attacked an army post.\n\nRussia criticised Ukraine.');
  const rebels = doc.layers.events.find((e) => e.sentence === 1);
  assert.equal(rebels?.location?.name, 'Kafranbel');
  const later = doc.layers.events.find((e) => e.sentence === 2);
  assert.ok(later, 'the third sentence codes an event');
  assert.equal(later?.location, undefined);
});

test('an origin, a birthplace, a seat or a post is not where the event happened', () => {
  assert.equal(located('Protesters from Kafranbel criticised the government on Friday.')?.name, undefined);
  assert.equal(located('A Kyiv-based Ukrainian official accused Russia of lying.')?.name, undefined);
  assert.equal(located('Born in Gitega, the Burundian activist criticised the government.')?.name, undefined);
  assert.equal(located('The ambassador in Kyiv accused Russia of lying.')?.name, undefined);
  assert.equal(located('A journalist in Minsk accused the police of beating protesters.', 'ACCUSE')?.name, undefined);
});

test('the place of the means an act was done by is the act\'s place: "killed in shelling in Idlib"', () => {
  const e = parsedEvents('Three civilians were killed in shelling in Idlib on Monday.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.location?.country, 'SYR');
  assert.deepEqual(e?.recipient.map((a) => `${a.code} ${a.sector}`), ['SYR CVL']);
});

test('an act that happens somewhere, with no place in its paragraph, takes the place the article is about', () => {
  const text = 'Thousands marched in Riga on Saturday against the new law.\n\nThe march in Riga was the largest in years, organisers said.\n\n'
    + 'The interior minister defended the law on Monday.\n\nLocal police detained 14 protesters for disobeying orders to disperse. The opposition accused the minister of lying.';
  const doc = coded(text);
  const detained = doc.layers.events.find((x) => x.type === 'COERCE');
  assert.equal(detained?.location?.name, 'Riga');
  assert.equal(detained?.location?.span, undefined, 'the sentence does not name it');
  assert.deepEqual(detained?.actor.map((a) => `${a.code} ${a.sector}`), ['LVA COP']);
  const accused = doc.layers.events.find((x) => x.type === 'ACCUSE');
  assert.equal(accused?.location, undefined, 'a statement may be made anywhere');
  const once = coded('Thousands marched in Riga on Saturday.\n\nThe minister defended the law on Monday.\n\nLocal police detained 14 protesters.');
  assert.equal(once.layers.events.find((x) => x.type === 'COERCE')?.location, undefined, 'a place named once is not what the article is about');
});

test('a seat or post is where an event happened when the event is done to its holder: "detained three journalists in Minsk"', () => {
  const e = parsedEvents('Police detained three journalists in Minsk on Sunday.').find((x) => x.type === 'COERCE');
  assert.equal(e?.location?.name, 'Minsk');
  assert.deepEqual(e?.actor.map((a) => `${a.code} ${a.sector}`), ['BLR COP']);
  assert.deepEqual(e?.recipient.map((a) => `${a.code} ${a.sector}`), ['BLR JRN']);
});

test('a place inside a quotation locates only events quoted with it', () => {
  const loc = located('Putin accused Ukraine of provocations, saying "we will not stay idle in Kherson".', 'ACCUSE');
  assert.equal(loc, undefined);
});

test('with a dependency tree, the place attached to the trigger wins over a nearer one', () => {
  const doc = upToEvents.run(createDocument({ text: 'In Kafranbel on Monday morning, Syrian troops attacked a post near Saraqib.', published: '2025-03-18', source: { kind: 'text', uri: 'test' } }));
  const tokens = doc.layers.tokens!;
  const e = doc.layers.events!.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  const trigger = tokens.findIndex((t) => t.start === e.evidence.trigger.start);
  // a tree with every token under the trigger except the nearer place; without it the nearer place wins
  doc.layers.deps = tokens.map((t, i) => ({ head: i === trigger ? -1 : t.norm === 'saraqib' ? -1 : trigger, rel: 'dep', upos: t.pos }));
  locateEvents(doc);
  assert.equal(e.location?.name, 'Kafranbel');
  delete doc.layers.deps;
  locateEvents(doc);
  assert.equal(e.location?.name, 'Saraqib');
});

test('a generic agent (---) takes the country of the event\'s location; without a location it keeps ---', () => {
  const codedUpToEvents = (text: string) => upToEvents.run(createDocument({ text, published: '2025-03-18', source: { kind: 'text', uri: 'test' } }));
  const doc = codedUpToEvents('Riot police detained two opposition activists in Gitega province on Sunday.');
  const alone = codedUpToEvents('Riot police detained two Burundian activists on Sunday.');
  const there = doc.layers.events!.find((e) => e.type === 'COERCE');
  const nowhere = alone.layers.events!.find((e) => e.type === 'COERCE');
  assert.ok(there && nowhere);
  there.actor = [{ code: '---', sector: 'COP', name: 'Riot police' }];
  nowhere.actor = [{ code: '---', sector: 'COP', name: 'Riot police' }];
  locateEvents(doc);
  locateEvents(alone);
  assert.deepEqual(there.actor, [{ code: 'BDI', sector: 'COP', name: 'Riot police' }]);
  // the recipient's country is not the agent's: only a place says where the police are
  assert.deepEqual(nowhere.actor, [{ code: '---', sector: 'COP', name: 'Riot police' }]);
  assert.equal(nowhere.location, undefined);
});

test('refugees and invaders do not take the country of the place they are in', () => {
  const doc = upToEvents.run(createDocument({ text: 'Burundian police detained two men in Gitega province on Sunday.', published: '2025-03-18', source: { kind: 'text', uri: 'test' } }));
  const e = doc.layers.events!.find((x) => x.type === 'COERCE');
  assert.ok(e);
  e.actor = [{ code: '---', sector: 'MIL', name: 'invading forces' }];
  e.recipient = [{ code: '---', sector: 'REF', name: 'refugees' }];
  locateEvents(doc);
  assert.equal(e.location?.country, 'BDI');
  assert.deepEqual([e.actor[0]!.code, e.recipient[0]!.code], ['---', '---']);
});

test('a state institution named by its common noun does not take the country of the place it meets or acts in; the police do', () => {
  const run = (text: string) => upToEvents.run(createDocument({ text, published: '2025-03-18', source: { kind: 'text', uri: 'test' } }));
  // EU ministers meeting in Brussels are not Belgium's; the court or the government of a city named is as likely foreign
  const meeting = run('Defence ministers will meet their Ukrainian counterpart in Brussels on Friday to discuss the request.');
  const e = meeting.layers.events!.find((x) => x.type === 'AGREE' || x.type === 'CONSULT');
  assert.ok(e);
  e.actor = [{ code: '---', sector: 'GOV', name: 'Defence ministers' }];
  e.recipient = [{ code: '---', sector: 'JUD', name: 'the court' }];
  locateEvents(meeting);
  assert.equal(e.location?.country, 'BEL');
  assert.deepEqual([e.actor[0]!.code, e.recipient[0]!.code], ['---', '---']);
  // an agent still takes it, end to end
  const arrest = coded('Police arrested 12 protesters in Nairobi on Monday.').layers.events.find((x) => x.type === 'COERCE');
  assert.deepEqual(arrest?.actor.map((a) => `${a.code}.${a.sector}`), ['KEN.COP']);
});

test('a place the actors layer names without a locative word locates only what is done to it; a capital for its government never', () => {
  assert.equal(located('Russian forces shelled Kharkiv on Monday.', 'ASSAULT')?.name, 'Kharkiv');
  assert.equal(located('Moscow criticised the sanctions on Monday.', 'ACCUSE'), undefined);
  assert.equal(located('Ukrainian officials accused Moscow of shelling.', 'ACCUSE'), undefined);
  // a region noun after the name makes it the region
  assert.equal(located('Russian forces shelled the Kharkiv region overnight.', 'ASSAULT')?.admin1, 'Kharkiv Oblast');
});

test('a locative phrase of another event noun locates that event, not this one; a more exact place counts only beside the chosen one', () => {
  assert.equal(located('The European Union imposed sanctions on Russia over the war in Ukraine.', 'SANCTION'), undefined);
  const invaded = located('Russia sent troops into Ukraine on February 24 and later claimed the city of Donetsk as its own.', 'ASSAULT');
  assert.equal(invaded?.name, 'Ukraine');
});

test('datelines in the wire services\' forms: a date before the agency, an unknown town stands for its country or state', () => {
  const kb = loadKnowledge();
  assert.equal(dateline(kb, 'KHARKIV, Ukraine, March 3 (Reuters) - Russian forces shelled the city.', 0)?.place.admin1, 'Kharkiv Oblast');
  const village = dateline(kb, 'ZALISSYA, Ukraine (AP) — Villagers buried their dead.', 0);
  assert.deepEqual([village?.place.country, village?.place.precision], ['UKR', 'country']);
  assert.equal(dateline(kb, 'SILVER SPRING, Md. — Protesters marched on Sunday.', 0)?.place.admin1, 'Maryland');
  assert.equal(dateline(kb, 'UNITED NATIONS (AP) — The council met.', 0), null);
  assert.equal(dateline(kb, 'The council met in Kyiv on Monday — officials said.', 0), null);
});

test('an attack by a foreign actor with no recipient reached the country it happened in; police at home do not', () => {
  const left = coded('Russian forces withdrew overnight from positions near Kherson.').layers.events.find((e) => e.type === 'RETREAT');
  assert.deepEqual(left?.recipient.map((r) => `${r.code} ${r.via}`), ['UKR place']);
  const arrest = coded('Belarusian police detained dozens of people in Minsk on Sunday.').layers.events.find((e) => e.type === 'COERCE');
  assert.equal(arrest?.recipient.some((r) => r.via === 'place'), false, 'an actor of the country itself: the place says nothing of who was reached');
  const named = coded('Russian forces shelled Ukrainian positions in the Sumy region.').layers.events.find((e) => e.type === 'ASSAULT');
  assert.equal(named?.recipient.some((r) => r.via === 'place'), false, 'a named recipient stays alone');
  const talks = coded('Russian diplomats met in Geneva on Monday.').layers.events;
  assert.equal(talks.some((e) => e.recipient.some((r) => r.via === 'place')), false, 'a meeting is not aimed at its venue');
  const aid = coded('NATO delivered humanitarian aid in Bosnia.').layers.events.find((e) => e.type === 'AID');
  assert.deepEqual(aid?.recipient.map((r) => `${r.code} ${r.via}`), ['BIH place'], 'an international actor\'s act reached the country too');
});

test('a bearing ("north of Kyiv") after a named place locates that place; alone it still locates the event', () => {
  const hit = parsedEvents('In Chernihiv, north of Kyiv, a Russian missile hit a school on Monday.').find((e) => e.type === 'ASSAULT');
  assert.equal(hit?.location?.name, 'Chernihiv');
  assert.deepEqual(hit?.actor.map((a) => a.code), ['RUS'], 'the capital of a bearing is no actor');
  const near = parsedEvents('Russian forces shelled a village north of Kharkiv.').find((e) => e.type === 'ASSAULT');
  assert.equal(near?.location?.name, 'Kharkiv', 'the only place named');
});

test('a ceasefire signed or agreed abroad is not aimed at the country of its venue', () => {
  for (const text of ['Ethiopia signed a ceasefire in Pretoria on Wednesday.', 'Sudan declared a truce in Jeddah.']) {
    const truce = coded(text).layers.events.find((e) => e.cameo === '0871');
    assert.ok(truce, `a ceasefire in "${text}"`);
    assert.equal(truce.recipient.some((r) => r.via === 'place'), false, `the venue of "${text}" is no party`);
  }
  const left = coded('Sudanese troops withdrew from positions near Jeddah.').layers.events.find((e) => e.type === 'RETREAT');
  assert.deepEqual(left?.recipient.map((r) => r.code), ['SAU'], 'a withdrawal still reaches the country it left');
});

test('an arrest with no one named making it was made by the police of the place its sentence names', () => {
  const e = coded('Two opposition activists were arrested in Minsk on Sunday.').layers.events.find((x) => x.type === 'COERCE');
  assert.deepEqual(e?.actor.map((a) => `${a.code} ${a.sector} ${a.via}`), ['BLR COP place']);
  const named = coded('Russian forces detained two journalists in Kherson on Sunday.').layers.events.find((x) => x.type === 'COERCE');
  assert.equal(named?.actor.some((a) => a.via === 'place'), false, 'a named arrester stays alone');
  const abroad = coded('Two Ukrainian sailors were detained in Moscow on Sunday.').layers.events.find((x) => x.type === 'COERCE');
  assert.deepEqual(abroad?.actor.map((a) => a.code), ['RUS'], 'foreigners held in a country are held by that country');
  const attack = coded('Two houses were shelled in Kharkiv on Sunday.').layers.events.find((x) => x.type === 'ASSAULT');
  assert.equal(attack?.actor.length ?? 0, 0, 'only arrests: the place says nothing of who attacked');
});

test('a protest that names no target is aimed at the authorities where it happens, if the protesters are from there', () => {
  const home = coded('Opposition parties in Kenya organized a general strike on Monday.').layers.events.find((x) => x.type === 'PROTEST');
  assert.deepEqual(home?.recipient.map((r) => `${r.code} ${r.sector} ${r.via}`), ['KEN GOV place']);
  const abroad = coded('Ukrainian refugees in Berlin organized a general strike on Monday.').layers.events.find((x) => x.type === 'PROTEST');
  assert.equal(abroad?.recipient.some((r) => r.via === 'place') ?? false, false, 'exiles protesting abroad do not target their host');
});

test('aid, deployments and concessions named in a foreign place reached that country; a meeting there did not', () => {
  const lifted = coded('Serbia lifted a night curfew in Montenegro on Sunday.').layers.events.find((x) => x.type === 'CONCEDE');
  assert.deepEqual(lifted?.recipient.map((r) => `${r.code} ${r.via}`), ['MNE place']);
  const talks = coded('Serbia held talks with Croatia in Geneva on Sunday.').layers.events;
  assert.equal(talks.some((e) => e.recipient.some((r) => r.code === 'CHE')), false, 'a venue is not a party');
});

test('the country a visit is made to is its host; a meeting elsewhere keeps its venue out', () => {
  const visit = coded('The Japanese prime minister arrived in Canberra for a two-day visit on Tuesday.').layers.events.find((x) => x.type === 'CONSULT');
  assert.deepEqual(visit?.recipient.map((r) => `${r.code} ${r.via}`), ['AUS place']);
  const met = coded('The Japanese prime minister met officials in Canberra on Tuesday.').layers.events;
  assert.equal(met.some((e) => e.recipient.some((r) => r.code === 'AUS' && r.via === 'place')), false, met.map((e) => e.cameo).join(' '));
});

test('a party of no country acted on by a state\'s police or government is of that state; not by its army or the UN', () => {
  const police = coded('Egyptian police opened fire on demonstrators on Monday night.').layers.events.find((x) => x.type === 'ASSAULT');
  assert.deepEqual(police?.recipient.map((r) => r.code), ['EGY']);
  const army = coded('Russian troops shelled rebel positions on Monday night.').layers.events.find((x) => x.type === 'ASSAULT');
  assert.equal(army?.recipient.some((r) => r.code === 'RUS') ?? false, false, 'an army may fight abroad');
  const un = coded('The UN Secretary-General ordered the aid workers to leave on Monday.').layers.events;
  assert.equal(un.some((e) => e.recipient.some((r) => r.code === 'UNO')), false, 'UN staff are no one\'s citizens');
});

test('an ethnic group takes the country where it lives from the event\'s place', () => {
  const e = coded('Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.').layers.events.find((x) => x.type === 'PROTEST');
  assert.deepEqual(e?.actor.map((a) => a.code), ['SRB']);
});

test('an official of no known country dealing with one country\'s people is of that country, and people dealing with its state', () => {
  const kb = loadKnowledge();
  const event = (actor: readonly [string, string], recipient: readonly [string, string]) => ({ actor: [{ code: actor[0], sector: actor[1] }], recipient: [{ code: recipient[0], sector: recipient[1] }] }) as unknown as EventRecord;
  const conceded = event(['---', 'GOV'], ['AGO', 'PTY']);
  domesticCounterpart(conceded, kb, true);
  assert.equal(conceded.actor[0]!.code, 'AGO');
  const protested = event(['---', 'OPP'], ['DZA', 'GOV']);
  domesticCounterpart(protested, kb, true); // officials only: protesters are left to the place
  assert.equal(protested.actor[0]!.code, '---');
  domesticCounterpart(protested, kb, false);
  assert.equal(protested.actor[0]!.code, 'DZA');
  // armies fight abroad, police and officials deal with foreigners too, and a state facing a state says nothing
  for (const [a, r] of [[['---', 'MIL'], ['AGO', 'REB']], [['---', 'COP'], ['AGO', 'OPP']], [['---', 'GOV'], ['AGO', 'CVL']], [['---', 'GOV'], ['AGO', 'GOV']], [['---', 'REF'], ['AGO', 'GOV']]] as const) {
    const e = event(a, r);
    domesticCounterpart(e, kb, false);
    assert.equal(e.actor[0]!.code, '---', `${a} -> ${r}`);
  }
});

test('a generic agent the parse makes a party takes the country of the place the event happened in', () => {
  const show = (e: EventRecord) => `${e.type} ${e.actor.map((a) => `${a.code}.${a.sector}`).join('+')}->${e.recipient.map((a) => `${a.code}.${a.sector}`).join('+')}`;
  assert.deepEqual(parsedEvents('Police in Dhaka arrested 12 members of the main opposition party.').map(show), ['COERCE BGD.COP->BGD.OPP']);
  assert.deepEqual(parsedEvents('Thousands of teachers marched through the streets of Nairobi.').filter((e) => e.type === 'PROTEST').map((e) => `${e.actor[0]?.code}.${e.actor[0]?.sector}`), ['KEN.EDU']);
});

test('a place described by its kind: "the Ukrainian city of X", "the southern port city of X", "the Latvian capital"', () => {
  const kb = loadKnowledge();
  const named = (s: string) => placesIn(kb, s, 0, s.length).map((m) => `${s.slice(m.start, m.end)}=${m.place.name}/${m.place.country}`);
  assert.deepEqual(named('Shells hit homes in the eastern Ukrainian city of Kharkiv.'), ['Kharkiv=Kharkiv/UKR']);
  assert.deepEqual(named('Drones struck fuel depots in the southern port city of Odesa.'), ['Odesa=Odesa/UKR']);
  // the capital of the country the demonym names, or the name written after it
  assert.deepEqual(named('Police detained 40 protesters in the Latvian capital on Sunday.'), ['Latvian capital=Riga/LVA']);
  assert.deepEqual(named('Explosions were heard in the Ukrainian capital, Kyiv, at dawn.'), ['Kyiv=Kyiv/UKR']);
  // a home is not where something happened; a description with no place noun is no place
  assert.deepEqual(named('The painter showed the mural in his home city of London.'), []);
  assert.deepEqual(named('Talks continued in the Ukrainian delegation of experts.'), []);
});

test('an arrest by local police takes the place the sentence before named only by its description', () => {
  const es = parsedEvents('The demolition of the monument led to protests in the Latvian capital last week. Local police detained 14 protesters on Tuesday.');
  const arrest = es.find((e) => e.type === 'COERCE');
  assert.ok(arrest, 'an arrest is coded');
  assert.equal(arrest.location?.country, 'LVA');
  assert.equal(arrest.actor[0]?.code, 'LVA');
});

test('a protest naming no one protesting was made by the people of the place it happened; named protesters keep their side', () => {
  const march = parsedEvents('Hundreds of people marched in Colombo on Saturday to demand the president\'s resignation.').find((e) => e.type === 'PROTEST');
  assert.deepEqual(march?.actor.map((r) => `${r.code} ${r.sector} ${r.via}`), ['LKA CVL place']);
  const exiles = parsedEvents('Belarusian exiles protested in Vilnius on Sunday.').find((e) => e.type === 'PROTEST');
  assert.ok(exiles && !exiles.actor.some((r) => r.via === 'place'), JSON.stringify(exiles?.actor));
  // a place the protest is about is not where its people come from
  const about = parsedEvents('A woman ran onto the stage to protest against the violence in Ukraine.').filter((e) => e.type === 'PROTEST');
  assert.ok(!about.some((e) => e.actor.some((r) => r.via === 'place')), JSON.stringify(about.map((e) => e.actor)));
});

test('the place of the means an act was done in is its place even when the parse hangs the means on the object; a reason is no means', () => {
  const raid = parsedEvents('Troops killed 12 al-Shabaab fighters in an operation near Kismayo.').find((e) => e.type === 'ASSAULT');
  assert.equal(raid?.location?.name, 'Kismayo');
  const over = parsedEvents('Japan imposed sanctions over the war in Ukraine.').find((e) => e.type === 'SANCTION');
  assert.ok(over && over.location?.country !== 'UKR', JSON.stringify(over?.location));
});

test('"between" two countries names no place', () => {
  const text = 'Talks between Russia and Ukraine resumed in Istanbul.';
  assert.deepEqual(placesIn(loadKnowledge(), text, 0, text.length).map((m) => m.place.name), ['Istanbul']);
});
