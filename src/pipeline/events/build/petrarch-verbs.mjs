#!/usr/bin/env node
/**
 * Derives Parley's CAMEO verb data (../data/cameo-verbs.json) and discard list (../data/discards.json) from the
 * PETRARCH2 dictionaries in ../shared/data/petrarch2 (openeventdata/petrarch2@676801c, MIT), plus the project's
 * own additions in ../data/verb-patterns.txt (same syntax; they are read after PETRARCH's and win on equal patterns).
 * Run from the project root:
 *
 *   node src/pipeline/events/build/petrarch-verbs.mjs          # DEBUG=1 prints each dropped pattern
 *
 * Each PETRARCH pattern `- [subject side] * [object side] [CODE]` is rewritten for a dependency parse: the noun before
 * `*` constrains the subject, a bare particle after it (UP, OUT, OFF…) the verb's particle, the first noun phrase the
 * object, `(PREP NOUN)` / `PREP NOUN` an oblique with its preposition; `$` (source) and `+` (target) slots say which
 * argument is the actor and which the recipient; `%` marks a compound (reciprocal) subject. Synsets (`&WEAPON`) stay
 * named sets. What a dependency coder cannot use is dropped and counted (printed, and kept in the file's `_dropped`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');

/** The shared data folder: the first `shared/data/petrarch2` found walking up from here. */
export function petrarchDir() {
  let dir = here;
  for (;;) {
    const p = join(dir, 'shared', 'data', 'petrarch2');
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) { console.error('petrarch: shared/data/petrarch2 not found above ' + here); process.exit(1); }
    dir = up;
  }
}

export const SOURCE = 'openeventdata/petrarch2@676801c petrarch2/data/dictionaries';
export const LICENCE = 'MIT (c) 2015 Open Event Data Alliance; Computational Event Data System Project';

/** Comments end a line at '#'. */
const strip = (line) => line.replace(/#.*$/, '').trim();

/** Singular lower-case key of a noun, the same rule the loader applies to the words it is given. */
export function nounKey(w) {
  w = w.toLowerCase().replace(/_+$/, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'forward', 'aside', 'together', 'apart', 'ahead', 'open', 'free']);
const PREPS = new Set(['at', 'against', 'from', 'to', 'with', 'for', 'on', 'in', 'into', 'by', 'of', 'over', 'toward', 'towards', 'about', 'under', 'onto', 'upon', 'near', 'between', 'among', 'across', 'through', 'around', 'behind', 'before', 'after', 'during', 'within', 'without', 'as', 'despite', 'inside', 'outside', 'along', 'amid', 'beyond', 'until', 'since', 'like', 'via', 'off']);
/** Words that make the subject side a clause of its own (auxiliaries, negation, other verbs): not mappable. */
const CLAUSE_WORDS = new Set(['will', 'would', 'not', 'been', 'be', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'agree', 'to', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'if']);

function parseCode(s) {
  const [a, b] = s.split(':');
  // a stray mark after a code ("[080!]") is a typo in the source
  const norm = (c) => (c === undefined || c === '' || c === '---' ? null : c.replace(/[^0-9]/g, '') || null);
  return { code: norm(a), rev: norm(b) };
}

/** Splits a pattern body into tokens: words, `$ + % ^ *`, `( … )` groups and `{ … }` phrases. */
function tokenize(body) {
  const out = [];
  const re = /\(([^)]*)\)|\{([^}]*)\}|(\S+)/g;
  let m;
  while ((m = re.exec(body))) {
    if (m[1] !== undefined) out.push({ t: 'pp', inner: m[1].trim() });
    else if (m[2] !== undefined) out.push({ t: 'np', words: m[2].trim().split(/\s+/) });
    else out.push({ t: 'w', w: m[3] });
  }
  return out;
}

