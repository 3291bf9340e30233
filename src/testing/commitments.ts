/**
 * Commitments of a sentence or article through the default pipeline (parser included), for the tests of
 * src/pipeline/commitments/, and the party codes of a record's side, sorted.
 *
 *   commitmentsOf('Russia agreed to a 30-day truce.', '2025-03-19')[0]?.kind // 'ceasefire'
 *   codes(c.by) // ['RUS']
 */
import { createDocument } from '../core/document.js';
import type { CommitmentRecord } from '../core/types.js';
import { defaultPipeline } from '../pipeline/index.js';
import type { Pipeline } from '../pipeline/pipeline.js';

let pipeline: Pipeline | null = null;

export function commitmentsOf(text: string, published: string): CommitmentRecord[] {
  pipeline ??= defaultPipeline();
  return pipeline.run(createDocument({ text, published, source: { kind: 'text', uri: 'test' } })).layers.commitments ?? [];
}

export const codes = (xs: { code: string }[]): string[] => xs.map((x) => x.code).sort();
