/**
 * Knowledge base questions answered from the public record: who held an office on a date, which roles a
 * person held, and which actor a phrase names. Table-driven; every row is a fact anyone can look up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge, parseOfficeTitle } from './index.js';

const kb = loadKnowledge();

/** [title phrase, date, expected holder] */
const WHO: Array<[string, string, string]> = [
  ['German Chancellor', '2019-01-01', 'Angela Merkel'],
  ['German Chancellor', '2003-06-01', 'Gerhard Schröder'],
  ['German Chancellor', '2023-03-01', 'Olaf Scholz'],
  ['German Chancellor', '2025-06-01', 'Friedrich Merz'],
  ['Chancellor of Germany', '2010-10-10', 'Angela Merkel'],
  ['German Foreign Minister', '2022-06-01', 'Annalena Baerbock'],
  ['German Defence Minister', '2024-01-01', 'Boris Pistorius'],
  ['German president', '2020-01-01', 'Frank-Walter Steinmeier'],
  ['the French president', '2015-01-01', 'François Hollande'],
  ['the French president', '2022-01-01', 'Emmanuel Macron'],
  ['President of France', '2018-05-05', 'Emmanuel Macron'],
  ['French Prime Minister', '2024-03-01', 'Gabriel Attal'],
  ['French Prime Minister', '2024-10-15', 'Michel Barnier'],
  ['French Prime Minister', '2025-02-01', 'François Bayrou'],
  ['French Foreign Minister', '2023-03-01', 'Catherine Colonna'],
  ['U.S. President', '2005-06-01', 'George W. Bush'],
  ['U.S. President', '2010-06-01', 'Barack Obama'],
  ['U.S. President', '2019-06-01', 'Donald Trump'],
  ['U.S. President', '2023-06-15', 'Joe Biden'],
  ['U.S. President', '2025-03-18', 'Donald Trump'],
  ['US President', '2021-01-20', 'Joe Biden'],
  ['President of the United States', '2001-01-19', 'Bill Clinton'],
  ['American vice president', '2022-01-01', 'Kamala Harris'],
  ['U.S. Secretary of State', '2022-03-01', 'Antony Blinken'],
  ['U.S. Secretary of State', '2025-03-18', 'Marco Rubio'],
  ['U.S. Secretary of State', '2019-01-01', 'Mike Pompeo'],
  ['US Secretary of Defense', '2023-01-01', 'Lloyd Austin'],
  ['US Secretary of Defense', '2025-03-01', 'Pete Hegseth'],
  ['US national security adviser', '2022-06-01', 'Jake Sullivan'],
  ['British Prime Minister', '2005-01-01', 'Tony Blair'],
  ['British Prime Minister', '2009-01-01', 'Gordon Brown'],
  ['British Prime Minister', '2014-01-01', 'David Cameron'],
  ['British Prime Minister', '2018-01-01', 'Theresa May'],
  ['British Prime Minister', '2021-01-01', 'Boris Johnson'],
  ['UK Prime Minister', '2022-10-01', 'Liz Truss'],
  ['UK Prime Minister', '2023-06-01', 'Rishi Sunak'],
  ['UK Prime Minister', '2024-08-01', 'Keir Starmer'],
  ['Prime Minister of the United Kingdom', '2022-09-05', 'Boris Johnson'],
  ['British Foreign Secretary', '2023-01-01', 'James Cleverly'],
  ['British Foreign Secretary', '2024-01-01', 'David Cameron'],
  ['British Defence Secretary', '2022-03-01', 'Ben Wallace'],
  ['British Defence Secretary', '2024-09-01', 'John Healey'],
  ['British king', '2023-05-06', 'Charles III'],
  ['Russian President', '2005-01-01', 'Vladimir Putin'],
  ['Russian President', '2010-01-01', 'Dmitry Medvedev'],
  ['Russian President', '2025-03-18', 'Vladimir Putin'],
  ['Russian Prime Minister', '2010-01-01', 'Vladimir Putin'],
  ['Russian Prime Minister', '2015-01-01', 'Dmitry Medvedev'],
  ['Russian Prime Minister', '2022-04-01', 'Mikhail Mishustin'],
  ['Russian Foreign Minister', '2023-01-01', 'Sergey Lavrov'],
  ['Russian Foreign Minister', '2002-01-01', 'Igor Ivanov'],
  ['Russian Defence Minister', '2022-03-01', 'Sergey Shoygu'],
  ['Russian Defence Minister', '2024-06-01', 'Andrey Belousov'],
  ['Russian Defence Minister', '2005-01-01', 'Sergei Ivanov'],
  ['Ukrainian President', '2016-01-01', 'Petro Poroshenko'],
  ['Ukrainian President', '2022-03-01', 'Volodymyr Zelenskyy'],
  ['President of Ukraine', '2008-01-01', 'Viktor Yushchenko'],
  ['Ukrainian Prime Minister', '2023-01-01', 'Denys Shmyhal'],
  ['Ukrainian Prime Minister', '2025-08-01', 'Yulia Svyrydenko'],
  ["Ukraine's foreign minister", '2023-01-01', 'Dmytro Kuleba'],
  ["Ukraine's foreign minister", '2024-10-01', 'Andrii Sybiha'],
  ['Ukrainian defence minister', '2022-05-01', 'Oleksii Reznikov'],
  ['Ukrainian defence minister', '2024-01-01', 'Rustem Umerov'],
  ['Belarusian President', '2020-08-09', 'Alexander Lukashenko'],
  ['Polish President', '2020-01-01', 'Andrzej Duda'],
  ['Polish Prime Minister', '2022-01-01', 'Mateusz Morawiecki'],
  ['Polish Prime Minister', '2024-02-01', 'Donald Tusk'],
  ['Estonian Prime Minister', '2022-06-01', 'Kaja Kallas'],
  ['Latvian President', '2024-01-01', 'Edgars Rinkēvičs'],
  ['Lithuanian President', '2022-01-01', 'Gitanas Nausėda'],
  ['Turkish President', '2020-01-01', 'Recep Tayyip Erdoğan'],
  ['Turkish Foreign Minister', '2024-01-01', 'Hakan Fidan'],
  ['Turkish Prime Minister', '2010-01-01', 'Recep Tayyip Erdoğan'],
  ['Israeli Prime Minister', '2015-01-01', 'Benjamin Netanyahu'],
  ['Israeli Prime Minister', '2021-09-01', 'Naftali Bennett'],
  ['Israeli Prime Minister', '2022-09-01', 'Yair Lapid'],
  ['Israeli Prime Minister', '2024-01-01', 'Benjamin Netanyahu'],
  ['Israeli Defence Minister', '2023-10-08', 'Yoav Gallant'],
  ['Iranian President', '2010-01-01', 'Mahmoud Ahmadinejad'],
  ['Iranian President', '2022-01-01', 'Ebrahim Raisi'],
  ['Iranian President', '2025-01-01', 'Masoud Pezeshkian'],
  ["Iran's supreme leader", '2020-01-01', 'Ali Khamenei'],
  ['Syrian President', '2015-01-01', 'Bashar al-Assad'],
  ['Chinese President', '2019-01-01', 'Xi Jinping'],
  ['Chinese Premier', '2024-01-01', 'Li Qiang'],
  ['Chinese Foreign Minister', '2023-05-01', 'Qin Gang'],
  ['Japanese Prime Minister', '2015-01-01', 'Shinzō Abe'],
  ['Japanese Prime Minister', '2023-01-01', 'Fumio Kishida'],
  ['Japanese Prime Minister', '2025-01-01', 'Shigeru Ishiba'],
  ['Indian Prime Minister', '2020-01-01', 'Narendra Modi'],
  ['Indian Prime Minister', '2010-01-01', 'Manmohan Singh'],
  ['Italian Prime Minister', '2023-01-01', 'Giorgia Meloni'],
  ['Canadian Prime Minister', '2020-01-01', 'Justin Trudeau'],
  ['Canadian Prime Minister', '2025-06-01', 'Mark Carney'],
  ['South Korean President', '2023-01-01', 'Yoon Suk-yeol'],
  ['Saudi Crown Prince', '2020-01-01', 'Mohammad bin Salman'],
  ['Australian Prime Minister', '2020-01-01', 'Scott Morrison'],
  ['Brazilian President', '2020-01-01', 'Jair Bolsonaro'],
  ['Brazilian President', '2024-01-01', 'Luiz Inácio Lula da Silva'],
  ['Argentine President', '2024-06-01', 'Javier Milei'],
  ['Mexican President', '2025-01-01', 'Claudia Sheinbaum'],
  ['Indonesian President', '2020-01-01', 'Joko Widodo'],
  ['South African President', '2020-01-01', 'Cyril Ramaphosa'],
  ['Hungarian Prime Minister', '2020-01-01', 'Viktor Orbán'],
  ['Kazakh President', '2020-01-01', 'Kassym-Jomart Tokayev'],
  ['Georgian Prime Minister', '2024-06-01', 'Irakli Kobakhidze'],
  ['NATO Secretary General', '2020-01-01', 'Jens Stoltenberg'],
  ['NATO Secretary General', '2025-01-01', 'Mark Rutte'],
  ['Secretary General of NATO', '2012-01-01', 'Anders Fogh Rasmussen'],
  ['UN Secretary-General', '2010-01-01', 'Ban Ki-moon'],
  ['UN Secretary-General', '2020-01-01', 'António Guterres'],
  ['European Commission President', '2021-01-01', 'Ursula von der Leyen'],
  ['European Commission President', '2016-01-01', 'Jean-Claude Juncker'],
  ['European Council President', '2022-01-01', 'Charles Michel'],
  ['European Council President', '2025-01-01', 'António Costa'],
  ['North Korean supreme leader', '2015-01-01', 'Kim Jong Un'],
];

