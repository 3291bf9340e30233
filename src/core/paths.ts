/**
 * Locates files shipped with Parley (knowledge data, examples, web assets) from either `src/` or `dist/`.
 *
 *   packagePath('examples') // '/…/parley/examples'
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('parley: package root not found');
    dir = up;
  }
  return dir;
}

export const packageRoot = findRoot();

export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}
