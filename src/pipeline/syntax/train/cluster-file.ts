/**
 * Reads the committed word clusters (data/clusters.tsv: word TAB bit string, learned from unlabelled news by
 * train/clusters.ts) into the hashed lookup the models use. Null when the file is absent.
 *
 *   loadClusterFile()?.get(hashString('shelled'))
 */
import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../../../core/paths.js';
import { ClusterTable } from '../clusters.js';
import { hashString } from '../hash.js';

export const CLUSTER_PATH = packagePath('src', 'pipeline', 'syntax', 'data', 'clusters.tsv');

export function loadClusterFile(path = CLUSTER_PATH): ClusterTable | null {
  if (!existsSync(path)) return null;
  const pairs: number[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, bits] = line.split('\t');
    if (!word || !bits) continue;
    pairs.push(hashString(word), parseInt(`1${bits}`, 2));
  }
  return ClusterTable.fromPairs(Uint32Array.from(pairs));
}
