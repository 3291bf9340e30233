/**
 * The one rule by which a later phrase names again an actor named shortly before by a word of its name, for the two
 * resolvers that use it: definite descriptions for coreference (descriptions.ts: "The Russian Defence Ministry said …
 * . The ministry also accused Kyiv …") and state institutions without a country in the actors layer (institutions.ts:
 * "Kenya's Interior Ministry said … . The ministry …"). Among the earlier mentions in reach, those whose name holds
 * every word of the phrase are its candidates; the phrase names the last of them only when they are all one actor.
 *
 *   soleNamedBefore(['ministry'], before, sameCode) // "Kenya's Interior Ministry", if no other country's ministry is in reach
 */
import type { ActorMention } from '../../core/types.js';
import { NO_COUNTRY } from '../../knowledge/index.js';

/** How many sentences back an antecedent may be. */
export const REACH = 3;

const cache = new WeakMap<ActorMention, string[]>();

/** The lower-cased words of a mention's text: "Russia's Defence Ministry" -> russia, s, defence, ministry. */
export function nameWords(m: ActorMention): string[] {
  let ws = cache.get(m);
  if (!ws) cache.set(m, (ws = (m.text ?? '').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)));
  return ws;
}

/** A mention another phrase can name again by a word of its name: a coded country or body, not a place, a person or a bare sector noun. */
export function nameable(m: ActorMention): boolean {
  return m.kind !== 'place' && m.kind !== 'person' && m.kind !== 'sector' && !!m.code && m.code !== NO_COUNTRY;
}

/** The mentions of `before` whose name holds every one of `words` ("officials" of "Ukrainian officials"). */
export function namedBy(words: readonly string[], before: readonly ActorMention[]): ActorMention[] {
  return before.filter((a) => nameable(a) && words.every((w) => nameWords(a).includes(w)));
}

export const sameCode = (a: ActorMention, b: ActorMention): boolean => a.code === b.code;
export const sameActor = (a: ActorMention, b: ActorMention): boolean => a.code === b.code && a.sector === b.sector;

/** The last of the candidates (in text order) when every candidate is the same actor as it by `same`; else null. */
export function soleAntecedent(candidates: readonly ActorMention[], same: (a: ActorMention, b: ActorMention) => boolean): ActorMention | null {
  const last = candidates[candidates.length - 1];
  return last && candidates.every((a) => same(a, last)) ? last : null;
}

/** The last earlier mention whose name holds every one of `words`, when all such mentions are one actor by `same`. */
export function soleNamedBefore(words: readonly string[], before: readonly ActorMention[], same: (a: ActorMention, b: ActorMention) => boolean): ActorMention | null {
  return soleAntecedent(namedBy(words, before), same);
}
