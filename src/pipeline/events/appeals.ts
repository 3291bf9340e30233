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
 */
import { compose, reverse } from './frames.js';
import type { FrameKind } from './lexicon.js';

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