test('who held an office on a date (public record)', () => {
  assert.ok(WHO.length >= 100);
  const wrong: string[] = [];
  for (const [title, on, expected] of WHO) {
    const got = kb.who(title, on).map((h) => h.person);
    if (!got.includes(expected)) wrong.push(`${title} @ ${on}: expected ${expected}, got ${JSON.stringify(got)}`);
  }
  assert.deepEqual(wrong, []);
});

/** [name, date, office, expected status] */
const ROLES: Array<[string, string, string, 'current' | 'former' | 'future']> = [
  ['Donald Trump', '2023-06-15', 'President of the United States', 'former'],
  ['Donald Trump', '2025-03-18', 'President of the United States', 'current'],
  ['Donald Trump', '2016-06-01', 'President of the United States', 'future'],
  ['Trump', '2019-01-01', 'President of the United States', 'current'],
  ['Joe Biden', '2023-06-15', 'President of the United States', 'current'],
  ['Joe Biden', '2012-01-01', 'Vice President of the United States', 'current'],
  ['Vladimir Putin', '2010-01-01', 'Prime Minister of Russia', 'current'],
  ['Vladimir Putin', '2015-01-01', 'President of Russia', 'current'],
  ['Vladimir Putin', '2015-01-01', 'Prime Minister of Russia', 'former'],
  ['Sergei Lavrov', '2022-02-24', 'Minister of Foreign Affairs of Russia', 'current'],
  ['Sergei Shoigu', '2024-06-01', 'Minister of Defence of Russia', 'former'],
  ['Zelensky', '2018-01-01', 'President of Ukraine', 'future'],
  ['Zelenskiy', '2022-03-01', 'President of Ukraine', 'current'],
  ['Angela Merkel', '2023-01-01', 'Chancellor of Germany', 'former'],
  ['Boris Johnson', '2017-01-01', 'Foreign Secretary of the United Kingdom', 'current'],
  ['Boris Johnson', '2023-01-01', 'Prime Minister of the United Kingdom', 'former'],
  ['Keir Starmer', '2023-01-01', 'Prime Minister of the United Kingdom', 'future'],
  ['Jens Stoltenberg', '2025-01-01', 'Secretary General of NATO', 'former'],
  ['Ursula von der Leyen', '2015-01-01', 'Federal Minister of Defence of Germany', 'current'],
  ['Bashar al-Assad', '2025-01-01', 'President of Syria', 'former'],
  ['Ebrahim Raisi', '2024-06-01', 'President of Iran', 'former'],
  ['Naftali Bennett', '2020-01-01', 'Minister of Defense of Israel', 'current'],
  ['Erdogan', '2010-01-01', 'Prime Minister of Turkey', 'current'],
];

