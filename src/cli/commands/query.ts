/**
 * `parley query events|clusters|commitments|claims|documents [filters] [--json]`: reads the ledger, newest first,
 * a page at a time (`--limit`, then `--cursor` from the last line). Filters: --actor, --recipient, --type
 * (PLOVER), --cameo-root, --from/--to (dates), --source, --text; commitments: --kind, --status, --as-of DATE
 * (merged across articles, with their standing and violations on that date); claims: --verdict, --subject;
 * clusters: --min-sources; events: --precision day|month|year (how exact the date is). An event dated only to
 * a month prints its month (2025-02), one dated only to a year its year, never a made-up day.
 */
import { isIsoDate } from '../../core/dates.js';
import { ParleyError } from '../../core/errors.js';
import type { ClaimRecord, ClaimVerdict, CommitmentKind, CommitmentStatus } from '../../core/types.js';
import { ledgerEventTypes } from '../../ontology/index.js';
import { commitmentsAsOfDate, queryEvents } from '../../services/query.service.js';
import { openStore, type EventFilter, type Page, type PageRequest } from '../../store/index.js';
import { dbOption, parseOptions, type Command } from '../command.js';
import { writeJsonLine } from '../output.js';

export const FILTER_OPTIONS = {
  db: { type: 'string' }, actor: { type: 'string' }, recipient: { type: 'string' }, type: { type: 'string' }, 'cameo-root': { type: 'string' },
  from: { type: 'string' }, to: { type: 'string' }, source: { type: 'string' }, text: { type: 'string' }, origin: { type: 'string' },
  precision: { type: 'string' },
} as const;

const OPTIONS = {
  ...FILTER_OPTIONS, kind: { type: 'string' }, status: { type: 'string' }, 'as-of': { type: 'string' }, verdict: { type: 'string' }, subject: { type: 'string' },
  'min-sources': { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

/** Allowed values of the vocabulary options (a typo is a usage error, not an empty answer). */
export const COMMITMENT_KINDS = ['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum'] as const satisfies readonly CommitmentKind[];
export const COMMITMENT_STATUSES = ['proposed', 'active', 'expired', 'kept', 'violated', 'withdrawn', 'collapsed', 'extended', 'rejected', 'announced'] as const satisfies readonly CommitmentStatus[];
export const CLAIM_KINDS = ['role', 'event-date', 'commitment-date'] as const satisfies readonly ClaimRecord['kind'][];
export const CLAIM_VERDICTS = ['supported', 'contradicted', 'unverified'] as const satisfies readonly ClaimVerdict[];
// Compile-time check that the lists above name every member of their types.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const complete: [Missing<CommitmentKind, (typeof COMMITMENT_KINDS)[number]>, Missing<CommitmentStatus, (typeof COMMITMENT_STATUSES)[number]>, Missing<ClaimVerdict, (typeof CLAIM_VERDICTS)[number]>, Missing<ClaimRecord['kind'], (typeof CLAIM_KINDS)[number]>] = [true, true, true, true];
void complete;


/** The value when it is one of `allowed`, else a usage error that lists them. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new ParleyError('USAGE', `${option} "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A whole number >= 1 from an option, else a usage error. */
export function positiveWhole(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new ParleyError('USAGE', `${option} must be a whole number of 1 or more, not "${value}"`);
  return n;
}

/** The CAMEO root as two digits, 01 to 20 ("4" -> "04"), else a usage error. */
export function cameoRootOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,2}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 20)) throw new ParleyError('USAGE', `--cameo-root "${value}" is not a CAMEO root: give 01 to 20 (e.g. 04 consult, 19 fight)`);
  return String(n).padStart(2, '0');
}

export function eventFilterFrom(v: Values): EventFilter {
  for (const key of ['from', 'to', 'as-of'] as const) {
    const d = v[key];
    if (typeof d === 'string' && !isIsoDate(d)) throw new ParleyError('USAGE', `--${key} "${d}" is not a calendar date: write YYYY-MM-DD, e.g. 2022-03-01`);
  }
  const s = (k: keyof Values) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  if (s('from') && s('to') && s('from')! > s('to')!) throw new ParleyError('USAGE', `--from ${s('from')} is after --to ${s('to')}`);
  const origin = oneOf('--origin', s('origin'), ['parley', 'gdelt'] as const);
  const type = oneOf('--type', s('type')?.toUpperCase(), ledgerEventTypes());
  const precision = oneOf('--precision', s('precision')?.toLowerCase(), ['day', 'month', 'year'] as const);
  const actor = actorOption(s('actor'));
  const recipient = actorOption(s('recipient'));
  const f: EventFilter = {
    precision,
    actor: actor?.code, actorSector: actor?.sector, recipient: recipient?.code, recipientSector: recipient?.sector, type, cameoRoot: cameoRootOption(s('cameo-root')),
    from: s('from'), to: s('to'), source: s('source'), text: s('text'), origin: origin as EventFilter['origin'],
  };
  return Object.fromEntries(Object.entries(f).filter(([, x]) => x !== undefined)) as EventFilter;
}

