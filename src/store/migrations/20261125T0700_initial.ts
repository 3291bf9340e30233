/**
 * Migration 2026-11-25 07:00 — the first ledger schema: documents (full analysed layers as JSON plus SimHash
 * bands for near-duplicate lookup), events/commitments/claims as indexed rows, event clusters, verdicts,
 * sources with back-off state, ingestion runs and failures. Never edit a landed migration: add a new one.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('published_provenance', 'text', (c) => c.notNull())
    .addColumn('date_confidence', 'double precision', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_uri', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('layers', 'text', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('sh0', 'integer', (c) => c.notNull())
    .addColumn('sh1', 'integer', (c) => c.notNull())
    .addColumn('sh2', 'integer', (c) => c.notNull())
    .addColumn('sh3', 'integer', (c) => c.notNull())
    .addColumn('near_duplicate_of', 'text')
    .addColumn('run_id', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  for (const col of ['published', 'source_name', 'near_duplicate_of', 'sh0', 'sh1', 'sh2', 'sh3']) {
    await db.schema.createIndex(`documents_${col}_idx`).on('documents').column(col).execute();
  }

  await db.schema.createTable('document_actors')
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_actors_pk', ['document_id', 'code', 'sector', 'name'])
    .execute();
  await db.schema.createIndex('document_actors_code_idx').on('document_actors').columns(['code', 'sector']).execute();

  await db.schema.createTable('events')
    .addColumn('uid', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('cameo_root', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'double precision', (c) => c.notNull())
    .addColumn('actor_code', 'text')
    .addColumn('actor_sector', 'text')
    .addColumn('recipient_code', 'text')
    .addColumn('recipient_sector', 'text')
    .addColumn('actors', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('negated', 'integer', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('cluster_id', 'text')
    .addColumn('extra', 'text')
    .execute();
  const eventIndexes: Record<string, string[]> = {
    day: ['day', 'uid'],
    actor: ['actor_code', 'day'],
    recipient: ['recipient_code', 'day'],
    dyad: ['actor_code', 'recipient_code', 'day'],
    type: ['type', 'day'],
    cameo_root: ['cameo_root', 'day'],
    source: ['source_name', 'day'],
    cluster: ['cluster_id'],
    document: ['document_id'],
    cluster_key: ['actor_code', 'recipient_code', 'type'],
  };
  for (const [name, cols] of Object.entries(eventIndexes)) {
    await db.schema.createIndex(`events_${name}_idx`).on('events').columns(cols).execute();
  }

  await db.schema.createTable('event_clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_code', 'text', (c) => c.notNull())
    .addColumn('recipient_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('first_day', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addColumn('first_event_uid', 'text', (c) => c.notNull())
    .addColumn('first_document_id', 'text')
    .addColumn('first_source', 'text')
    .addColumn('sources_count', 'integer', (c) => c.notNull())
    .addColumn('reports_count', 'integer', (c) => c.notNull())
    .addColumn('documents_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_clusters_day_idx').on('event_clusters').columns(['first_day', 'id']).execute();
  await db.schema.createIndex('event_clusters_key_idx').on('event_clusters').columns(['actor_code', 'recipient_code', 'type']).execute();
  await db.schema.createIndex('event_clusters_sources_idx').on('event_clusters').columns(['sources_count']).execute();

  await db.schema.createTable('commitments')
    .addColumn('uid', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('commitment_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('by_code', 'text')
    .addColumn('to_code', 'text')
    .addColumn('action', 'text')
    .addColumn('refrain', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('announced', 'text')
    .addColumn('starts', 'text')
    .addColumn('ends', 'text')
    .addColumn('duration_days', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('source_name', 'text')
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();
  for (const [name, cols] of Object.entries({ day: ['day', 'uid'], by: ['by_code', 'day'], to: ['to_code', 'day'], kind: ['kind', 'day'], document: ['document_id'] })) {
    await db.schema.createIndex(`commitments_${name}_idx`).on('commitments').columns(cols).execute();
  }

  await db.schema.createTable('claims')
    .addColumn('uid', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();
  for (const [name, cols] of Object.entries({ day: ['day', 'uid'], verdict: ['verdict', 'day'], subject: ['subject'], document: ['document_id'] })) {
    await db.schema.createIndex(`claims_${name}_idx`).on('claims').columns(cols).execute();
  }

  await db.schema.createTable('verdicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_uid', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verdicts_claim_idx').on('verdicts').column('claim_uid').execute();

  await db.schema.createTable('sources')
    .addColumn('uri', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_code', 'text')
    .addColumn('last_error', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .execute();

  await db.schema.createTable('ingest_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('near_duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('events', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('ingest_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text')
    .addColumn('source_uri', 'text', (c) => c.notNull())
    .addColumn('item', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ingest_failures_run_idx').on('ingest_failures').column('run_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['ingest_failures', 'ingest_runs', 'sources', 'verdicts', 'claims', 'commitments', 'event_clusters', 'events', 'document_actors', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
