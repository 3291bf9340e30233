#!/usr/bin/env node
/**
 * Derives the knowledge base's PETRARCH2/Phoenix data files from ../shared/data/petrarch2 (openeventdata/petrarch2@676801c,
 * MIT). Run from the project root (build time only; the generated JSON is committed):
 *
 *   node src/knowledge/build/petrarch.mjs
 *
 *   Phoenix.agents.txt                 -> data/agents.json   (common nouns -> sector: police COP, soldier MIL, gunmen UAF …)
 *   Phoenix.MilNonState.actors.txt     -> data/petrarch-actors.json `groups` (non-state armed groups, REB …)
 *   Phoenix.International.actors.txt   -> data/petrarch-actors.json `organisations` (IGOs, NGOs) and `people`
 *   Phoenix.Countries.actors.txt       -> data/petrarch-actors.json `people` (leaders and officials with dated codes)
 * What is left out, and why, is counted and printed (and kept in each file's `_dropped`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');
const SOURCE = 'openeventdata/petrarch2@676801c petrarch2/data/dictionaries';
const LICENCE = 'MIT (c) 2015 Open Event Data Alliance; Computational Event Data System Project (Phoenix dictionaries)';

function petrarchDir() {
  for (let dir = here; ; dir = dirname(dir)) {
    const p = join(dir, 'shared', 'data', 'petrarch2');
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) { console.error('petrarch: shared/data/petrarch2 not found above ' + here); process.exit(1); }
  }
}
const dir = petrarchDir();
const read = (f) => readFileSync(join(dir, f), 'latin1');
const strip = (line) => line.replace(/#.*$/, '').replace(/<!--.*?-->/g, '').trimEnd();
const counter = () => { const c = {}; return { c, add: (why) => { c[why] = (c[why] ?? 0) + 1; } }; };

/**
 * CAMEO agent codes -> the project's PLOVER-style sectors (src/knowledge/data/README.md): CAMEO's MED (media) is
 * PLOVER's JRN, CAMEO's HLH (health) is MED; religions are REL; NGOs, human-rights and environmental groups SOC;
 * development and "people" codes CVL. The first three letters of a composite code decide (GOVMED: GOV).
 */
const SECTOR = {
  GOV: 'GOV', MIL: 'MIL', REB: 'REB', CRM: 'CRM', OPP: 'OPP', BUS: 'BUS', CVL: 'CVL', JUD: 'JUD', COP: 'COP', LEG: 'LEG',
  EDU: 'EDU', UAF: 'UAF', SPY: 'SPY', AGR: 'AGR', LAB: 'LAB', REF: 'REF', PTY: 'PTY', ELI: 'ELI', MED: 'JRN', HLH: 'MED',
  REL: 'REL', MUS: 'REL', CHR: 'REL', HIN: 'REL', JEW: 'REL', BUD: 'REL', NGO: 'SOC', NGM: 'SOC', HRI: 'SOC', ENV: 'SOC',
  DEV: 'CVL', PPL: 'CVL',
};

function plural(w) {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(ss|sh|ch|x)$/.test(w)) return w + 'es';
  if (w.endsWith('man')) return w.slice(0, -3) + 'men';
  return w + 's';
}

/**
 * Agent words left out for precision: event nouns (an uprising is no actor), adjectives ("Islamic", "naval"), and
 * words whose everyday sense is not an agent ("advocates for", "retired", "actor", "carrier", "producer", "captain").
 */