export function readVerbs(text, extraText, drop) {
  const sets = {};
  const blocks = [];
  const verbs = {};
  let block = null;
  let inVerbs = false;
  let set = null;
  let setNoPlural = false;
  const term = (w) => (w.startsWith('&') ? '&' + w.slice(1).toLowerCase().replace(/_+$/, '') : nounKey(w));
  const phrase = (ws) => ws.map((w) => (w.startsWith('&') ? term(w) : w.toLowerCase().replace(/_+$/, ''))).map((w, i, a) => (i === a.length - 1 && !w.startsWith('&') ? nounKey(w) : w)).join(' ');
  const known = (t) => t.split(' ').every((w) => !w.startsWith('&') || sets[w.slice(1)]);

  const addVerb = (line) => {
    const codeM = line.match(/\[([^\]]*)\]/);
    const own = codeM ? parseCode(codeM[1].trim()).code : undefined;
    const head = line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, '').trim().split(/\s+/)[0];
    if (!head) return;
    const parts = head.split('_').filter(Boolean);
    const v = parts.findIndex((p) => p.startsWith('+'));
    if (v > 0) { drop('pre-compounded verb (words before the verb: WIRE_+TAP)', line); return; }
    const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
    const key = words.join(' ');
    const code = own === undefined ? block.code : own;
    (verbs[key] ??= []).push([blocks.indexOf(block), code]);
  };

  const addPattern = (line) => {
    const codeM = line.match(/\[([^\]]*)\]\s*$/) ?? line.match(/\[([^\]]*)\]/);
    if (!codeM) { drop('pattern without a code', line); return; }
    const { code, rev } = parseCode(codeM[1].trim());
    const body = line.slice(1, line.indexOf('[')).trim();
    const star = body.indexOf('*');
    if (star < 0) { drop('pattern without *', line); return; }
    const pat = { code };
    if (rev) pat.rev = rev;
    // subject side
    const pre = tokenize(body.slice(0, star));
    const subj = [];
    for (const tk of pre) {
      if (tk.t === 'w' && tk.w === '$') continue;
      if (tk.t === 'w' && tk.w === '+') { pat.recipient = 'subj'; continue; }
      if (tk.t === 'w' && tk.w === '%') { pat.compound = true; continue; }
      if (tk.t === 'w' && tk.w === '^') continue;
      if (tk.t === 'pp' || (tk.t === 'w' && (CLAUSE_WORDS.has(tk.w.toLowerCase()) || PREPS.has(tk.w.toLowerCase())))) { drop('clause or phrase before the verb (WILL NOT *, DELIVERY (OF FOOD) *)', line); return; }
      if (tk.t === 'np') subj.push(...tk.words); else subj.push(tk.w);
    }
    if (subj.length) pat.subj = phrase(subj);
    // object side
    const post = tokenize(body.slice(star + 1));
    const obj = [];
    const pp = [];
    let i = 0;
    const slotOf = (w) => (w === '$' ? 'source' : w === '+' ? 'recipient' : null);
    if (post[0]?.t === 'w' && PARTICLES.has(post[0].w.toLowerCase()) && !(post[1]?.t === 'w' && /^[$+]$/.test(post[1].w))) { pat.prt = post[0].w.toLowerCase(); i = 1; }
    for (; i < post.length; i++) {
      const tk = post[i];
      if (tk.t === 'w' && tk.w === '^') continue;
      if (tk.t === 'w' && (tk.w === '$' || tk.w === '+')) {
        const last = pp[pp.length - 1];
        if (last && last.noun === null && !last.slot && i > 0 && post[i - 1] === last.tk) { last.slot = slotOf(tk.w); continue; }
        if (!obj.length && !pat.objSlot && !pp.length) { pat.objSlot = slotOf(tk.w); continue; }
        if (!obj.length && !pat.objSlot) { pat.objSlot = slotOf(tk.w); continue; }
        drop('actor slot in an unmappable position', line); return;
      }
      if (tk.t === 'w' && tk.w === '%') { drop('compound slot after the verb', line); return; }
      if (tk.t === 'pp') {
        const inner = tokenize(tk.inner).filter((r) => !(r.t === 'w' && r.w === '^'));
        const prep = inner[0]?.t === 'w' ? inner[0].w.toLowerCase() : null;
        // "(ASIDE RIFT)", "(OUT)": a particle in brackets, then the object
        if (prep && PARTICLES.has(prep) && !PREPS.has(prep) && !pat.prt && !obj.length && !pp.length) {
          pat.prt = prep;
          obj.push(...inner.slice(1).flatMap((r) => (r.t === 'np' ? r.words : r.t === 'w' ? [r.w] : [])));
          continue;
        }
        // "(BY/WITH GRENADE)": alternative prepositions
        if (!prep || !prep.split('/').every((p) => PREPS.has(p))) { drop('parenthesis without a preposition', line); return; }
        const rest = inner.slice(1);
        const entry = { prep, noun: null, tk };
        if (rest.length === 1 && rest[0].t === 'w' && slotOf(rest[0].w)) entry.slot = slotOf(rest[0].w);
        else if (rest.length) {
          if (rest.some((r) => r.t === 'pp' || (r.t === 'w' && /^[$+%^]$/.test(r.w)))) { drop('nested slot or preposition inside a parenthesis', line); return; }
          entry.noun = phrase(rest.flatMap((r) => (r.t === 'np' ? r.words : [r.w])));
        }
        pp.push(entry);
        continue;
      }
      const w = tk.t === 'w' ? tk.w.toLowerCase() : null;
      if (w && PREPS.has(w)) {
        // a bare preposition: with the noun or slot after it, or alone ("FIRE * AT")
        const next = post[i + 1];
        const entry = { prep: w, noun: null, tk };
        if (next?.t === 'w' && slotOf(next.w)) { entry.slot = slotOf(next.w); i++; }
        else if (next && (next.t === 'np' || (next.t === 'w' && !PREPS.has(next.w.toLowerCase()) && !/^[$+%^]$/.test(next.w)))) {
          entry.noun = phrase(next.t === 'np' ? next.words : [next.w]); i++;
        }
        pp.push(entry);
        continue;
      }
      // a noun or noun phrase: the object if it comes before any oblique
      if (pp.length) { drop('noun after an oblique (clause continued past the verb\'s arguments)'); return; }
      if (obj.length && post[i - 1]?.t === 'np') { drop('two object noun phrases', line); return; }
      obj.push(...(tk.t === 'np' ? tk.words : [tk.w]));
    }
    if (obj.length) pat.obj = phrase(obj);
    if (pp.length) pat.pp = pp.map((e) => { const o = { prep: e.prep }; if (e.noun) o.noun = e.noun; if (e.slot) o.slot = e.slot; return o; });
    if (pat.objSlot === 'source') { drop('source slot as the object', line); return; }
    for (const t of [pat.subj, pat.obj, ...(pat.pp ?? []).map((e) => e.noun)]) if (t && !known(t)) { drop('undefined synset', line); return; }
    if (pat.objSlot === 'recipient') { delete pat.objSlot; pat.recipient = 'obj'; }
    const viaPrep = pat.pp?.find((e) => e.slot === 'recipient');
    if (viaPrep) pat.recipient = viaPrep.prep;
    const viaSource = pat.pp?.find((e) => e.slot === 'source');
    if (viaSource) pat.source = viaSource.prep;
    if (pat.pp) for (const e of pat.pp) delete e.slot;
    if (!pat.subj && !pat.prt && !pat.obj && !pat.pp && !pat.recipient && !pat.compound) { drop('pattern with no constraint (same as the verb alone)', line); return; }
    const key = JSON.stringify(pat);
    if (block.seen.has(key)) { drop('duplicate pattern in its block', line); return; }
    block.seen.add(key);
    block.patterns.push(pat);
  };

  const lines = text.split('\n');
  const all = [...lines.map((l) => ({ l, own: false })), ...extraText.split('\n').map((l) => ({ l, own: true }))];
  let patternsSeen = 0;
  for (const { l: raw, own } of all) {
    if (raw.includes('VERB PATTERNS')) { inVerbs = true; continue; }
    const line = raw.startsWith('---') ? raw.trim() : strip(raw);
    if (!line) continue;
    if (!inVerbs && !own) {
      if (line.startsWith('&')) { set = line.slice(1).toLowerCase().replace(/_+$/, ''); setNoPlural = line.endsWith('_'); sets[set] = []; continue; }
      if (line.startsWith('+') && set) {
        const ws = line.slice(1).split('_').filter(Boolean);
        const p = ws.map((w) => w.toLowerCase()).map((w, i, a) => (i === a.length - 1 && !setNoPlural ? nounKey(w) : w)).join(' ');
        if (!sets[set].includes(p)) sets[set].push(p);
      }
      continue;
    }
    if (own && line.startsWith('&')) {
      // the project's own sets: "&NAME = word, word, …"
      const [name, list] = line.slice(1).split('=');
      sets[name.trim().toLowerCase()] = list.split(',').map((w) => nounKey(w.trim())).filter(Boolean);
      continue;
    }
    if (line.startsWith('---')) {
      const m = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]/);
      if (!m) { drop('block header without a code'); continue; }
      const name = m[1];
      // the project's additions reopen a PETRARCH block by name
      const existing = own ? blocks.find((b) => b.name === name) : undefined;
      block = existing ?? { name, code: parseCode(m[2].trim()).code, patterns: [], seen: new Set() };
      if (!existing) blocks.push(block);
      continue;
    }
    if (!block) continue;
    if (line.startsWith('~')) { drop('transformation (verb-on-verb rule: ~ a (a b ATTACK) SAY)'); continue; }
    if (line.startsWith('-')) { patternsSeen++; if (own) addOwn(line); else addPattern(line); continue; }
    addVerb(line);
  }
  // the project's patterns go first in their block, so they win over PETRARCH's of equal weight
  function addOwn(line) {
    const before = block.patterns.length;
    addPattern(line);
    if (block.patterns.length > before) { const p = block.patterns.pop(); p.own = true; block.patterns.unshift(p); }
  }
  return { sets, blocks, verbs, patternsSeen };
}

