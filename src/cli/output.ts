/**
 * Printing for the CLI: errors in one format, JSON lines, and plain text.
 *
 *   printError(new ParleyError('INPUT_EMPTY', 'a.txt is empty'));
 *   // stderr: error PARLEY_E_INPUT_EMPTY: a.txt is empty (hint: give a file that holds article text)
 */
import type { ParleyError } from '../core/errors.js';

export function printError(err: ParleyError, stream: NodeJS.WritableStream = process.stderr): void {
  stream.write(`error ${err.fullCode}: ${err.message} (hint: ${err.hint})\n`);
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
