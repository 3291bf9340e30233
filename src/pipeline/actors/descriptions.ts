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
import { standIn } from './speakers.js';

/** Sectors whose bodies ("the church", "the bank", "the university") are no parties of the events coded here. */
const NOT_POLITICAL = new Set(['REL', 'BUS', 'EDU', 'MED', 'CVL', 'ENV', 'AGR', 'LAB', 'SPT', 'ART']);

/** How many sentences back an antecedent may be. */
const REACH = 3;

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
  const named = mentions.filter((m) => m.kind !== 'place' && m.kind !== 'person' && m.kind !== 'sector' && m.code && m.code !== '---' && m.via === undefined && !NOT_POLITICAL.has(m.sector ?? ''));
  if (!named.length) return out;
  // the words of each name, once: "Russian Defence Ministry" -> russian, defence, ministry
  const byWord = new Map<string, ActorMention[]>();
  for (const m of named) for (const w of new Set((m.text ?? '').toLowerCase().split(/[^a-z]+/))) if (w) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(m);
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.norm !== 'the') continue;
    const noun = tokens[k + 1]!;
    if (!describes(tokens, k + 1) || mentions.some((m) => m.start <= noun.start && noun.end <= m.end)) continue;
    // "the officials" after "Russian officials" (a plural names a plural), "the ministry" after "the Defence Ministry",
    // or a description the data file gives for the code ("the alliance" for NATO)
    const codes = descriptions().get(noun.lemma);
    const fitting = [...(byWord.get(noun.norm === noun.lemma ? noun.lemma : noun.norm) ?? []), ...(codes ? named.filter((m) => codes.has(m.code)) : [])];
    const s = noun.sentence;
    const candidates = fitting.filter((m) => m.end <= tokens[k]!.start && m.sentence >= s - REACH).sort((a, b) => a.start - b.start);
    if (!candidates.length) continue;
    const last = candidates[candidates.length - 1]!;
    if (candidates.some((m) => m.code !== last.code || m.sector !== last.sector)) continue;
    out.push(standIn(doc, noun, last, last.kind, false));
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
