/**
 * The CAMEO verb dictionary (./data/cameo-verbs.json, derived from PETRARCH2's CAMEO.2.0.txt, MIT) read for a
 * dependency parse: a verb lemma, its particle, the lemmas of its object and subject and its prepositional
 * obliques give the most specific CAMEO code the dictionary has, and which argument is the recipient.
 *
 *   matchVerbPattern('fire', { prepositions: ['at'] })?.code                 // '190' (fired at …: an attack)
 *   matchVerbPattern('fire', { objectLemmas: ['official'] })?.code           // null  (fired an official: no event)
 *   matchVerbPattern('release', { objectLemmas: ['prisoner'] })?.code        // '0841' (released prisoners)
 *   matchVerbPattern('release', { objectLemmas: ['report'] })?.code          // null  (released a report)
 *   matchVerbPattern('ask', { prepositions: [{ prep: 'for', lemmas: ['aid', 'financial'] }] })?.code // '0231'
 *   verbPatterns('withdraw').length                                          // the patterns of its synonym block
 *
 * Arguments: lemmas are lower case, a phrase's head first, then its modifiers (compound, amod): "new EU sanctions" ->
 * ['sanction', 'new', 'eu']; plural and singular are the same (the loader singularises both sides). A pattern's noun
 * phrase matches when its head is the argument's head and its other words are among the argument's lemmas; `&name`
 * names a set (`verbSet(name)`). `prepositions` lists the obliques' prepositions, with their noun's lemmas when known.
 *
 * Result: `code` null means the verb or pattern codes no event ('---' in PETRARCH); `reverse` is the code of the
 * event in the other direction, target -> source (`[042:043]`: "rushed to X" is a visit by the subject and a hosting
 * by X); `recipient` says where the recipient is: 'obj' (default when absent), 'subj' (the target is the subject), or
 * the preposition that introduces it ("talks with +" -> 'with'); `source` likewise for the actor ('from' in
 * "FROM $ TO +"). `pattern` is the pattern matched (undefined when only the verb's own code applied).
 * Unknown lemmas give null. The data file's header names its source, licence and what the derivation dropped.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';

export interface VerbPattern {
  /** CAMEO code; null = no event. */
  code: string | null;
  /** Code of the reverse event (target -> source), from PETRARCH's `[a:b]` codes. */
  rev?: string;
  /** Noun phrase (head last) or `&set` the subject must be. */
  subj?: string;
  /** Particle ("up", "out", "off", "down", "back", "aside"…). */
  prt?: string;
  /** Noun phrase (head last) or `&set` the direct object must be. */
  obj?: string;
  /** Obliques: preposition ("by/with" = either) and, optionally, the noun phrase after it. */
  pp?: Array<{ prep: string; noun?: string }>;
  /** Where the recipient is: 'obj', 'subj' or a preposition. */
  recipient?: string;
  /** The preposition that introduces the actor, when it is not the subject. */
  source?: string;
  /** The subject is a compound of actors ("A and B"): the event is reciprocal. */
  compound?: boolean;
  /** Parley's own addition (data/verb-patterns.txt), not PETRARCH's. */
  own?: boolean;
}

export interface VerbArgs {
  particle?: string;
  /** The subject's lemmas, head first. */
  subjectLemmas?: readonly string[];
  /** The direct object's lemmas, head first. */
  objectLemmas?: readonly string[];
  /** Obliques: a preposition, or a preposition with its noun's lemmas (head first). */
  prepositions?: ReadonlyArray<string | { prep: string; lemmas?: readonly string[] }>;
  /** The subject coordinates several actors ("Russia and China held …"). */
  compoundSubject?: boolean;
}

export interface VerbMatch {
  code: string | null;
  reverse?: string;
  recipient?: string;
  source?: string;
  /** The PETRARCH synonym block the verb belongs to ("EXPLOSIVE_DESTRUCTION"). */
  block: string;
  pattern?: VerbPattern;
}

interface VerbFile {
  sets: Record<string, string[]>;
  blocks: Array<{ name: string; code: string | null; patterns: VerbPattern[] }>;
  verbs: Record<string, Array<[number, string | null]>>;
}

interface Loaded { file: VerbFile; sets: Map<string, Set<string>> }
let loaded: Loaded | null = null;

function load(): Loaded {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'cameo-verbs.json'), 'utf8')) as VerbFile;
  const sets = new Map(Object.entries(file.sets).map(([k, v]) => [k, new Set(v)]));
  loaded = { file, sets };
  return loaded;
}

/** Singular lower-case key of a noun (the rule the build applies to the dictionary's nouns). */
export function nounKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The nouns and phrases of a named set ("weapon" -> gun, missile, rocket …). */
export function verbSet(name: string): ReadonlySet<string> {
  return load().sets.get(name.replace(/^&/, '')) ?? new Set();
}

