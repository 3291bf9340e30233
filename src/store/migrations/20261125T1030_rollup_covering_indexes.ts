/**
 * Migration 2026-11-25 10:30 — covering indexes on the pair rollups, so an actor's counterparts over time and a
 * window's network read one contiguous index range (index-only) instead of a row lookup per rollup row:
 * (actor, month …), (recipient, month …) and (month, …) on the monthly pairs, (day, …) on the daily pairs.
 * They replace the narrower indexes of 20261125T1000.
 */
import type { Kysely } from 'kysely';

const SUMS = ['count', 'cooperation', 'conflict', 'goldstein'];

export const ROLLUP_COVERING_INDEXES: Record<string, { table: string; columns: string[] }> = {
  event_rollup_pair_months_actor_cover_idx: { table: 'event_rollup_pair_months', columns: ['actor_code', 'month', 'recipient_code', ...SUMS] },
  event_rollup_pair_months_recipient_cover_idx: { table: 'event_rollup_pair_months', columns: ['recipient_code', 'month', 'actor_code', ...SUMS] },
  event_rollup_pair_months_month_cover_idx: { table: 'event_rollup_pair_months', columns: ['month', 'actor_code', 'recipient_code', ...SUMS] },
  event_rollup_pair_days_day_cover_idx: { table: 'event_rollup_pair_days', columns: ['day', 'actor_code', 'recipient_code', ...SUMS] },
};

const REPLACED: Record<string, { table: string; columns: string[] }> = {
  event_rollup_pair_months_month_idx: { table: 'event_rollup_pair_months', columns: ['month'] },
  event_rollup_pair_months_recipient_idx: { table: 'event_rollup_pair_months', columns: ['recipient_code', 'month'] },
  event_rollup_pair_days_day_idx: { table: 'event_rollup_pair_days', columns: ['day'] },
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, { table, columns }] of Object.entries(ROLLUP_COVERING_INDEXES)) await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  for (const name of Object.keys(REPLACED)) await db.schema.dropIndex(name).ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, { table, columns }] of Object.entries(REPLACED)) await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  for (const name of Object.keys(ROLLUP_COVERING_INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
}
