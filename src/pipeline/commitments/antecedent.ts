/**
 * The person a committing pronoun stands for ("She also called for …" -> Truss), for commitments only: the last
 * person named before the pronoun, in its sentence or up to three sentences back, whose gender fits. Looser than
 * the shared coreference of the actors layer (../actors/coref.ts, which resolves only an unambiguous opening
 * pronoun), because here the tree already says the pronoun is the subject of a committing verb.
 *
 *   personBefore(mentions, 'she', 812, 14) // the last person mention before offset 812, sentences 11-14, not a man
 */
import type { ActorMention } from '../../core/types.js';
import { genderOf } from '../actors/coref.js';

/** How many sentences back a pronoun may reach for its person. */
export const PRONOUN_REACH = 3;

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