/** Every lemma the dictionary knows, single verbs and phrasal ones ("ask for", "blow up"). */
export function verbLemmas(): string[] {
  return Object.keys(load().file.verbs);
}

let ownObjectLemmas: ReadonlySet<string> | null = null;

/** Verb lemmas with a pattern of Parley's own on their object ("send" + &ARMS: "sent howitzers to" is aid). */
export function verbsWithOwnObjectPatterns(): ReadonlySet<string> {
  if (ownObjectLemmas) return ownObjectLemmas;
  const { file } = load();
  const out = new Set<string>();
  for (const [lemma, entries] of Object.entries(file.verbs)) {
    if (entries.some(([b]) => file.blocks[b]!.patterns.some((p) => p.own && p.obj))) out.add(lemma);
  }
  return (ownObjectLemmas = out);
}

/** The patterns of every synonym block a verb lemma (or "lemma particle") belongs to, Parley's own first. */
export function verbPatterns(lemma: string): VerbPattern[] {
  const { file } = load();
  const entries = file.verbs[lemma.toLowerCase()] ?? [];
  return entries.flatMap(([b]) => file.blocks[b]!.patterns);
}

/** The best CAMEO code for a verb and the shape of its arguments, or null when the lemma is unknown. */
export function matchVerbPattern(lemma: string, args: VerbArgs = {}): VerbMatch | null {
  const { file, sets } = load();
  const l = lemma.toLowerCase();
  const preps = (args.prepositions ?? []).map((p) => (typeof p === 'string' ? { prep: p.toLowerCase(), keys: [] as string[] } : { prep: p.prep.toLowerCase(), keys: (p.lemmas ?? []).map(nounKey) }));
  // a phrasal verb the dictionary lists ("blow up", "ask for") is the verb itself
  const particle = args.particle?.toLowerCase();
  const phrasal = (particle && file.verbs[`${l} ${particle}`]) || preps.map((p) => file.verbs[`${l} ${p.prep}`]).find(Boolean);
  const entries = phrasal ?? file.verbs[l];
  if (!entries) return null;
  const subj = (args.subjectLemmas ?? []).map(nounKey);
  const obj = (args.objectLemmas ?? []).map(nounKey);
  const termMatches = (term: string, keys: readonly string[]): boolean => {
    if (!keys.length) return false;
    const ws = term.split(' ');
    const head = ws[ws.length - 1]!;
    if (!wordMatches(head, keys[0]!, sets)) return false;
    return ws.slice(0, -1).every((w) => keys.some((k) => wordMatches(w, k, sets)));
  };
  let best: { p: VerbPattern; score: number; block: string } | undefined;
  const blocks = new Set<number>();
  for (const [b] of entries) blocks.add(b);
  if (phrasal) for (const [b] of file.verbs[l] ?? []) blocks.add(b);
  for (const b of blocks) {
    for (const p of file.blocks[b]!.patterns) {
      let score = 0;
      if (p.subj) { if (!termMatches(p.subj, subj)) continue; score += 2 + p.subj.split(' ').length; }
      if (p.prt) { if (p.prt !== particle) continue; score += 2; }
      if (p.obj) { if (!termMatches(p.obj, obj)) continue; score += 2 + p.obj.split(' ').length; }
      else if (p.recipient === 'obj' && !obj.length) continue;
      if (p.compound) { if (!args.compoundSubject) continue; score += 1; }
      let ok = true;
      for (const e of p.pp ?? []) {
        const alts = e.prep.split('/');
        const hit = preps.some((g) => alts.includes(g.prep) && (!e.noun || termMatches(e.noun, g.keys)));
        if (!hit) { ok = false; break; }
        score += e.noun ? 2 + e.noun.split(' ').length : 2;
      }
      if (!ok) continue;
      if (!best || score > best.score) best = { p, score, block: file.blocks[b]!.name };
    }
  }
  if (best) {
    const m: VerbMatch = { code: best.p.code, block: best.block, pattern: best.p };
    if (best.p.rev) m.reverse = best.p.rev;
    if (best.p.recipient) m.recipient = best.p.recipient;
    if (best.p.source) m.source = best.p.source;
    return m;
  }
  const [b, code] = entries[0]!;
  return { code, block: file.blocks[b]!.name };
}

/** A pattern word ("aid", "&weapon") against one lemma key. */
function wordMatches(w: string, key: string, sets: Map<string, Set<string>>): boolean {
  if (w.startsWith('&')) return sets.get(w.slice(1))?.has(key) ?? false;
  return w === key;
}