const AGENT_STOP = new Set(['rebellion', 'rebellions', 'revolt', 'revolts', 'uprising', 'uprisings', 'insurgency', 'insurgencies',
  'insurgence', 'insurgences', 'islamic', 'islamics', 'jewish', 'jewishes', 'hebrew', 'hebrews', 'religion', 'religions', 'naval', 'navals',
  'advocate', 'advocates', 'retired', 'retireds', 'actor', 'actors', 'carrier', 'carriers', 'producer', 'producers', 'captain', 'captains',
  'authority', 'kingdom', 'kingdoms', 'state-owned', 'state-owneds', 'community', 'communities', 'village', 'villages', 'settlement',
  'settlements', 'neighborhood', 'neighborhoods', 'neighbourhood', 'neighbourhoods', 'chamber', 'chambers', 'counsel', 'counsels',
  'engineer', 'engineers', 'customer', 'customers', 'mother', 'mothers', 'girl', 'girls', 'child', 'infant', 'infants', 'native', 'natives',
  'trader', 'doc', 'monger', 'mongers', 'oiler', 'oilers', 'mirage-2000', 'mirage-2000s', 'mig', 'migs', 'phalanx', 'phalanxes', 'echelon',
  'echelons', 'bomber', 'tv', 'tvs', 'television', 'televisions', 'telecom', 'telecoms', 'writer', 'writers', 'publication', 'publications',
  'deputy', 'prison', 'prisons', 'scholar', 'believer', 'believers', 'constituent', 'constituents', 'victim', 'victims', 'athlete', 'athletes']);

/** First words and surnames of the people the knowledge files name: a one-word agent spelled like them ("Hunter", "Bishop") is left out. */
function nameWords() {
  const out = new Set();
  const add = (name) => { const ws = name.toLowerCase().split(/\s+/).filter((w) => /^\p{L}+$/u.test(w)); if (ws.length > 1) { out.add(ws[0]); out.add(ws[ws.length - 1]); } };
  for (const line of JSON.parse(readFileSync(join(dataDir, 'officials.json'), 'utf8')).people) add(line.split('|')[0]);
  for (const p of JSON.parse(readFileSync(join(dataDir, 'people.json'), 'utf8')).people) { add(p.name); for (const a of p.aliases) add(a); }
  for (const h of JSON.parse(readFileSync(join(dataDir, 'holdings.json'), 'utf8')).holdings) add(h.person.replace(/,.*$/, ''));
  return out;
}

function agents() {
  const names = nameWords();
  const { c: dropped, add } = counter();
  const subs = {};
  const bySector = {};
  const seen = new Map();
  for (const raw of read('Phoenix.agents.txt').split('\n')) {
    const line = strip(raw).trim();
    if (!line) continue;
    const sub = line.match(/^(![A-Z]+!)\s*=\s*(.*)$/);
    if (sub) { subs[sub[1]] = sub[2].split(',').map((s) => s.trim()); continue; }
    const codeM = line.match(/\[([^\]}]*)[\]}]/);
    if (!codeM) { add('no code'); continue; }
    const code = codeM[1].trim();
    const pre = line.slice(0, codeM.index).trim();
    const plM = pre.match(/\{([^}]*)\}/);
    const phrase = pre.replace(/\{[^}]*\}/, '').trim();
    if (!phrase || /[,()]/.test(phrase)) { add('phrase with punctuation (SOLDIERS,_ALONG_WITH_THEIR_FAMILIES)'); continue; }
    let sector;
    if (code.startsWith('~')) sector = SECTOR[code.slice(1, 4)];
    else if (code.endsWith('~')) sector = SECTOR[code.slice(0, 3)];
    if (!sector) { add(`code without a project sector (${code.startsWith('~') ? code.slice(1, 4) : code})`); continue; }
    // forms: substitution sets (no plural formation), else the phrase, its {plurals} or a regular plural
    const forms = [];
    const m = phrase.match(/![A-Z]+!/);
    if (m) {
      if (!subs[m[0]]) { add('undefined substitution set'); continue; }
      for (const s of subs[m[0]]) forms.push(phrase.replace(m[0], s));
    } else {
      forms.push(phrase);
      if (plM) forms.push(...plM[1].trim().split(/\s+/).filter(Boolean));
      else if (!phrase.endsWith('_') && !/(s|men|people|ren)$/i.test(phrase)) {
        const ws = phrase.split(/[_\s]+/).filter(Boolean);
        ws[ws.length - 1] = plural(ws[ws.length - 1].toLowerCase());
        forms.push(ws.join(' '));
      }
    }
    for (const f of forms) {
      const key = f.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
      if (!key) continue;
      if (!key.includes(' ') && (names.has(key) || names.has(key.replace(/s$/, '')))) { add('one word that is also a given name or surname in the knowledge files ("hunter", "bishop")'); continue; }
      if (AGENT_STOP.has(key) || /\.$/.test(key)) { add('ambiguous word or abbreviation (event nouns, adjectives, "advocates", "Gen.")'); continue; }
      const was = seen.get(key);
      if (was && was !== sector) { add('same phrase with two sectors (first kept)'); continue; }
      if (was) continue;
      seen.set(key, sector);
      (bySector[sector] ??= []).push(key);
    }
  }
  for (const list of Object.values(bySector)) list.sort();
  const out = {
    _source: `${SOURCE}/Phoenix.agents.txt`,
    _licence: LICENCE,
    _format: 'sector -> lower-case phrases (singular and plural forms spelled out; PETRARCH codes mapped to PLOVER-style sectors by src/knowledge/build/petrarch.mjs: CAMEO MED -> JRN, HLH -> MED, religions -> REL, NGO/HRI/ENV -> SOC). Hand-written sector nouns in lexicon.json win where both list a phrase. Regenerate with node src/knowledge/build/petrarch.mjs',
    _dropped: dropped,
    sectors: bySector,
  };
  writeFileSync(join(dataDir, 'agents.json'), JSON.stringify(out, null, 1) + '\n');
  const n = Object.values(bySector).reduce((a, l) => a + l.length, 0);
  console.log(`agents.json: ${n} phrases in ${Object.keys(bySector).length} sectors`);
  for (const [why, k] of Object.entries(dropped)) console.log(`  dropped ${k}: ${why}`);
  // disagreements with the hand-written sector nouns (which win)
  const lex = JSON.parse(readFileSync(join(dataDir, 'lexicon.json'), 'utf8')).sectors;
  const hand = new Map();
  for (const [s, list] of Object.entries(lex)) for (const p of list) hand.set(p.toLowerCase(), s);
  const differ = [...seen].filter(([k, s]) => hand.has(k) && hand.get(k) !== s).map(([k, s]) => `${k}: lexicon ${hand.get(k)}, PETRARCH ${s}`);
  console.log(`  ${[...seen].filter(([k]) => hand.has(k)).length} phrases also in lexicon.json; ${differ.length} with another sector there (lexicon wins):`);
  for (const d of differ) console.log('    ' + d);
}

