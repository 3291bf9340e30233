/**
 * The other side of a commitment whose own clause names no addressee: a pledge or threat of an act on
 * another party (a typed act: aid, assault, sanction, talks …) is made to, asked of or aimed at the one other party
 * its sentence names ("Macron said he would raise her case with Putin, adding that he wants to offer her asylum"
 * -> RUS), or, when its sentence names none, at the party the article has named most in the sentences before, if
 * one clearly leads ("Kyiv said it would not recognise the outcome" in an article about Russia's referendums -> RUS).
 *
 *   counterpartOf(text, record, trigger, actors, sentences)   // { code: 'RUS' } or null
 *
 * Never for a demand, an agreement or ceasefire (its parties are all in `by`), a pledge of two or more parties, a
 * later turn, an act of no type (domestic policy: "vowed not to resign") or a build-up of one's own forces, nor aid
 * from the article's lead (its receiver is read in detect.ts; the side named most is often the foe). Places and
 * parties after "in" ("annexation in Ukraine") are where an act is, not whom it is aimed at; the press only
 * reports; a party after the trigger in another clause is that clause's. Null when the sentence names two or more
 * other parties (or one in another clause only) or the article leads with none.
 */
import type { ActorMention, ActorRef, CommitmentRecord, Span } from '../../core/types.js';

/** How many sentences back the article's leading other party is counted. */
export const COUNTERPART_REACH = 10;
/**
 * Kinds made to someone whose act tells whom: a pledge or threat of one's own act on another party. (Not a demand: the
 * party a demanded act bears on is rarely the one asked, "called for more weapons to help Ukraine" asks its allies.)
 */
const ADDRESSED = new Set(['pledge', 'threat', 'ultimatum']);
/** Acts with no other side by nature: a build-up of one's own forces. */
const OWN_ACTS = new Set(['MOBILIZE']);
const TURNS = new Set(['extended', 'withdrawn', 'collapsed', 'accused-violation', 'denied-violation']);
const PRESS = new Set(['MED', 'JRN']);

/** Right before a party named as a place ("in Ukraine", "inside Russia"). */
const LOCATIVE_BEFORE = /\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?$/i;
/** Between a trigger and a party after it: another clause ("…, and a deal with Turkey was signed"). */
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas|which|who|as)\b|\b(?:but|while|whereas|although|though)\b/;

export function counterpartOf(text: string, c: CommitmentRecord, trig: Span, actors: readonly ActorMention[], sentences: readonly Span[]): ActorRef | null {
  if (c.to.length || !ADDRESSED.has(c.kind) || !c.action || OWN_ACTS.has(c.action) || TURNS.has(c.phase ?? '')) return null;
  const byCodes = new Set(c.by.map((b) => b.code));
  // ("Iran and Turkey pledged to triple bilateral trade": a pledge of two parties is made to each other)
  if (byCodes.size !== 1) return null;
  // ("any kind of annexation in Ukraine": a party named as where an act is, after "in", is not whom it is aimed at)
  const where = (m: ActorMention) => m.kind === 'place' || LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
  const others = (m: ActorMention) => m.code !== '---' && !byCodes.has(m.code) && !PRESS.has(m.sector ?? '') && !where(m) && m.kind !== 'sector';
  // (a party after the trigger in another clause is that clause's: "pledged to crack down on militants, and a deal with Turkey was signed")
  const inSentence = actors.filter((m) => m.sentence === c.sentence && others(m) && (m.end <= trig.start || !CLAUSE_BREAK.test(text.slice(trig.end, m.start))));
  const codes = [...new Set(inSentence.map((m) => m.code))];
  if (codes.length === 1) return refOf(inSentence[0]!);
  if (codes.length > 1) return null;
  // (any party of the sentence, a place too, is the act's own setting: "annexation in Ukraine" is not aimed at the article's lead)
  if (actors.some((m) => m.sentence === c.sentence && m.code !== '---' && !byCodes.has(m.code) && !where(m))) return null;
  // (aid goes to the article's receiver of aid, which detect.ts reads, not to the side the article names most: often the foe)
  if (c.action === 'AID') return null;
  const counts = new Map<string, { n: number; m: ActorMention }>();
  for (const m of actors) {
    if (m.sentence >= c.sentence || c.sentence - m.sentence > COUNTERPART_REACH || !others(m) || m.start >= (sentences[c.sentence]?.start ?? 0)) continue;
    const x = counts.get(m.code) ?? { n: 0, m };
    x.n++;
    counts.set(m.code, x);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  // a clear lead: named at least twice, and more often than any other
  if (!ranked[0] || ranked[0].n < 2 || (ranked[1] && ranked[1].n >= ranked[0].n)) return null;
  return refOf(ranked[0].m);
}

function refOf(m: ActorMention): ActorRef {
  return { code: m.code, ...(m.sector ? { sector: m.sector } : {}) };
}
