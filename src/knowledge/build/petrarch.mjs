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

const what = process.argv[2] ?? 'all';
if (what === 'all' || what === 'agents') agents();
