/**
 * One event per (type, actor, recipient) in a sentence: "Russian shelling killed …" is one ASSAULT, which keeps the
 * mode and code of the most specific trigger ("killed" + "drone strike": drone).
 *
 *   dedupe([killedByRussia, droneStrikeByRussia]) // [one ASSAULT RUS, mode drone]
 */
import type { ActorRef, EventRecord } from '../../core/types.js';
import { NO_COUNTRY } from '../../knowledge/matcher.js';

/** One event per (type, actor, recipient): a sentence saying "Russian shelling killed …" is one ASSAULT. */
export function dedupe(events: EventRecord[]): EventRecord[] {
  const key = (e: EventRecord) => { const p = partyOf(e); return `${e.type}|${e.actor.map(p).join('+')}|${e.recipient.map(p).join('+')}|${e.negated}`; };
  const out: EventRecord[] = [];
  for (const e of events) {
    const k = key(e);
    const same = out.findIndex((o) => key(o) === k || (o.type === e.type && covers(o, e)));
    if (same >= 0) { out[same] = specific(out[same]!, e); continue; }
    const weaker = out.findIndex((o) => o.type === e.type && covers(e, o));
    if (weaker >= 0) { out[weaker] = specific(e, out[weaker]!); continue; }
    out.push(e);
  }
  return out;
}

/** `kept`, with the mode and code of `dropped` when only that one says how ("killed" + "drone strike"). */
function specific(kept: EventRecord, dropped: EventRecord): EventRecord {
  if (kept.mode || !dropped.mode) return kept;
  return { ...kept, mode: dropped.mode, cameo: dropped.cameo, goldstein: dropped.goldstein, quad: dropped.quad };
}

/**
 * True when `a` names every actor and recipient code that `b` names (and more); a party without a country
 * ('---', "civilians") is covered by any party on its side ("killed civilians" + "wounded Ukrainians").
 */
function covers(a: EventRecord, b: EventRecord): boolean {
  const p = partyOf(a);
  if (p !== partyOf(b)) return false;
  const side = (mine: ActorRef[], theirs: ActorRef[]) => {
    const codes = new Set(mine.map(p));
    return theirs.every((r) => codes.has(p(r)) || (p === byCountry && r.code === NO_COUNTRY && mine.length > 0));
  };
  return side(a.actor, b.actor) && side(a.recipient, b.recipient) && a.negated === b.negated;
}

/**
 * How dedupe tells the parties of `e` apart: by country, and by sector too when a country is on both sides of it
 * (or both of no known country: "police and gunmen exchanged fire": NGA COP -> NGA UAF and back are two events, where "Russian shelling killed
 * civilians" and "… wounded Ukrainian soldiers" stay one attack by Russia on Ukraine).
 */
function partyOf(e: EventRecord): (r: ActorRef) => string {
  const codes = new Set(e.actor.map((r) => r.code));
  return e.recipient.some((r) => codes.has(r.code)) ? bySector : byCountry;
}
const byCountry = (r: ActorRef) => r.code;
const bySector = (r: ActorRef) => `${r.code}.${r.sector ?? ''}`;
