/**
 * Development data beside the project (../shared/data), used only by tests, `npm run eval` and `npm run bench`.
 * The product never needs it; callers skip with a clear message when it is absent.
 *
 *   const gold = sharedDataPath('gold', 'plover_gsr.jsonl'); if (!gold) t.skip('no ../shared/data');
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';

export function sharedDataPath(...parts: string[]): string | null {
  const base = join(packageRoot, '..', 'shared', 'data');
  return existsSync(base) ? join(base, ...parts) : null;
}

export function sharedSeedPath(): string | null {
  const p = join(packageRoot, '..', 'shared', 'seeds', 'seed-article.txt');
  return existsSync(p) ? p : null;
}

export const SHARED_MISSING = '../shared is absent: this test needs the development data beside the project';
