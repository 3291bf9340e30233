/**
 * Definite descriptions that name again an organisation named shortly before, by a noun of its own name:
 *
 *   "Russia's Federal Security Service said … . The service accused Ukraine …"   The service -> RUS SPY
 *   "The Russian Defence Ministry said … . The ministry also accused Kyiv …"      The ministry -> RUS GOV
 *   "NATO held talks … . The alliance condemned …"                              The alliance -> NATO (descriptions.json)
 *
 * "the" + a noun that heads its phrase (not "the service members", not "the ministry of finance"), with the noun a
 * word of an earlier mention's name (a plural names a plural: "the officials" after "Russian officials"; or a
 * description the data file gives for its code), in the same sentence before it or the three sentences before. Precision first: the candidates must all be the same actor
 * (code and sector); a place, a person, a body outside politics (a church, a bank) or a mention after it never counts.
 *
 *   definiteDescriptions(doc, mentions) // extra ActorMentions, `via: 'coref'`, antecedent = the earlier mention
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorMention, Document, Token } from '../../core/types.js';
import { nameable, namedBy, nameWords, REACH, sameActor, soleAntecedent } from './named-before.js';
import { standIn } from './speakers.js';

/** Sectors whose bodies ("the church", "the bank", "the university") are no parties of the events coded here. */
const NOT_POLITICAL = new Set(['REL', 'BUS', 'EDU', 'MED', 'CVL', 'ENV', 'AGR', 'LAB', 'SPT', 'ART']);

let described: Map<string, Set<string>> | null = null;

/** Nouns that describe an actor whose name does not contain them ("the alliance" for NATO), from ./data/descriptions.json. */
function descriptions(): Map<string, Set<string>> {
  if (!described) {
    const d = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'actors', 'data', 'descriptions.json'), 'utf8')) as { descriptions: Record<string, string[]> };
    described = new Map(Object.entries(d.descriptions).map(([k, v]) => [k, new Set(v)]));
  }
  return described;
}

export function definiteDescriptions(doc: Document, mentions: readonly ActorMention[]): ActorMention[] {
  const tokens = doc.layers.tokens ?? [];
  const out: ActorMention[] = [];
  const named = mentions.filter((m) => nameable(m) && m.via === undefined && !NOT_POLITICAL.has(m.sector ?? ''));
  if (!named.length) return out;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.norm !== 'the') continue;
    const noun = tokens[k + 1]!;
    if (!describes(tokens, k + 1) || mentions.some((m) => m.start <= noun.start && noun.end <= m.end)) continue;
    const before = named.filter((m) => m.end <= tokens[k]!.start && m.sentence >= noun.sentence - REACH);
    // "the officials" after "Russian officials" (a plural names a plural), "the ministry" after "the Defence Ministry",
    // or a description the data file gives for the code ("the alliance" for NATO)
    const codes = descriptions().get(noun.lemma);
    const candidates = codes ? before.filter((m) => codes.has(m.code) || nameWords(m).includes(noun.norm)) : namedBy([noun.norm], before);
    const last = soleAntecedent(candidates, sameActor);
    if (last) out.push(standIn(doc, noun, last, last.kind, false));
  }
  return out;
}

/** A common noun that heads its phrase: no noun, name or "of" after it in its sentence. */
function describes(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' || t.norm.length < 4) return false;
  const next = tokens[k + 1];
  return !next || next.sentence !== t.sentence || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.norm !== 'of');
}
