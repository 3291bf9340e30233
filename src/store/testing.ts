/**
 * Test support for the ledger: a throw-away SQLite file and, when PARLEY_TEST_PG is set, a fresh PostgreSQL
 * database with a random name (dropped afterwards), so every dialect runs the same suite repeatably.
 * Also builds small analysed Documents with hand-written events for tests.
 *
 *   for (const ledger of await testLedgers()) { const store = await openStore(ledger.url); …; await ledger.drop(); }
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDocument } from '../core/document.js';
import type { ActorRef, Document, EventRecord, SourceRef } from '../core/types.js';

export const PG_SKIP_MESSAGE = 'PARLEY_TEST_PG is unset: PostgreSQL tests skipped (CI sets it; e.g. postgres://postgres:parley@127.0.0.1:5432/parley_test)';

export interface TestLedger { name: 'sqlite' | 'postgres'; url: string; drop(): Promise<void> }

export function sqliteTestLedger(): TestLedger {
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
  return { name: 'sqlite', url: join(dir, 'ledger.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new, empty PostgreSQL database next to the one PARLEY_TEST_PG names; null when the variable is unset. */
export async function postgresTestLedger(): Promise<TestLedger | null> {
  const base = process.env.PARLEY_TEST_PG;
  if (!base) return null;
  const name = `parley_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface EventSpec {
  actor: string;
  recipient?: string;
  type: string;
  cameo: string;
  date: string | null;
  /** How exact `date` is (default 'day'); a month or year date is its first day, e.g. 2025-02-01. */
  precision?: 'day' | 'month' | 'year';
  /** Words of the text the evidence span covers (must occur in the text). */
  evidence: string;
}

/** An analysed Document with the given events (evidence spans located in the text). */
export function analysedDoc(text: string, opts: { published?: string; source?: SourceRef; events?: EventSpec[] } = {}): Document {
  const doc = createDocument({ text, published: opts.published ?? null, publishedProvenance: 'record', source: opts.source ?? { kind: 'jsonl', uri: 'test.jsonl', name: 'Test Wire' } });
  const ref = (code: string): ActorRef[] => [{ code, sector: 'GOV' }];
  doc.layers.sentences = [{ start: 0, end: doc.text.length }];
  doc.layers.events = (opts.events ?? []).map((e, i): EventRecord => {
    const start = Math.max(0, doc.text.indexOf(e.evidence));
    return {
      id: `e${i + 1}`, sentence: 0, type: e.type, mode: null, context: [], cameo: e.cameo, quad: 4, goldstein: -9,
      actor: ref(e.actor), recipient: e.recipient ? ref(e.recipient) : [], date: e.date, negated: false, modality: 'asserted',
      evidence: { start, end: start + e.evidence.length, trigger: { start, end: start + 1 } }, confidence: 0.8,
      ...(e.date ? { datePrecision: e.precision ?? 'day' } : {}),
    };
  });
  return doc;
}