test('roles of a person with their status on a date', () => {
  const wrong: string[] = [];
  for (const [name, on, office, status] of ROLES) {
    const roles = kb.roles(name, on).filter((h) => h.office === office);
    if (!roles.some((h) => h.status === status)) wrong.push(`${name} @ ${on}: ${office} ${status}; got ${JSON.stringify(roles.map((h) => h.status))}`);
  }
  assert.deepEqual(wrong, []);
});

test('ambiguous surnames resolve by date', () => {
  assert.equal(kb.findPeople('Clinton', '1999-01-01')[0]?.person.name, 'Bill Clinton');
  assert.equal(kb.findPeople('Clinton', '2010-01-01')[0]?.person.name, 'Hillary Clinton');
  assert.equal(kb.findPeople('Bush', '1990-01-01')[0]?.person.name, 'George H. W. Bush');
  assert.equal(kb.findPeople('Bush', '2005-01-01')[0]?.person.name, 'George W. Bush');
  assert.equal(kb.resolve('President Bush', '1991-01-01')?.id, 'Q23505');
  assert.equal(kb.findPeople('Ivanov', '2002-01-01').length, 2);
  assert.equal(kb.resolve('Ivanov', '2002-01-01')?.office, 'Minister of Foreign Affairs of Russia');
  assert.equal(kb.resolve('Ivanov', '2006-01-01')?.office, 'Minister of Defence of Russia');
  assert.equal(kb.resolve('Tusk', '2016-01-01')?.code, 'EUR');
  assert.equal(kb.resolve('Tusk', '2024-03-01')?.code, 'POL');
});

