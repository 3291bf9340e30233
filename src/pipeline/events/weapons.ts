/**
 * Weapons that name an attack the sentence gives no other trigger or doer for:
 *
 * - a party's verb of use with a weapon for object is an attack with it: "Russia used cluster munitions in Kharkiv",
 *   "Russian troops laid mines near the town" (`withWeaponUse`; the verbs in data/weapon-use.json, the weapons the
 *   lexicon's instrument lines, which also give the attack's code); not a capability ("systems which can use cruise
 *   missiles"), a passive ("drones are used by both sides"), nor a means ("used rockets to hit X" is the hit);
 * - a weapon as the subject of a force verb names no doer: "a missile hit the building" is done by someone unnamed, as
 *   the passive "the building was hit" is (`weaponSubject`); the article's war may give the sides (implied.ts).
 *
 *   weaponSubject(view, first) // true at "hit" in "A missile hit the building."
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { Token } from '../../core/types.js';
import { findInstrument, lexicon, type Match, type TriggerEntry } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { childRel, conjuncts, kidsOf, markOf, relOf, spanHead, subtreeSpan, type Tree, uposOf } from './tree.js';

let useVerbs: ReadonlySet<string> | null = null;

function useVerbSet(): ReadonlySet<string> {
  useVerbs ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'weapon-use.json'), 'utf8')) as { useVerbs: string[] }).useVerbs);
  return useVerbs;
}

/** The weapon's code (the lexicon's instrument line) when token `k` heads a weapon noun ("cluster munitions", "a missile"). */
function weaponAt(view: SentenceView, k: number): string | null {
  const w = view.tokens[k]!;
  if (w.pos !== 'NOUN' && w.pos !== 'PROPN') return null;
  // the head and the words just before it that modify it ("cruise missile", "cluster munitions")
  let from = k;
  while (from > view.start && from > k - 2 && ['NOUN', 'PROPN', 'ADJ'].includes(view.tokens[from - 1]!.pos)) from--;
  const inst = findInstrument(lexicon(), view.tokens, from, k + 1);
  return inst ? inst.cameo : null;
}

const entries = new Map<string, TriggerEntry>();

function weaponEntry(lemma: string): TriggerEntry {
  let e = entries.get(lemma);
  if (!e) {
    e = { cameo: '190', override: null, frame: null, needsComplement: false, reciprocal: false, agent: false, named: false, pos: 'v', words: [], gaps: [], source: `weapon-use:${lemma}`, id: -1 };
    entries.set(lemma, e);
  }
  return e;
}

/**
 * The matches plus a force trigger (CAMEO 190, made specific by its weapon as a generic force trigger is) at each verb
 * of use whose subject is a party and whose object is a weapon, where no trigger covers it.
 */
export function withWeaponUse(view: SentenceView, t: Tree, matches: Match[], covered: ReadonlySet<number>): Match[] {
  const verbs = useVerbSet();
  let out: Match[] | null = null;
  for (let k = view.start; k < view.end; k++) {
    if (uposOf(t, k) !== 'VERB' || !verbs.has(view.tokens[k]!.lemma)) continue;
    // a trigger over the verb keeps it, unless it is a frame word with nothing to frame ("dropped" bombs is no halt)
    const over = covered.has(k) ? matches.find((m) => m.first <= k && k <= m.last) : undefined;
    if (covered.has(k) && !(over && over.first === k && over.last === k && over.entry.needsComplement)) continue;
    // a party uses it ("Russia used cluster munitions"), in a clause of its own: not "which can use missiles", "by laying
    // mines", "know how to use", a passive ("drones are used by both sides"), nor "used rockets to hit X", whose purpose
    // is the attack (coded from its own trigger)
    const subject = childRel(t, k, 'nsubj');
    if (subject < 0 || !view.mentions.some((m) => m.first <= subject && subject <= m.last && !m.place)) continue;
    const obj = childRel(t, k, 'obj');
    // ("used the money to buy drones": the money is the object)
    if (obj < 0 || !weaponAt(view, obj)) continue;
    // (the parse may hang the purpose on the weapon: "used artillery [to damage the bridges]")
    if ([k, ...conjuncts(t, obj)].some((h) => [...kidsOf(t, h)].some((x) => ['xcomp', 'advcl', 'acl'].includes(relOf(t, x)) && markOf(t, x) === 'to'))) continue;
    out ??= [...matches];
    if (over) out.splice(out.indexOf(over), 1);
    out.push({ entry: weaponEntry(view.tokens[k]!.lemma), first: k, last: k });
  }
  return out ? out.sort((a, b) => a.first - b.first) : matches;
}

/** The force verb at token `first` has a weapon for subject ("a missile hit", "shells struck"): its doer is unnamed. */
export function weaponSubject(view: SentenceView, first: number): boolean {
  const t = view.tree;
  if (t) {
    const h = spanHead(t, first, first);
    const s = childRel(t, h, 'nsubj');
    return s >= 0 && relOf(t, s) === 'nsubj' && weaponAt(view, s) !== null;
  }
  // without a parse: the noun right before the verb (past auxiliaries and adverbs) in its clause
  let k = first - 1;
  while (k >= view.start && ['AUX', 'ADV', 'PART'].includes(view.tokens[k]!.pos)) k--;
  return k >= view.start && view.clause[k - view.start] === view.clause[first - view.start] && weaponAt(view, k) !== null;
}

/** A verb of use in tokens [s0, s1) (the sentence may hold a weapon used, though no trigger). */
export function hasUseVerb(tokens: readonly Token[], s0: number, s1: number): boolean {
  const verbs = useVerbSet();
  for (let k = s0; k < s1; k++) if (verbs.has(tokens[k]!.lemma)) return true;
  return false;
}

/** The tokens of the weapon a weapon-use trigger at `k` names ("high-precision American HIMARS launchers"): no party of the act. */
export function usedWeaponSpan(t: Tree, k: number): [number, number] | null {
  const obj = childRel(t, k, 'obj');
  return obj >= 0 ? subtreeSpan(t, obj) : null;
}

/** The trigger entry is a weapon use (withWeaponUse). */
export const isWeaponUse = (e: TriggerEntry): boolean => e.source.startsWith('weapon-use:');