/** CAMEO's regional and transnational codes kept as codes (a group of South Asia, the Middle East, West Africa …). */
const REGIONS = new Set(['AFR', 'ASA', 'BLK', 'BAL', 'CAS', 'CAU', 'CFR', 'CRB', 'EAF', 'EEU', 'EUR', 'LAM', 'MDT', 'MEA', 'NAF', 'NAM', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WEU', 'WST']);
/** PETRARCH's IGO codes the project writes its own way (IGOWSTNAT is NATO, IGOUNO… the UN, IGOEUR… the EU). */
const IGO = { UNO: 'UNO', EUR: 'EUR', WST: 'NATO' };
/** Old or private country codes of the files -> ISO 3166 (Kosovo XKX, the USSR SUN, East Timor TLS, Serbia and Montenegro SRB). */
const ALIAS = { KSV: 'XKX', USR: 'SUN', TMP: 'TLS', SCG: 'SRB', ANG: 'AGO' };
/** Words of an organisation's name: a record of the international file without them, and of two or three words, is a person. */
const ORG_WORDS = /\b(organi[sz]ation|agency|council|committee|fund|bank|union|commission|programme|program|association|institute|group|front|army|party|movement|office|court|tribunal|forum|foundation|center|centre|network|alliance|league|society|federation|mission|force|initiative|panel|board|conference|secretariat|authority|service|international|watch|aid|relief|cross|crescent|unicef|unesco)\b/i;
/** Words of a synonym that make it a title or description, not a name ("PRESIDENT_PUTIN", "RUSSIAN_PRESIDENT_X"). */
const TITLE = new Set(['president', 'presidents', 'minister', 'prime', 'secretary', 'general', 'gen', 'chairman', 'chairwoman', 'leader', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'ambassador', 'chief', 'commander', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'senator', 'sen', 'dr', 'mr', 'mrs', 'ms', 'former', 'un', 'u.n.', 'the', 'of', 'secretary-general', 'premier', 'chancellor', 'governor', 'mayor', 'spokesman', 'envoy', 'lt', 'col', 'maj', 'capt', 'adm', 'sir', 'lord', 'pope', 'cardinal', 'archbishop', 'bishop', 'ayatollah', 'imam', 'colonel', 'major', 'captain', 'marshal', 'admiral', 'brigadier', 'speaker', 'judge', 'justice']);

/** "YYMMDD" or "YYYYMMDD" -> ISO date (two-digit years up to 25 are 20xx: the files end in 2014). */
function isoDate(d) {
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) { const yy = +d.slice(0, 2); return `${yy <= 25 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`; }
  return null;
}

/** A PETRARCH actor code -> { code, sector } in the project's scheme, or a reason to drop it. */
function mapCode(raw, countries, fallbackSector) {
  const c = raw.toUpperCase();
  const chunks = c.match(/.{1,3}/g) ?? [];
  if (ALIAS[chunks[0]]) chunks[0] = ALIAS[chunks[0]];
  let code;
  let rest;
  if (chunks[0] === 'IGO') { code = IGO[chunks[1]] ?? 'IGO'; rest = chunks.slice(IGO[chunks[1]] ? 2 : 1); }
  else if (chunks[0] === 'NGO' || chunks[0] === 'NGM') { code = 'NGO'; rest = chunks.slice(1); }
  else if (chunks[0] === 'IMG' || chunks[0] === 'INT') { code = 'IMG'; rest = chunks.slice(1); }
  else if (chunks[0] === 'MNC') return { drop: 'multinational corporation (no home country)' };
  else if (countries.has(chunks[0]) || REGIONS.has(chunks[0])) { code = chunks[0]; rest = chunks.slice(1); }
  else if (chunks[0] === 'ELI' || chunks[0] === '---') return { elite: chunks[0] === 'ELI' };
  else return { drop: `code outside ISO 3166 and CAMEO's regions (${chunks[0]})` };
  // a religion or ethnicity after the country is an attribute: the first other sector decides (IMGMUSREB: REB)
  const sectors = rest.map((x) => SECTOR[x]).filter(Boolean);
  const sector = sectors.find((x) => x !== 'REL') ?? fallbackSector ?? sectors[0];
  return sector ? { code, sector } : { code };
}

/**
 * Reads a TABARI/PETRARCH actor file into records: names (primary and "+" synonyms) and codes, each code with an
 * optional date range (`[IRQGOV 790716-030409]`, `>date`, `<date`; none = the default). A record without a code is dropped.
 */
function readActors(file, add) {
  const records = [];
  let cur = null;
  const codes = (text) => [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim()).filter(Boolean);
  const close = () => { if (cur) { if (cur.codes.length) records.push(cur); else add('record without a code'); } cur = null; };
  for (const raw of read(file).split('\n')) {
    if (/^\s*#/.test(raw) || !raw.trim()) continue;
    const line = raw.replace(/#.*$/, '');
    if (/^\s/.test(line)) { if (cur) cur.codes.push(...codes(line)); continue; }
    const name = line.replace(/\[[^\]]*\]/g, '').replace(/;.*$/, '').trim();
    if (line.startsWith('+')) { if (cur && name.length > 1) cur.names.push(name.slice(1)); continue; }
    close();
    cur = { names: name ? [name] : [], codes: codes(line) };
  }
  close();
  return records;
}

/** Display and matching form of a PETRARCH name: "SADDAM_HUSSEIN_" -> "Saddam Hussein"; null when it is a title or description. */
function nameForm(raw, demonyms) {
  const ws = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!ws.length || ws.some((w) => /[^A-Za-z'.\-]/.test(w))) return null;
  const low = ws.map((w) => w.toLowerCase());
  if (low.some((w) => TITLE.has(w.replace(/\.$/, '')) || demonyms.has(w))) return null;
  return ws.map((w) => w.toLowerCase().replace(/(^|-)(\p{L})/gu, (m, a, b) => a + b.toUpperCase())).join(' ');
}

/** Lower/capitalised counts of words in the news corpus (the word-usage filter for one-word names). */
function newsUsage(words) {
  const usage = new Map([...words].map((w) => [w, [0, 0]]));
  for (let d = here; dirname(d) !== d; d = dirname(d)) {
    const f = join(d, 'shared', 'data', 'news', 'ukraine_war_2022_dev.jsonl');
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line) continue;
      for (const m of (JSON.parse(line).text ?? '').matchAll(/[A-Za-z][A-Za-z'-]+/g)) {
        const u = usage.get(m[0].toLowerCase());
        if (u) u[m[0] === m[0].toLowerCase() ? 0 : 1]++;
      }
    }
    break;
  }
  return usage;
}

function actors() {
  const { c: dropped, add } = counter();
  const countryFile = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')).countries;
  const countries = new Set([...countryFile.map((c) => c.code), 'SUN', 'YUG', 'CSK', 'DDR', 'ZAR', 'XKX', 'PSE', 'TWN']);
  const demonyms = new Set(countryFile.flatMap((c) => c.demonyms.map((d) => d.toLowerCase())));
  // names the project's own files know: the curated and long-tail people, organisations, places and sector nouns win
  const known = new Set();
  const key = (n) => n.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
  for (const p of JSON.parse(readFileSync(join(dataDir, 'people.json'), 'utf8')).people) for (const n of [p.name, ...p.aliases]) known.add(key(n));
  for (const h of JSON.parse(readFileSync(join(dataDir, 'holdings.json'), 'utf8')).holdings) known.add(key(h.person.replace(/,.*$/, '')));
  for (const line of JSON.parse(readFileSync(join(dataDir, 'officials.json'), 'utf8')).people) { const [name, , , forms] = line.split('|'); known.add(key(name)); for (const f of (forms ?? '').split(';')) known.add(key(f)); }
  for (const o of JSON.parse(readFileSync(join(dataDir, 'organisations.json'), 'utf8')).organisations) for (const n of o.names) known.add(key(n));
  for (const c of countryFile) for (const n of [...c.names, ...c.capitals, ...c.demonyms]) known.add(key(n));
  const lex = JSON.parse(readFileSync(join(dataDir, 'lexicon.json'), 'utf8'));
  for (const part of ['countryNames', 'demonyms', 'capitals', 'seats', 'cities', 'sectors']) for (const list of Object.values(lex[part])) for (const n of list) known.add(key(n));
  const given = nameWords();

  const out = { people: [], organisations: [], groups: [] };
  const oneWord = [];
  const take = (file, kind, fallbackSector) => {
    for (const r of readActors(file, add)) {
      const periods = [];
      let fallback = null;
      let last = null;
      let bad = false;
      for (const c of r.codes) {
        const m = c.match(/^(\S+)\s*(.*)$/);
        const mapped = mapCode(m[1], countries, kind === 'groups' ? fallbackSector : undefined);
        if (mapped.drop) { add(mapped.drop); bad = true; break; }
        const restr = m[2].trim();
        // "[ELI]" alone after an office: the same code, as an elite (a former UN Secretary-General: UNO ELI)
        const cs = mapped.elite !== undefined ? (last ? { code: last.code, sector: mapped.elite ? 'ELI' : undefined } : null) : mapped;
        if (!cs) { add('bare ELI or --- code with no earlier code'); continue; }
        if (!restr) { fallback ??= cs; continue; }
        let from = null, to = null;
        const range = restr.match(/^(\d+)\s*-\s*(\d+)$/);
        if (range) { from = isoDate(range[1]); to = isoDate(range[2]); if (!from || !to) { add('malformed date'); continue; } }
        else if (restr.startsWith('>')) { from = isoDate(restr.slice(1).trim()); if (!from) { add('malformed date'); continue; } }
        else if (restr.startsWith('<')) { to = isoDate(restr.slice(1).trim()); if (!to) { add('malformed date'); continue; } }
        else { add('malformed date'); continue; }
        const p = { ...cs };
        if (from) p.from = from;
        if (to) p.to = to;
        periods.push(p);
        last = cs;
      }
      if (bad) continue;
      const forms = [...new Set(r.names.map((n) => nameForm(n, demonyms)).filter(Boolean))];
      if (!forms.length) { add('no name form left (titles and descriptions only)'); continue; }
      if (forms.some((f) => known.has(key(f)))) { add(`${kind === 'people' ? 'person' : 'name'} the project's own files know (they win)`); continue; }
      let names = forms;
      if (kind === 'people') {
        // people: full names only; a one-word form (surname alone) never matches by itself here
        names = forms.filter((f) => f.split(' ').length >= 2 && !f.split(' ').some((w) => w.replace(/\.$/, '').length < 2));
        if (!names.length) { add('person known only by one word or initials'); continue; }
      } else {
        names = forms.filter((f) => f.split(' ').length >= 2 || f.length >= 4);
        for (const f of names) if (!f.includes(' ')) oneWord.push(f.toLowerCase());
        if (!names.length) { add('one-word name shorter than four letters'); continue; }
      }
      const rec = { name: names[0], names };
      if (fallback) { rec.code = fallback.code; if (fallback.sector) rec.sector = fallback.sector; }
      if (periods.length) rec.periods = periods;
      if (!rec.code && !periods.length) { add('record without a usable code'); continue; }
      out[kind].push(rec);
    }
  };
  take('Phoenix.Countries.actors.txt', 'people');
  // the international file mixes organisations and their officials: a record whose codes change with dates is a person
  const before = out.organisations.length;
  take('Phoenix.International.actors.txt', 'organisations');
  const intl = out.organisations.splice(before);
  const personLike = (n) => { const k = n.split(' ').length; return k >= 2 && k <= 4 && !ORG_WORDS.test(n); };
  for (const r of intl) (r.names.every(personLike) ? out.people : out.organisations).push(r);
  take('Phoenix.MilNonState.actors.txt', 'groups', 'REB');
  // one-word organisation and group names: not a given name or surname, and written capitalised in the news (>= 95%)
  const usage = newsUsage(oneWord);
  for (const kind of ['organisations', 'groups']) {
    out[kind] = out[kind].filter((r) => {
      r.names = r.names.filter((n) => {
        if (n.includes(' ')) return true;
        const k = n.toLowerCase();
        const [lower, upper] = usage.get(k) ?? [0, 0];
        const ok = !given.has(k) && (lower + upper ? lower / (lower + upper) < 0.05 : n.length >= 6);
        if (!ok) add('one-word name that is an English word, a name, or unseen and short (news usage filter)');
        return ok;
      });
      if (r.names.length) r.name = r.names[0];
      return r.names.length > 0;
    });
  }
  const file = {
    _source: `${SOURCE}/Phoenix.Countries.actors.txt (CountryInfo.140130), Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt`,
    _licence: LICENCE,
    _format: 'people / organisations / groups: one row each, [name, [other full forms], default "CODE.SECTOR" or null, ...periods ["CODE.SECTOR", from|null, to|null]] (ISO dates, both ends included; the first period holding the date wins, else the default; no code on a date = not coded). Codes: ISO 3166 alpha-3, UNO/EUR/NATO/IGO/NGO/IMG or a CAMEO region; sectors as in agents.json (armed groups default to REB). Left out: names the project\'s own files know, one-word person names, MNC businesses (no country), non-ISO codes. Regenerate with node src/knowledge/build/petrarch.mjs',
    _dropped: dropped,
    ...out,
  };
  const cs = (p) => (p.sector ? `${p.code}.${p.sector}` : p.code);
  const row = (r) => [r.name, r.names.slice(1), r.code ? cs(r) : null, ...(r.periods ?? []).map((p) => [cs(p), p.from ?? null, p.to ?? null])];
  for (const kind of ['people', 'organisations', 'groups']) file[kind] = file[kind].map(row);
  writeFileSync(join(dataDir, 'petrarch-actors.json'), '{' + Object.entries(file).map(([k, v]) => JSON.stringify(k) + ':' + (Array.isArray(v) ? '[\n' + v.map((x) => JSON.stringify(x)).join(',\n') + '\n]' : JSON.stringify(v))).join(',\n') + '}\n');
  console.log(`petrarch-actors.json: ${out.people.length} people, ${out.organisations.length} organisations, ${out.groups.length} armed groups`);
  for (const [why, k] of Object.entries(dropped).sort((a, b) => b[1] - a[1])) console.log(`  dropped ${k}: ${why}`);
}

const what = process.argv[2] ?? 'all';
if (what === 'all' || what === 'agents') agents();
if (what === 'all' || what === 'actors') actors();
