/**
 * Commitment-date claims: statements of when a commitment started or ended ("the energy moratorium, which took
 * effect on March 18", "the truce expired on April 17"). The ledger's merged commitment says whether it did.
 *
 *   findCommitmentDateClaims(doc)
 *   // [{ edge: 'end', noun: 'truce', objects: ['energy infrastructure'], date: { date: '2025-04-17', … }, span: … }]
 */
import type { Document, Span, TimeMention } from '../../core/types.js';
import { scopeObjectsIn } from '../commitments/scopes.js';

export interface CommitmentDateMention {
  span: Span;
  sentence: number;
  edge: 'start' | 'end';
  noun: string;
  /** Scope objects named in the sentence ("energy infrastructure"). */
  objects: string[];
  date: TimeMention;
}

const NOUN = /\b(moratorium|truce|ceasefire|cease-fire|pause|pledge|deal|agreement)\b/i;
const START = /\b(?:began|begins|started|starts|took effect|takes effect|came into force|comes into force|entered into force|went into effect|kicked in)\b/i;
const END = /\b(?:expired|expires|ended|ends|lapsed|lapses|ran out|runs out|came to an end)\b/i;

export function findCommitmentDateClaims(doc: Document): CommitmentDateMention[] {
  const out: CommitmentDateMention[] = [];
  const sentences = doc.layers.sentences ?? [];
  const times = (doc.layers.times ?? []).filter((t) => t.date && t.durationDays === undefined && t.precision !== 'year');
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const body = doc.text.slice(s.start, s.end);
    const noun = NOUN.exec(body);
    if (!noun) continue;
    for (const [edge, verbs] of [['start', START], ['end', END]] as const) {
      const v = verbs.exec(body);
      if (!v || v.index < noun.index) continue;
      const verbEnd = s.start + v.index + v[0].length;
      const date = times.find((t) => t.sentence === i && t.start >= verbEnd && t.start - verbEnd <= 12);
      if (!date) continue;
      out.push({
        span: { start: s.start + noun.index, end: date.end },
        sentence: i,
        edge,
        noun: noun[1]!.toLowerCase(),
        objects: scopeObjectsIn(body),
        date,
      });
    }
  }
  return out;
}
