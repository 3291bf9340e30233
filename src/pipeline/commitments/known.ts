/**
 * Commitments the press names by a short name ("the grain deal", "New START", "the visa facilitation agreement"),
 * from data/known-commitments.json: their parties, mediators, act and scope, for a mention that names one (in its
 * own words, modifiers or content) and for a bare back-reference ("the deal", "the agreement") to the last one the
 * article named before.
 *
 *   knownIn('helped broker a deal earlier this summer to restart grain shipments')?.name // 'Black Sea Grain Initiative'
 *   knownBefore(articleText, sentenceStart, 'deal')?.by // [{ code: 'RUS', … }, { code: 'UKR', … }]
 *
 * A bare back-reference resolves only when the noun is one the known commitment goes by and it was named within
 * KNOWN_REACH characters before.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorRef } from '../../core/types.js';

export interface KnownCommitment {
  name: string;
  by: ActorRef[];
  mediators: ActorRef[];
  action: string | null;
  scope: string;
  signed: string;
  nouns: string[];
  patterns: RegExp[];
}

interface Entry extends Omit<KnownCommitment, 'patterns'> { names: string[] }

let known: KnownCommitment[] | null = null;
export function knownCommitments(): readonly KnownCommitment[] {
  known ??= (JSON.parse(readFileSync(packagePath('src', 'pipeline', 'commitments', 'data', 'known-commitments.json'), 'utf8')) as { commitments: Entry[] }).commitments
    .map(({ names, ...e }) => ({ ...e, patterns: names.map((n) => new RegExp(n, 'i')) }));
  return known;
}

/** The known commitment a phrase names, if any (the first in the file when several do). */
export function knownIn(phrase: string): KnownCommitment | null {
  return knownCommitments().find((k) => k.patterns.some((p) => p.test(phrase))) ?? null;
}

/** How far back (characters) a bare "the deal" may reach for the known commitment the article named. */
export const KNOWN_REACH = 4000;

/** The known commitment named last in `text` before `at` (within reach), when `noun` ("deal", "agreements") is one it goes by. */
export function knownBefore(text: string, at: number, noun: string): KnownCommitment | null {
  const from = Math.max(0, at - KNOWN_REACH);
  const window = text.slice(from, at);
  const singular = noun.toLowerCase().replace(/s$/, '');
  let best: { k: KnownCommitment; at: number } | null = null;
  for (const k of knownCommitments()) {
    if (!k.nouns.includes(singular)) continue;
    for (const p of k.patterns) {
      const g = new RegExp(p.source, 'gi');
      for (const m of window.matchAll(g)) if (!best || m.index! > best.at) best = { k, at: m.index! };
    }
  }
  return best?.k ?? null;
}
