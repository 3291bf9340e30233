/**
 * Warnings that threaten: "warned that if Western forces attacked, Russia would use all the means", "warned that Russia
 * would pay a heavy price if it invaded", "warned that Russian troops will be annihilated if they stay in Kherson". A
 * content clause with an if/unless condition and a future or modal consequence that is the warner's own act, or what
 * another party (not civilians, not people in general) would suffer: a price paid, a loss faced, or force undergone
 * (a passive of a verb of force: annihilated, destroyed, crushed). Not "warned that prices would rise if …", a
 * forecast, nor a third party's act ("warned that millions would starve if …").
 *
 * The parse may hang the consequence as a second content clause, a conjunct with its own subject, or, after a
 * quotation ("then 'we will use all the means'"), as parataxis.
 *
 *   threatenedConsequence(view, tree, warnedVerb) // the consequence clause's head, or -1
 *   forceSufferer(view, tree, consequence, warner) // "Russian troops" in "Russian troops will be annihilated"
 */
import { actorNodes, actorsOfNodes, conditionMarked, generic } from './args.js';
import { cues } from './cues.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { senseOf } from './senses.js';
import { childRel, headOf, isVerbal, kidsOf, relOf, type Tree } from './tree.js';

const OWN_SIDE = new Set(['we', 'i']);

/** CAMEO roots of force (18 assault, 19 fight, 20 mass violence): what "would be annihilated" undergoes. */
const isForceCode = (code: string | null | undefined): boolean => !!code && Number(code.slice(0, 2)) >= 18;

/** The head of the consequence clause of warning verb `h` when its content is a conditioned threat, else -1. */
export function threatenedConsequence(view: SentenceView, t: Tree, h: number): number {
  if (!isVerbal(t, h)) return -1;
  const c = cues();
  const conditioned = (x: number) => conditionMarked(t, x);
  const kids = [...kidsOf(t, h)];
  const ccomps = kids.filter((x) => relOf(t, x) === 'ccomp');
  // (after a condition the parse hung as the content clause, the consequence may hang as a conjunct of the verb, or as
  // parataxis when it is quoted)
  const contents = ccomps.some(conditioned)
    ? kids.filter((x) => relOf(t, x) === 'ccomp' || ((relOf(t, x) === 'conj' || relOf(t, x) === 'parataxis') && x > h && childRel(t, x, 'nsubj') >= 0))
    : ccomps;
  // (the condition may hang on the content clause or, after it, on the warning verb: "warned that they will be
  // “annihilated” if they remain")
  const after = kids.filter((x) => relOf(t, x) === 'advcl' && contents.some((y) => y < x));
  const clauses = [...contents, ...contents.flatMap((x) => [...kidsOf(t, x)].filter((y) => relOf(t, y) === 'advcl')), ...after];
  if (!clauses.some(conditioned)) return -1;
  const warner = new Set(actorsOfNodes(view, t, actorNodes(t, h)).filter((m) => !generic(m)).map((m) => m.m.code));
  // (the one who would suffer is another party with a country, not people in general: "the UN warned that millions
  // would face starvation if …" is a forecast)
  const other = (y: number) => actorsOfNodes(view, t, [y]).some((m) => !generic(m) && !warner.has(m.m.code) && m.m.sector !== 'CVL');
  const ownOrSuffered = (x: number) => [...kidsOf(t, x)].some((y) => relOf(t, y) === 'nsubj' && (OWN_SIDE.has(t.tokens[y]!.norm)
    || actorsOfNodes(view, t, [y]).some((m) => warner.has(m.m.code))
    || (c.suffering.has(t.tokens[x]!.lemma) && other(y)))) || forceSufferer(view, t, x, warner).length > 0;
  const modal = (x: number) => [...kidsOf(t, x)].some((y) => relOf(t, y) === 'aux' && (c.future.has(t.tokens[y]!.norm) || c.hypothetical.has(t.tokens[y]!.norm)));
  return contents.find((x) => !conditioned(x) && ownOrSuffered(x) && modal(x)) ?? -1;
}

/**
 * "Russian troops will be annihilated", "the invaders would be crushed": the party clause `x` says would undergo
 * force, in the passive (or an adjectival passive, "will be wiped out"), when it is a party other than the warner and
 * no civilian; [] otherwise.
 */
export function forceSufferer(view: SentenceView, t: Tree, x: number, warner: ReadonlySet<string>): MentionRef[] {
  const w = t.tokens[x]!;
  if (!/(ed|en|wn)$/.test(w.norm)) return [];
  let subject = childRel(t, x, 'nsubj:pass');
  if (subject < 0 && [...kidsOf(t, x)].some((y) => relOf(t, y) === 'cop' || relOf(t, y) === 'aux:pass')) subject = childRel(t, x, 'nsubj');
  if (subject < 0 || !isForceCode(senseOf(t, x)?.code)) return [];
  const sufferer = (m: MentionRef) => !generic(m) && !m.place && !warner.has(m.m.code) && m.m.sector !== 'CVL';
  const parties = actorsOfNodes(view, t, [subject]);
  if (parties.length) return parties.every(sufferer) ? parties : [];
  // "called on Russian troops to leave, warning that they will be annihilated": "they" are the party warned, named before
  if (!WARNED_PRONOUNS.has(t.tokens[subject]!.norm)) return [];
  const before = view.mentions.filter((m) => m.last < subject && m.first >= view.start && !m.place);
  const last = before[before.length - 1];
  return last && sufferer(last) ? [last] : [];
}

/** Pronouns for the party a warning is addressed to ("they will be crushed", "you will be destroyed"). */
const WARNED_PRONOUNS = new Set(['they', 'you']);

/**
 * Token `k` lies in a condition clause below `top` ("warned that if its cities were struck, …": "struck" is what the
 * warning makes a condition, not what it threatens).
 */
export function insideCondition(t: Tree, k: number, top: number): boolean {
  for (let x = k, g = 0; x >= 0 && x !== top && g < 12; x = headOf(t, x), g++) if (conditionMarked(t, x)) return true;
  return false;
}
