/**
 * The person a committing pronoun stands for ("She also called for …" -> Truss), for commitments: the last
 * person named before the pronoun, in its sentence or up to three sentences back, whose gender fits. Looser than
 * the shared coreference of the actors layer (../actors/coref.ts, which resolves only an unambiguous opening
 * pronoun), because here the tree already says the pronoun is the subject of a committing verb. "The two countries"
 * or "both sides" stand for the last two parties of different countries named before.
 *
 *   personBefore(mentions, 'she', 812, 14) // the last person mention before offset 812, sentences 11-14, not a man
 */
import type { ActorMention, Token } from '../../core/types.js';
import { genderOf } from './coref.js';

/** Nouns that name a pair of parties with "both", "two" or "the" ("both sides", "the two countries"). */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(['country', 'side', 'nation', 'government', 'leader', 'party', 'neighbour', 'neighbor']);

/**
 * Whether a noun phrase stands for the pair named before: "both", "the two" alone, or a pair noun in the plural
 * with "both", "two" or only "the" ("both sides", "the two countries", "the sides").
 */
export function namesPair(word: { norm: string; lemma: string }, modifiers: readonly string[]): boolean {
  if (word.norm === 'both' || (word.norm === 'two' && modifiers.includes('the'))) return true;
  if (!PAIR_NOUNS.has(word.lemma) || word.norm === word.lemma) return false;
  return modifiers.includes('both') || modifiers.includes('two') || (modifiers.includes('the') && modifiers.length === 1);
}

/** How many sentences back a pronoun may reach for its person. */
export const PRONOUN_REACH = 3;

/** "the two countries agreed …": the last two parties of different countries named before `at`, within reach. */
export function pairBefore(mentions: readonly ActorMention[], at: number, sentence: number): ActorMention[] {
  const out: ActorMention[] = [];
  const before = mentions.filter((m) => m.end <= at && m.sentence >= sentence - PRONOUN_REACH && m.sentence <= sentence && m.code !== '---' && m.kind !== 'place').sort((a, b) => b.start - a.start);
  for (const m of before) {
    if (out.some((x) => x.code === m.code)) continue;
    out.push(m);
    if (out.length === 2) return out.reverse();
  }
  return [];
}

export function personBefore(mentions: readonly ActorMention[], pronoun: string, at: number, sentence: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.end > at || m.sentence < sentence - PRONOUN_REACH || m.sentence > sentence || m.code === '---') continue;
    const g = genderOf(m);
    if (g && g !== (pronoun === 'she' ? 'f' : 'm')) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

/**
 * "Putin and Trump spoke by phone. They agreed …": the two parties of different countries coordinated as the
 * subject of sentence `sentence - 1` (named before its first verb, joined by "and" with no verb between), or [].
 */
export function coordinatedSubjectBefore(tokens: readonly Token[], mentions: readonly ActorMention[], sentence: number): ActorMention[] {
  const prev = sentence - 1;
  if (prev < 0) return [];
  const own = mentions.filter((m) => m.sentence === prev && m.kind !== 'place' && m.code && m.code !== '---' && m.via === undefined).sort((a, b) => a.start - b.start);
  if (own.length < 2) return [];
  const [a, b] = [own[0]!, own[1]!];
  if (a.code === b.code) return [];
  let joined = false;
  for (const t of tokens) {
    if (t.sentence < prev || t.start >= b.start) continue;
    if (t.sentence > prev) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return []; // past the subject: "Putin called Trump and …"
    if (t.start >= a.end && t.norm === 'and') joined = true;
    else if (t.start >= a.end && (t.pos === 'PUNCT' || t.pos === 'ADP')) return [];
  }
  return joined ? [a, b] : [];
}