function main() {
  const dir = petrarchDir();
  const dropped = {};
  const drop = (why, line) => { dropped[why] = (dropped[why] ?? 0) + 1; if (process.env.DEBUG && why !== 'duplicate pattern in its block') console.log('DROP', why, '|', line ?? ''); };
  const text = readFileSync(join(dir, 'CAMEO.2.0.txt'), 'latin1');
  const extra = readFileSync(join(dataDir, 'verb-patterns.txt'), 'utf8');
  const { sets, blocks, verbs, patternsSeen } = readVerbs(text, extra, drop);
  const kept = blocks.reduce((a, b) => a + b.patterns.length, 0);
  const out = {
    _source: `${SOURCE}/CAMEO.2.0.txt (PETRARCH2 CAMEO verb dictionary, last update 30 April 2015) + src/pipeline/events/data/verb-patterns.txt (Parley's own)`,
    _licence: LICENCE,
    _format: 'verbs: lemma (or "lemma particle") -> [[block index, CAMEO code or null]]; blocks: {name, code, patterns}; a pattern: code (null = no event), rev (code of the reverse event, target -> source), subj (subject noun), prt (particle), obj (object noun phrase, head last), pp [{prep, noun?}], recipient ("obj" | "subj" | a preposition), source (a preposition), compound (reciprocal subject), own (Parley\'s addition); nouns are singular lower case; "&name" = a set in sets. Regenerate with node src/pipeline/events/build/petrarch-verbs.mjs',
    _dropped: dropped,
    sets,
    blocks: blocks.map((b) => ({ name: b.name, code: b.code, patterns: b.patterns })),
    verbs: Object.fromEntries(Object.entries(verbs).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(join(dataDir, 'cameo-verbs.json'), JSON.stringify(out) + '\n');
  const nDropped = Object.values(dropped).reduce((a, b) => a + b, 0);
  console.log(`cameo-verbs.json: ${Object.keys(verbs).length} verb lemmas in ${blocks.length} blocks, ${kept} patterns kept of ${patternsSeen} read, ${Object.keys(sets).length} sets`);
  for (const [why, n] of Object.entries(dropped).sort((a, b) => b[1] - a[1])) console.log(`  dropped ${n}: ${why}`);
  console.log(`  (${nDropped} dropped in all)`);
  discards(dir);
}

/** Phoenix.discards.txt -> discards.json: phrases that mark a sentence (or, with `story`, the whole story) as no political news. */
function discards(dir) {
  const sentence = [];
  const story = [];
  for (const raw of readFileSync(join(dir, 'Phoenix.discards.txt'), 'latin1').split('\n')) {
    const line = strip(raw);
    if (!line || line.startsWith('<')) continue;
    const whole = line.startsWith('+');
    const phrase = line.replace(/^\+/, '').trim().toLowerCase();
    if (!phrase) continue;
    (whole ? story : sentence).push(phrase);
  }
  const out = {
    _source: `${SOURCE}/Phoenix.discards.txt`,
    _licence: LICENCE,
    _format: 'lower-case phrases; a phrase ending in "_" must end at a word boundary, others match as a stem; "story" phrases discard the whole story, "sentence" phrases the sentence. Regenerate with node src/pipeline/events/build/petrarch-verbs.mjs',
    sentence: [...new Set(sentence)].sort(),
    story: [...new Set(story)].sort(),
  };
  writeFileSync(join(dataDir, 'discards.json'), JSON.stringify(out, null, 0).replace(/,"/g, ',\n"') + '\n');
  console.log(`discards.json: ${out.sentence.length} sentence phrases, ${out.story.length} story phrases`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