/** PLOVER/CAMEO sector codes an actor option may carry after its country or organisation code. */
const SECTORS = new Set(['GOV', 'MIL', 'COP', 'REB', 'UAF', 'PRM', 'JUD', 'LEG', 'SPY', 'OPP', 'PTY', 'JRN', 'MED', 'REL', 'PRE', 'AGR', 'BUS', 'CVL', 'REF', 'SOC', 'LAB', 'EDU', 'CRM', 'ELI', 'UNK']);

/** "--actor RUS", "RUS/GOV", "RUS:GOV" or "RUSGOV" as the reports print it: a code, and a sector when one is given. */
export function actorOption(value: string | undefined): { code: string; sector?: string } | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toUpperCase();
  const split = /^([A-Z]{2,})[/:]([A-Z]{3})$/.exec(v) ?? (v.length >= 6 && SECTORS.has(v.slice(-3)) ? [v, v.slice(0, -3), v.slice(-3)] : null);
  if (!split) return { code: v };
  if (!SECTORS.has(split[2]!)) throw new ParleyError('USAGE', `"${split[2]}" in "${value}" is not a sector`, `sectors: ${[...SECTORS].join(', ')}`);
  return { code: split[1]!, sector: split[2]! };
}

export const command: Command = {
  usage: 'parley query events|clusters|commitments|claims|documents [--actor CODE] [--recipient CODE] [--type T] [--cameo-root NN] [--from D] [--to D] [--precision day|month|year] [--source S] [--text WORDS] [--as-of D] [--kind K] [--status S] [--verdict V] [--min-sources N] [--limit N] [--cursor C] [--json] [--db URL]',
  summary: 'Read the ledger: events, event clusters (distinct sources + first report), commitments (with --as-of: merged, status and violations on that date), claims with verdicts, documents.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, OPTIONS);
    const what = positionals[0];
    if (!what || !['events', 'clusters', 'commitments', 'claims', 'documents'].includes(what)) {
      throw new ParleyError('USAGE', 'query needs what to read: events, clusters, commitments, claims or documents');
    }
    const filter = eventFilterFrom(values);
    const kindAllowed = what === 'claims' ? CLAIM_KINDS : COMMITMENT_KINDS;
    if (values.kind !== undefined && what !== 'claims' && what !== 'commitments') throw new ParleyError('USAGE', '--kind applies to commitments and claims');
    if (values.status !== undefined && what !== 'commitments') throw new ParleyError('USAGE', '--status applies to commitments');
    if (values.verdict !== undefined && what !== 'claims') throw new ParleyError('USAGE', '--verdict applies to claims');
    if (values['min-sources'] !== undefined && what !== 'clusters') throw new ParleyError('USAGE', '--min-sources applies to clusters');
    oneOf('--kind', values.kind, kindAllowed);
    oneOf('--status', values.status, COMMITMENT_STATUSES);
    oneOf('--verdict', values.verdict, CLAIM_VERDICTS);
    const minSourcesOption = positiveWhole('--min-sources', values['min-sources']);
    const limit = positiveWhole('--limit', values.limit) ?? 20;
    const page: PageRequest = { limit, ...(values.cursor ? { cursor: values.cursor } : {}) };
    const json = values.json ?? false;
    const store = await openStore(dbOption(values.db), { create: false });
    // A closed pipe (`parley query … | head`) ends the listing quietly.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); });
    try {
      const emit = <T>(p: Page<T>, line: (x: T) => string) => {
        for (const item of p.items) json ? writeJsonLine(item) : process.stdout.write(line(item) + '\n');
        if (!json && !p.items.length) process.stdout.write(`no ${what} match\n`);
        if (p.nextCursor) json ? writeJsonLine({ nextCursor: p.nextCursor }) : process.stdout.write(`… more: --cursor ${p.nextCursor}\n`);
      };
      const range = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
      if (what === 'events') {
        emit(await queryEvents(store, filter, page), (e) =>
          `${dayLabel(e)}  ${parties(e.actor)} -> ${parties(e.recipient)}  ${e.type}${e.mode ? `/${e.mode}` : ''}  CAMEO ${e.cameo}${e.negated ? ' [NOT]' : ''}${e.modality !== 'asserted' ? ` [${e.modality}]` : ''}  ${e.sourceName ? `[${e.sourceName}] ` : ''}${quote(e.evidenceText)}`);
      } else if (what === 'clusters') {
        const minSources = minSourcesOption;
        emit(await store.listClusters({ ...range, ...pick(filter, ['actor', 'recipient', 'type']), ...(minSources ? { minSources } : {}) }, page), (c) =>
          `${c.firstDay}${c.lastDay !== c.firstDay ? `..${c.lastDay}` : ''}  ${c.actor || '---'} -> ${c.recipient || '---'}  ${c.type}  ${c.sourcesCount} source(s), ${c.reportsCount} report(s); first: ${c.firstSource ?? '?'} ${c.firstDocumentId ? c.firstDocumentId.slice(0, 19) + '…' : c.firstEventUid}  ${c.id}`);
      } else if (what === 'commitments') {
        const cf = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { until: filter.to } : {}), ...(filter.actor ? { by: filter.actor } : {}), ...(filter.recipient ? { to: filter.recipient } : {}), ...(values.kind ? { kind: values.kind } : {}), ...(filter.text ? { text: filter.text } : {}) };
        if (values['as-of']) {
          const asOf = values['as-of'];
          const all = (await commitmentsAsOfDate(store, cf, asOf)).filter((x) => !values.status || x.state.status === values.status);
          for (const { commitment: c, state } of all) {
            if (json) writeJsonLine({ ...c, state });
            else process.stdout.write(`${commitmentLine(c)}  — ${state.lifecycle} (${state.compliance})${state.violations.length ? `, ${state.violations.length} violation(s)` : ''}\n      ${state.explanation}\n`);
          }
          if (!json && !all.length) process.stdout.write(`no commitments known on ${asOf}\n`);
        } else {
          emit(await store.listCommitments({ ...cf, ...(values.status ? { status: values.status } : {}) }, page), (c) => `${c.day}  ${commitmentLine(c)} [${c.status}]  ${c.sourceName ? `[${c.sourceName}] ` : ''}${quote(c.quotes[0] ?? '')}`);
        }
      } else if (what === 'claims') {
        emit(await store.listClaims({ ...range, ...(values.verdict ? { verdict: values.verdict } : {}), ...(values.kind ? { kind: values.kind } : {}), ...(values.subject ? { subject: values.subject } : {}), ...(filter.text ? { text: filter.text } : {}) }, page), (c) =>
          `${c.day}  ${c.verdict.toUpperCase().padEnd(12)} ${c.kind}: ${quote(c.quote)}\n      ${c.explanation}`);
      } else {
        emit(await store.listDocuments({ ...range, ...pick(filter, ['source', 'text', 'actor']) }, page), (d) =>
          `${d.published ?? '????-??-??'} (${d.publishedProvenance})  ${d.source.name ?? d.source.uri}  ${d.title}${d.nearDuplicateOf ? `  [near-duplicate of ${d.nearDuplicateOf.slice(0, 19)}…]` : ''}  ${d.id}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}

/** The event's day as exact as it is known: 2025-03-18, 2025-02 (month only) or 2025 (year only), padded to a column. */
export function dayLabel(e: { day: string; datePrecision?: 'day' | 'month' | 'year' }): string {
  return (e.datePrecision === 'year' ? e.day.slice(0, 4) : e.datePrecision === 'month' ? e.day.slice(0, 7) : e.day).padEnd(10);
}

function parties(refs: { code: string; sector?: string }[]): string {
  return refs.map((a) => a.code + (a.sector ?? '')).join('+') || '---';
}

function commitmentLine(c: { kind: string; by: { code: string }[]; to: { code: string }[]; refrain: boolean; action: string | null; scope: string | null; starts: string | null; ends: string | null }): string {
  const to = c.to.map((a) => a.code).join('+');
  const window = c.starts || c.ends ? ` ${c.starts ?? '?'}..${c.ends ?? '?'}` : '';
  return `${c.kind} by ${c.by.map((a) => a.code).join('+') || '---'}${to ? ` to ${to}` : ''}: ${c.refrain ? 'refrain from ' : ''}${c.action ?? '?'}${c.scope ? ` on ${c.scope}` : ''}${window}`;
}

function quote(s: string, max = 140): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat ? `"${flat.length > max ? flat.slice(0, max - 1) + '…' : flat}"` : '';
}
