/**
 * Teachers of the uptraining rounds (rounds.ts) kept as model files between runs, to try a later round's
 * settings without training the earlier rounds again: round 1 in `${prefix}-forward.bin.gz` and
 * `${prefix}-backward.bin.gz`, round k in `${prefix}-r${k}-forward.bin.gz` and `${prefix}-r${k}-backward.bin.gz`.
 *
 *   trainInRounds(examples, base, seeds, plan, log, fileTeacherCache('/tmp/t')); // reads or writes /tmp/t-*.bin.gz
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, encodeModel } from '../model.js';
import type { Side, TeacherCache } from './rounds.js';

export function teacherFile(prefix: string, round: number, side: Side): string {
  return round === 1 ? `${prefix}-${side}.bin.gz` : `${prefix}-r${round}-${side}.bin.gz`;
}

export function fileTeacherCache(prefix: string): TeacherCache {
  return {
    read: (round, side) => (existsSync(teacherFile(prefix, round, side)) ? decodeModel(readFileSync(teacherFile(prefix, round, side))) : undefined),
    write: (round, side, model) => writeFileSync(teacherFile(prefix, round, side), encodeModel(model)),
  };
}
