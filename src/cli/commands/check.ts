/**
 * `parley check FILE [--db URL] [--as-of DATE] [--json | --claimreview [--include-supported]]`: the claims of an article with verdicts
 * (supported, contradicted, unverified) against the knowledge base and the ledger, each with its evidence and a
 * one-sentence explanation, and the article's commitments as the ledger knows them on the date. Without a ledger
 * (no --db, no PARLEY_DB and no ./parley.db) only the knowledge base is consulted. Exit status 0 whatever the
 * verdicts; 1 when the file cannot be read or the ledger cannot be opened.
 */
import { existsSync } from 'node:fs';
import { isIsoDate } from '../../core/dates.js';
import { ParleyError } from '../../core/errors.js';
import { readArticleFile } from '../../ingest/read-input.js';
import { isPostgresUrl, openStore, type Store } from '../../store/index.js';
import { checkDocument, claimReviews, type CheckReport } from '../../services/check.service.js';
import { parseOptions, type Command } from '../command.js';
import { writeJsonLine } from '../output.js';

export const command: Command = {
  usage: 'parley check FILE [--db URL] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json | --claimreview [--include-supported]]',
  summary: 'Check an article: role and event-date claims judged against the knowledge base and the ledger (supported, contradicted, unverified, with evidence), and its commitments as the ledger knows them. --json prints a parley.check/1 object, --claimreview schema.org ClaimReview JSON-LD of the contradicted claims (--include-supported adds supported ones).',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      db: { type: 'string' }, date: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' }, claimreview: { type: 'boolean' }, 'include-supported': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new ParleyError('USAGE', 'check needs exactly one FILE');
    if (values['as-of'] && !isIsoDate(values['as-of'])) throw new ParleyError('DATE_INVALID', `--as-of "${values['as-of']}" is not a calendar date`);
    const doc = readArticleFile(positionals[0]!, { date: values.date });
    const store = await openLedger(values.db);
    let report: CheckReport;
    try {
      report = await checkDocument(doc, store, values['as-of']);
    } finally {
      await store?.close();
    }
    if (values.claimreview) writeJsonLine(claimReviews(report, { supported: values['include-supported'] ?? false }));
    else if (values.json) writeJsonLine(report);
    else process.stdout.write(formatCheck(report, doc.text));
    return 0;
  },
};

/** The ledger named by --db / PARLEY_DB, else ./parley.db when it exists, else none (knowledge only). */
async function openLedger(db: string | undefined): Promise<Store | null> {
  const address = db || process.env.PARLEY_DB;
  if (!address) return existsSync('./parley.db') ? openStore('./parley.db') : null;
  if (!isPostgresUrl(address) && !existsSync(address)) {
    throw new ParleyError('DB_UNAVAILABLE', `there is no ledger at ${address}`, 'ingest articles first with `parley ingest FILE… --db PATH`, or leave out --db to check against the knowledge base only');
  }
  return openStore(address);
}

export function formatCheck(r: CheckReport, text: string): string {
  const out: string[] = [];
  out.push(`== ${r.document.title || r.document.source.uri}`);
  out.push(`   published ${r.document.published ?? 'unknown'} · checked against the knowledge base${r.ledger ? ` and the ledger ${r.ledger}` : ' only (no ledger)'}`);
  const counts = ['contradicted', 'supported', 'unverified'].map((v) => `${r.claims.filter((c) => c.verdict === v).length} ${v}`).join(', ');
  out.push('', `Claims (${r.claims.length}: ${counts})`);
  for (const c of r.claims) {
    out.push(`  ${c.verdict.toUpperCase().padEnd(13)}${c.kind}: "${text.slice(c.span.start, c.span.end)}"`);
    out.push(`      ${c.explanation}`);
    for (const e of c.evidence.slice(0, 3)) out.push(`      · ${e.kind}: ${e.note ?? e.ref ?? e.documentId}`);
    if (c.evidence.length > 3) out.push(`      · … ${c.evidence.length - 3} more`);
  }
  out.push('', `Commitments (${r.commitments.length}) as of ${r.asOf}`);
  for (const { commitment: c, merged, state } of r.commitments) {
    const by = c.by.map((a) => a.code).join('+') || '---';
    out.push(`  ${c.kind} by ${by}: ${c.refrain ? 'refrain from ' : ''}${c.action ?? '?'}${c.scope ? ` on ${c.scope}` : ''}${c.durationDays ? ` (${c.durationDays} days)` : ''}`);
    if (!merged || !state) { out.push('      not in the ledger'); continue; }
    // a proposal has no window: say so rather than print "? to open-ended"
    const window = state.lifecycle === 'proposed' || state.lifecycle === 'rejected' ? 'never in force' : `${merged.starts ?? '?'} to ${merged.ends ?? 'open-ended'}`;
    out.push(`      ledger: ${window}, ${merged.citations?.length ?? 0} reports; ${state.lifecycle}, compliance ${state.compliance}`);
    out.push(`      ${state.explanation}`);
    for (const v of state.violations) out.push(`      · violation ${v.date ?? '?'} ${v.standing}: ${v.explanation}`);
  }
  return out.join('\n') + '\n';
}