/** [phrase, date, code, sector] */
const RESOLVE: Array<[string, string, string, string | undefined]> = [
  ['Russian troops', '2022-03-01', 'RUS', 'MIL'],
  ["Ukraine's defence minister", '2023-01-01', 'UKR', 'GOV'],
  ['the Kremlin', '2022-03-01', 'RUS', 'GOV'],
  ['the White House', '2022-03-01', 'USA', 'GOV'],
  ['Downing Street', '2022-03-01', 'GBR', 'GOV'],
  ['the Elysee', '2022-03-01', 'FRA', 'GOV'],
  ['Bankova', '2022-03-01', 'UKR', 'GOV'],
  ['Kiev', '2014-03-01', 'UKR', 'GOV'],
  ['Putin', '2025-03-18', 'RUS', 'GOV'],
  ['Hamas', '2023-10-07', 'PSE', 'REB'],
  ['the Houthis', '2024-01-01', 'YEM', 'REB'],
  ['Wagner mercenaries', '2023-06-24', 'RUS', 'MIL'],
  ['Israeli police', '2023-01-01', 'ISR', 'COP'],
  ['Chinese lawmakers', '2023-01-01', 'CHN', 'LEG'],
  ['Iranian state media', '2023-01-01', 'IRN', 'GOV'],
  ['the IAEA', '2023-01-01', 'UNO', 'GOV'],
  ['EU foreign ministers', '2023-01-01', 'EUR', 'GOV'],
  ['Taliban', '2023-01-01', 'AFG', 'GOV'],
  // national forces and missions named by their own acronyms, and armed groups of wire news
  ['FARDC soldiers', '2023-01-01', 'COD', 'MIL'],
  ['KDF troops', '2023-01-01', 'KEN', 'MIL'],
  ['the UPDF', '2023-01-01', 'UGA', 'MIL'],
  ['AMISOM', '2015-01-01', 'AFR', 'MIL'],
  ['the SPLA', '2005-01-01', 'SSD', 'REB'],
  ['the SPLA', '2015-01-01', 'SSD', 'MIL'],
  ['the Pakistani Taliban', '2023-01-01', 'PAK', 'REB'],
  ['the Popular Mobilization Forces', '2023-01-01', 'IRQ', 'PRM'],
];

test('phrases resolve to country and sector codes', () => {
  const wrong: string[] = [];
  for (const [phrase, on, code, sector] of RESOLVE) {
    const r = kb.resolve(phrase, on);
    if (r?.code !== code || r?.sector !== sector) wrong.push(`${phrase}: expected ${code} ${sector}, got ${JSON.stringify(r)}`);
  }
  assert.deepEqual(wrong, []);
});

