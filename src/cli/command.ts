/**
 * The shape of a CLI command module, and a strict option parser that turns unknown options into usage errors.
 *
 *   export const command: Command = { usage: 'parley analyze FILE… [--json]', summary: '…', run: async (argv) => 0 };
 *   const { values, positionals } = parseOptions(argv, { json: { type: 'boolean' } });
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParleyError } from '../core/errors.js';

export interface Command {
  usage: string;
  summary: string;
  run(argv: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new ParleyError('USAGE', (err as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/** The ledger address from --db, else PARLEY_DB, else ./parley.db. */
export function dbOption(value: unknown): string {
  return (typeof value === 'string' && value) || process.env.PARLEY_DB || './parley.db';
}
