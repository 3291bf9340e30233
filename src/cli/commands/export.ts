/**
 * `parley export --format jsonl|plover|gdelt|csv|claimreview [--what events|documents|commitments|claims|clusters]
 * [filters] [--out FILE] [--db URL]`: writes the ledger to standard output (or FILE), oldest first.
 */
import { createWriteStream, openSync } from 'node:fs';
import { ParleyError } from '../../core/errors.js';
import { EXPORT_FORMATS, EXPORT_WHAT, exportLedger, type ExportFormat, type ExportWhat } from '../../services/export/index.js';
import { openStore } from '../../store/index.js';
import { dbOption, parseOptions, type Command } from '../command.js';
import { eventFilterFrom, FILTER_OPTIONS } from './query.js';

export const command: Command = {
  usage: 'parley export --format jsonl|plover|gdelt|csv|claimreview [--what events|documents|commitments|claims|clusters] [--actor CODE] [--recipient CODE] [--type T] [--from D] [--to D] [--precision day|month|year] [--source S] [--include-supported] [--include-unverified] [--out FILE] [--db URL]',
  summary: 'Export the ledger: JSONL records (documents as Analysis JSON), PLOVER event records, GDELT 1.0-style TSV, CSV, or schema.org ClaimReview JSON-LD for contradicted claims (--include-supported adds supported ones, --include-unverified all).',
  async run(argv) {
    const { values } = parseOptions(argv, { ...FILTER_OPTIONS, format: { type: 'string' }, what: { type: 'string' }, out: { type: 'string' }, 'include-unverified': { type: 'boolean' }, 'include-supported': { type: 'boolean' } });
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new ParleyError('USAGE', `--format is one of ${EXPORT_FORMATS.join(', ')}`);
    const what = values.what as ExportWhat | undefined;
    if (what && !EXPORT_WHAT.includes(what)) throw new ParleyError('USAGE', `--what is one of ${EXPORT_WHAT.join(', ')}`);
    const filter = eventFilterFrom(values);
    const store = await openStore(dbOption(values.db), { create: false });
    let out: NodeJS.WritableStream;
    try {
      out = values.out ? createWriteStream(values.out, { fd: openOutput(values.out) }) : process.stdout;
    } catch (err) {
      await store.close();
      throw err;
    }
    // A closed pipe (`parley export … | head`) ends the export quietly.
    out.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); });
    try {
      const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
      const n = await exportLedger(store, { format, ...(what ? { what } : {}), filter, includeUnverified: values['include-unverified'] ?? false, includeSupported: values['include-supported'] ?? false }, write);
      if (values.out) {
        await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(err) : resolve())));
        process.stderr.write(`exported ${n} record(s) to ${values.out}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** Opens FILE for writing now, so a missing folder or a read-only place is a user error before any work. */
export function openOutput(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new ParleyError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${why} (${code})`);
  }
}
