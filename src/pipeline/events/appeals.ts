/**
 * Appeals and pledges to refrain: "urged Russia not to use nuclear weapons", "demanded that Kyiv not attack the plant",
 * "must not block the deal", "vowed not to attack civilians". The negation belongs to what is asked for or promised,
 * not to the asking or promising: the appeal (demand, pledge) happened, and what it asks or promises is that the
 * complement not be done. Refraining from force or coercion is de-escalation, so asking for it is an appeal (demand)
 * to de-escalate (CAMEO 0256, 1056) and promising it an intent to de-escalate (0356); refraining from anything else
 * leaves an appeal's code, and a pledge not to do it stays what the coder made of it (a refusal).
 *
 *   asksToRefrain('appeal', '042') // true: a negated complement is asked to be refrained from
 *   asksToRefrain('intent', '190') // true;  asksToRefrain('intent', '042') // false ("promised not to visit")
 *   refrainAppealCode('appeal', '190', '020') // '0256'
 *
 * And appeals whose wording is no appeal alone ("pressed the case", "encouraged investment", "advised caution": the
 * lexicon's `!` appeal words) that ask a party to act, whatever the act: "pressed Beijing to play a constructive role",
 * "persuaded the minister to step up", "was encouraged by Washington to stay flexible" (`askedToAct`).
 */
import { actorsOfNodes, mentionOfNode } from './args.js';
import { cues } from './cues.js';
import { compose, reverse } from './frames.js';
import type { FrameKind, Match } from './lexicon.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { childRel, kidsOf, markOf, relOf, spanHead, type Tree, uposOf } from './tree.js';

const ASKING: ReadonlySet<FrameKind> = new Set<FrameKind>(['appeal', 'demand', 'oblige']);

/** A frame whose complement (coded `inner`), when negated, is asked or promised to be refrained from (the frame stays asserted). */
export function asksToRefrain(frame: FrameKind | null, inner: string | null): boolean {
  if (frame === 'intent') return !!inner && reverse('refrain', inner) !== null;
  return frame !== null && ASKING.has(frame);
}

/** The code of an appeal or demand to refrain from the complement coded `inner` (or `code`, when that says nothing new). */
export function refrainAppealCode(frame: FrameKind, inner: string | null, code: string): string {
  const refrained = inner ? reverse('refrain', inner) : null;
  return (refrained && compose(frame, refrained)) || code;
}

/** Object pronouns that stand for a party asked to act ("pressured him to …"). */
const PARTY_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/**
 * The appeal word of `m` (in a parsed sentence) has a party for object, or for passive subject, and a to-infinitive
 * saying what it is to do: "pressed Xi to play a constructive role", "urged the public to stay calm" (a party is a
 * named actor, an object pronoun or an agent noun: officials, the government, people), "Kyiv was pressed to
 * negotiate". Not "pressed the case", "encouraged investment to grow" (no party), "advised caution".
 */
export function askedToAct(view: SentenceView, m: Match): boolean {
  const t = view.tree;
  if (!t) return false;
  const h = spanHead(t, m.first, m.last);
  if (uposOf(t, h) !== 'VERB') return false;
  // the one appealing is a party too ("the attacks encouraged Putin to believe …" is no appeal), or, in the passive,
  // named by "by" ("civilians were encouraged to wear armbands" names no one appealing)
  const passive = childRel(t, h, 'nsubj:pass');
  const by = passive >= 0 ? childRel(t, h, 'obl:agent') : childRel(t, h, 'nsubj');
  if (by < 0 || !isParty(view, t, by)) return false;
  const party = [childRel(t, h, 'obj'), passive].find((x) => x >= 0 && isParty(view, t, x));
  if (party === undefined) return false;
  // the infinitive hangs from the verb, or (a parse that read "officials to play down" as one phrase) from the party;
  // an act, not a belief ("encouraged them to believe …")
  const infinitive = (x: number) => ['xcomp', 'acl', 'advcl'].includes(relOf(t, x)) && uposOf(t, x) === 'VERB' && markOf(t, x) === 'to' && x > h
    && !cues().belief.has(t.tokens[x]!.lemma);
  return [...kidsOf(t, h)].some((x) => relOf(t, x) === 'xcomp' && infinitive(x)) || [party, ...kidsOf(t, party)].some((p) => [...kidsOf(t, p)].some(infinitive));
}

/** A named actor (not a place), a personal pronoun, or an agent noun ("officials", "the government"). */
function isParty(view: SentenceView, t: Tree, x: number): boolean {
  const m = mentionOfNode(view, t, x);
  if (m) return !m.place || m.m.sector === 'GOV'; // "Washington pressed Kyiv to …": a capital for its government
  const w = t.tokens[x]!;
  if (w.pos === 'PRON') return PARTY_PRONOUNS.has(w.norm) || cues().pronouns.has(w.norm);
  return (w.pos === 'NOUN' || w.pos === 'PROPN') && cues().agentNouns.has(w.lemma);
}

/** Modals of obligation on a passive: "must be lifted", "should be released". */
const OBLIGING = new Set(['must', 'should']);

/**
 * "Peskov said Western sanctions must be lifted", "Kyiv said the prisoners should be released": a passive under a modal
 * of obligation, with no one named to do it, is what the speaker demands; who is to do it is the owner of what the
 * act is done to ("Western" sanctions), if the subject names one. Returns those parties, or null when the verb at
 * `h` is no such passive.
 */
export function obligedPassive(view: SentenceView, t: Tree, h: number): MentionRef[] | null {
  const kids = [...kidsOf(t, h)];
  const subject = childRel(t, h, 'nsubj:pass');
  // (after its subject: "should either nation be attacked" is a condition)
  const subjects = kids.filter((x) => relOf(t, x) === 'nsubj:pass');
  if (!kids.some((x) => relOf(t, x) === 'aux:pass') || !kids.some((x) => relOf(t, x) === 'aux' && OBLIGING.has(t.tokens[x]!.norm) && subjects.every((y) => y < x))) return null;
  if (childRel(t, h, 'obl:agent') >= 0) return null;
  return subject >= 0 ? actorsOfNodes(view, t, [subject]) : [];
}
