/**
 * A name several bodies bear ("the Security Council": the UN's, Russia's, Armenia's …; `sharedNames` in the
 * knowledge base's organisations) names a country's body when the article ties it to one; else the knowledge base's
 * reading (the UN's) stands:
 *
 *   "Russia's Security Council met. … The Security Council also approved …"   -> RUS GOV (the body of that name named shortly before)
 *   "Dmitry Medvedev, deputy head of the Security Council, warned NATO"       -> RUS GOV (a post in it held by a person of its sentence)
 *   "the deputy head of the nation's Security Council, Dmitry Medvedev"        -> RUS GOV
 *   "The Russian leader … a meeting with his Security Council"                 -> RUS GOV (the official "his" stands for)
 *   "The Security Council voted on a resolution"                               -> UNO GOV
 *
 * "His Security Council" is someone's own body already in the matcher, a state institution whose country
 * ./institutions.ts gives, or failing that a post-holder of its sentence ("Medvedev, deputy chairman of the country's
 * Security Council"). Precision first: the earlier bodies of that name in reach must all be one country's.
 *
 *   sharedNamesInContext(text, mentions) // the mentions, with the country's body in place of the UN's where the text says so
 */
import type { ActorMention } from '../../core/types.js';
import { loadKnowledge, NO_COUNTRY } from '../../knowledge/index.js';
import { words } from '../../knowledge/text.js';
import { PRONOUN_REACH } from './antecedent.js';
import { genderOf } from './coref.js';
import { nameWords, REACH, sameCode, soleAntecedent, soleNamedBefore } from './named-before.js';

export function sharedNamesInContext(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    // (the UN's body as the knowledge base reads it, or someone's own the matcher left without a country)
    if (!(m.kind === 'organisation' || (m.kind === 'sector' && m.code === NO_COUNTRY)) || !sharedName(m.text ?? '')) continue;
    const name = nameWords(m).filter((w) => w !== 'the');
    const before = out.slice(0, k).filter((a) => a.sentence >= m.sentence - REACH && a.end <= m.start);
    // a person of its sentence who holds a post in a body of that name ("Deputy Chairman of the Security Council"),
    // before it or in apposition after it ("the deputy head of the nation's Security Council, Dmitry Medvedev")
    const holding = (a: ActorMention) => a.kind === 'person' && a.sentence === m.sentence && a.code !== NO_COUNTRY && a.code !== m.code && holds(a.office, name);
    const next = out[k + 1];
    const apposed = next && /^\s*,\s*$/.test(text.slice(m.end, next.start)) && holding(next) ? next : undefined;
    const holder = before.filter(holding).pop() ?? apposed ?? ownerOf(text, m, out);
    // the body of that name the article named shortly before, when all such are one country's
    const named = soleNamedBefore(name, before, sameCode);
    const owner = holder ?? (named && endsWith(nameWords(named), name) ? named : null);
    if (owner && owner.code !== m.code) out[k] = ownBody(m, owner, holder ? m.sector : owner.sector);
  }
  return out;
}

/**
 * "The Russian leader … met his Security Council": the official "his" or "her" stands for, for the body the matcher
 * gave an owner but no country: the last member of a government of that gender named in reach, when all such are of
 * one country (Putin and Erdogan before "his": no one).
 */
function ownerOf(text: string, m: ActorMention, mentions: readonly ActorMention[]): ActorMention | undefined {
  const pronoun = m.code === NO_COUNTRY ? /\b(his|her)\s+$/i.exec(text.slice(Math.max(0, m.start - 5), m.start))?.[1]?.toLowerCase() : undefined;
  if (!pronoun) return undefined;
  const gender = pronoun === 'her' ? 'f' : 'm';
  const officials = mentions.filter((a) => a.kind === 'person' && a.sector === 'GOV' && a.code !== NO_COUNTRY && a.end <= m.start
    && a.sentence >= m.sentence - PRONOUN_REACH && (genderOf(a) ?? gender) === gender);
  return soleAntecedent(officials, sameCode) ?? undefined;
}

/** The phrase (with or without "the") is a name several bodies bear. */
function sharedName(text: string): boolean {
  const ws = words(text);
  const from = ws[0]?.key === 'the' ? 1 : 0;
  const hit = ws.length > from ? loadKnowledge().trie.longest(ws, from) : null;
  return !!hit && hit.end === ws.length && hit.values.some((v) => v.t === 'org' && v.shared === true);
}

/** An office's title names the body: "Deputy Chairman of the Security Council" holds "security council". */
function holds(office: string | undefined, name: readonly string[]): boolean {
  return !!office && ` ${office.toLowerCase()} `.includes(` ${name.join(' ')} `);
}

function endsWith(ws: readonly string[], tail: readonly string[]): boolean {
  return ws.length >= tail.length && tail.every((w, i) => ws[ws.length - tail.length + i] === w);
}

/** The mention as the owner's body: the owner's country, the body's sector, no longer the UN body's name or id. */
function ownBody(m: ActorMention, owner: ActorMention, sector: string | undefined): ActorMention {
  const { name: _name, id: _id, ...rest } = m;
  const r: ActorMention = { ...rest, code: owner.code, kind: 'organisation', via: 'coref', antecedent: owner.antecedent ?? { start: owner.start, end: owner.end } };
  if (sector) r.sector = sector;
  return r;
}