test('resolve gives person, office and Wikidata id', () => {
  assert.deepEqual(kb.resolve('Putin', '2025-03-18'), { code: 'RUS', sector: 'GOV', kind: 'person', name: 'Vladimir Putin', office: 'President of Russia', id: 'Q7747', status: 'current' });
  assert.equal(kb.resolve('a demand', '2025-03-18'), null);
});

test('office title phrases parse into an office and a qualifier', () => {
  assert.deepEqual(parseOfficeTitle('former U.S. President'), { office: 'President of the United States', country: 'USA', role: 'head-of-state', qualifier: 'former', title: 'President' });
  assert.equal(parseOfficeTitle('the German chancellor')?.office, 'Chancellor of Germany');
  assert.equal(parseOfficeTitle('President of France')?.office, 'President of France');
  assert.equal(parseOfficeTitle('U.S. Secretary of State')?.office, 'United States Secretary of State');
  assert.equal(parseOfficeTitle('current Russian Foreign Minister')?.qualifier, 'current');
  assert.equal(parseOfficeTitle('banana'), undefined);
});

test('hyphenated qualifiers mark former office-holders', () => {
  assert.equal(parseOfficeTitle('ex-President')?.qualifier, 'former');
  assert.equal(kb.resolve('then-Chancellor Angela Merkel', '2023-01-01')?.sector, 'ELI');
  assert.equal(kb.resolve('then-Chancellor Angela Merkel', '2023-01-01')?.office, 'Chancellor of Germany');
  assert.equal(kb.resolve('a former Ukrainian defence minister', '2023-01-01')?.sector, 'ELI');
});

test('open terms say until when the sources confirm them', () => {
  const [lavrov] = kb.who('Russian Foreign Minister', '2024-01-01');
  assert.equal(lavrov?.end, null);
  assert.match(lavrov?.verifiedUntil ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(kb.who('German Chancellor', '2019-01-01')[0]?.verifiedUntil, undefined);
});

test('a sector noun before a place gives the sector of the phrase', () => {
  assert.deepEqual(kb.resolve('trade unions in Denmark', '2022-01-01'), { code: 'DNK', kind: 'country', sector: 'LAB' });
  assert.equal(kb.resolve('a breakaway state', '2022-01-01')?.sector, 'PRE');
  assert.equal(kb.resolve('a disgraced former minister', '2022-01-01')?.sector, 'ELI');
});

test('a country inside the name of a sea or a land feature is no actor; beside it, the country still is', async () => {
  const { findActorMentions } = await import('./index.js');
  const codes = (text: string) => findActorMentions(text, '2024-01-01').map((m) => m.code);
  assert.deepEqual(codes('Chinese ships sailed into the South China Sea and the Indian Ocean.'), ['CHN']);
  assert.deepEqual(codes('Tankers crossed the Gulf of Guinea, the Sea of Japan and the Korean Peninsula.'), []);
  assert.deepEqual(codes('Japan protested to China over the incident.'), ['JPN', 'CHN']);
});

test('a think tank is a research body, not armour', async () => {
  const { findActorMentions } = await import('./index.js');
  const found = findActorMentions('A US think tank said Russian tanks had shelled the town.', '2024-01-01').map((m) => `${m.code}.${m.sector}`);
  assert.deepEqual(found, ['USA.EDU', 'RUS.MIL']);
});

test('a post of one country gives that country to a holder the data lacks; party groups are their country\'s', async () => {
  const { findActorMentions } = await import('./index.js');
  const found = (text: string) => findActorMentions(text, '2022-06-01').map((m) => `${m.code}.${m.sector}`);
  assert.deepEqual(found('CIA Director Bill Burns met Russian officials.'), ['USA.SPY', 'RUS.GOV']);
  assert.deepEqual(found('Interior Minister John Kamau spoke.'), ['---.GOV']);
  assert.deepEqual(found('House Democrats and the Liberal Democrats criticised the plan.'), ['USA.LEG', 'GBR.PTY']);
});
