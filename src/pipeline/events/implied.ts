/**
 * The side an attack leaves unnamed, from the war the article reports. When the attacks of an article that name
 * both sides are mostly between two countries A and B (at least two of them, two thirds of all such attacks), an
 * attack naming only one of them on one side was done by, or to, the other:
 *
 *   "Russian forces shelled Kharkiv. … Kyiv was shelled overnight."          Kyiv (UKR) was shelled -> by RUS
 *   "… a Russian missile destroyed his house."                              RUS destroyed -> UKR
 * and an attack naming neither side ("the site was struck three days in a row") was done in the direction most
 * of the article's attacks go (two thirds of them), when the place its own sentence names, if any, is on the
 * receiving side. The parties added carry `via: 'article'`: inferred from the article, not said in the sentence.
 * Attacks on neither side of the pair, and articles with no prevailing pair, are left as they are.
 *
 *   impliedParties(events, partyless, isCountry) // fills the sides in place; returns the events to keep
 */
import type { ActorRef, EventRecord } from '../../core/types.js';

/** Codes of physical force (CAMEO 18-20): the acts whose unnamed side the war gives. */
export const isForce = (cameo: string): boolean => Number(cameo.slice(0, 2)) >= 18;

/** Threats of military force (CAMEO 138x): they count toward the article's prevailing pair, never filled themselves. */
const isForceThreat = (cameo: string): boolean => cameo.startsWith('138');

/** Of the pair, at least this many attacks naming both sides, and this share of all attacks naming two countries. */
const MIN_ATTACKS = 2;
const MIN_SHARE = 2 / 3;

/**
 * Fills the unnamed side of attacks from the article's prevailing pair. `partyless` maps the attacks that name no side
 * at all (kept only if the article's direction gives them both) to the country of a place their sentence names, or
 * null. `isCountry` tells a state's code from others.
 */
export function impliedParties(events: EventRecord[], partyless: ReadonlyMap<EventRecord, string | null>, isCountry: (code: string) => boolean): EventRecord[] {
  const pair = prevailingPair(events, isCountry);
  if (!pair) return partyless.size ? events.filter((e) => !partyless.has(e)) : events;
  const [a, b, forward] = pair;
  const other = (code: string) => (code === a ? b : code === b ? a : null);
  const kept: EventRecord[] = [];
  for (const e of events) {
    if (!isForce(e.cameo)) { kept.push(e); continue; }
    const actor = sideCode(e.actor);
    const recipient = sideCode(e.recipient);
    if (partyless.has(e)) {
      const place = partyless.get(e);
      // "the site was struck": the article's direction, unless the sentence puts the site on the attacking side
      if (!forward || (place && place !== forward[1])) continue;
      e.actor = [implied(forward[0])];
      e.recipient = [implied(forward[1])];
    } else if (!e.actor.length && recipient && other(recipient)) {
      e.actor = [implied(other(recipient)!)];
    } else if (!e.recipient.length && actor && other(actor)) {
      e.recipient = [implied(other(actor)!)];
    }
    kept.push(e);
  }
  return kept;
}

const implied = (code: string): ActorRef => ({ code, via: 'article' });

/** The one country code every ref of a side carries, or null. */
function sideCode(refs: readonly ActorRef[]): string | null {
  if (!refs.length) return null;
  const code = refs[0]!.code;
  return refs.every((r) => r.code === code) ? code : null;
}

/**
 * The two countries most of the article's attacks naming two countries are between, and the direction two thirds
 * of those go in ([attacker, target]) or null; null when no pair prevails.
 */
function prevailingPair(events: readonly EventRecord[], isCountry: (code: string) => boolean): [string, string, [string, string] | null] | null {
  const byPair = new Map<string, number>();
  const byDirection = new Map<string, number>();
  let total = 0;
  for (const e of events) {
    // (a threat of force names the war's sides and direction as well as an attack: "Russia would hit targets in Ukraine")
    if (!(isForce(e.cameo) || isForceThreat(e.cameo)) || e.negated || e.modality === 'hypothetical') continue;
    const x = sideCode(e.actor);
    const y = sideCode(e.recipient);
    if (!x || !y || x === y || !isCountry(x) || !isCountry(y) || viaArticle(e)) continue;
    total++;
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    byPair.set(key, (byPair.get(key) ?? 0) + 1);
    byDirection.set(`${x}|${y}`, (byDirection.get(`${x}|${y}`) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const [key, n] of byPair) if (!best || n > best[1]) best = [key, n];
  if (!best || best[1] < MIN_ATTACKS || best[1] < MIN_SHARE * total) return null;
  const [a, b] = best[0].split('|') as [string, string];
  const ab = byDirection.get(`${a}|${b}`) ?? 0;
  const forward: [string, string] | null = ab >= MIN_SHARE * best[1] ? [a, b] : best[1] - ab >= MIN_SHARE * best[1] ? [b, a] : null;
  return [a, b, forward];
}

const viaArticle = (e: EventRecord): boolean => [...e.actor, ...e.recipient].some((r) => r.via === 'article');
