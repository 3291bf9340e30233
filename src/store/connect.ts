/**
 * Opens the ledger database: a `postgres://` (or `postgresql://`) URL selects PostgreSQL through `pg`, anything
 * else is a SQLite file path (better-sqlite3, WAL journal). Runs pending migrations before handing back the
 * Kysely instance (on SQLite under the database's write lock, so two processes opening a new or older ledger at
 * once migrate it one after the other). Connection problems become `DB_UNAVAILABLE`.
 *
 *   const { db, kind } = await connect('./parley.db');
 */
import { existsSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import { ParleyError } from '../core/errors.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export type StoreKind = 'sqlite' | 'postgres';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export interface ConnectOptions {
  /** False for read-only commands: a SQLite file that does not exist is an error instead of a new empty ledger. */
  create?: boolean;
}

export async function connect(url: string, opts: ConnectOptions = {}): Promise<{ db: Kysely<Database>; kind: StoreKind }> {
  const kind: StoreKind = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  if (kind === 'sqlite' && opts.create === false) {
    const path = sqlitePath(url);
    if (path !== ':memory:' && !existsSync(path)) {
      throw new ParleyError('DB_UNAVAILABLE', `no ledger at ${path}`, 'run `parley ingest SOURCE --db PATH` or `parley demo` first, or check --db / PARLEY_DB');
    }
  }
  let db: Kysely<Database>;
  let raw: Sqlite.Database | null = null;
  try {
    if (kind === 'postgres') db = postgres(url);
    else ({ db, raw } = sqlite(url));
  } catch (err) {
    throw new ParleyError('DB_UNAVAILABLE', `cannot open the ledger at ${redact(url)}: ${(err as Error).message}`);
  }
  try {
    if (raw) await migrateSqlite(db, raw);
    else await migrate(db);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw new ParleyError('DB_UNAVAILABLE', `cannot open the ledger at ${redact(url)}: ${(err as Error).message}`);
  }
  return { db, kind };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

const BUSY_MS = 10_000;
/** How long a process waits for another one's migration of the same file (a large ledger's may take minutes). */
const MIGRATION_WAIT_MS = 600_000;

/**
 * SQLite migrations: Kysely neither locks them nor runs them in a transaction on SQLite, so two processes
 * opening a new ledger at once both ran the first one ("table documents already exists"). When any is pending,
 * they run inside one BEGIN IMMEDIATE on the single connection: the other process waits for the write lock,
 * then finds nothing left to do; a failure rolls every step back. An up-to-date ledger takes no lock.
 */
async function migrateSqlite(db: Kysely<Database>, raw: Sqlite.Database): Promise<void> {
  const names = Object.keys(await migrationProvider.getMigrations());
  let done: Set<unknown>;
  try {
    done = new Set(raw.prepare('select name from kysely_migration').pluck().all());
  } catch {
    done = new Set();
  }
  if (names.every((n) => done.has(n))) return;
  raw.pragma(`busy_timeout = ${MIGRATION_WAIT_MS}`);
  try {
    raw.exec('begin immediate');
    try {
      await migrate(db);
      raw.exec('commit');
    } catch (err) {
      if (raw.inTransaction) raw.exec('rollback');
      throw err;
    }
  } finally {
    raw.pragma(`busy_timeout = ${BUSY_MS}`);
  }
}

function sqlite(path: string): { db: Kysely<Database>; raw: Sqlite.Database } {
  const database = new Sqlite(sqlitePath(path));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma(`busy_timeout = ${BUSY_MS}`);
  return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) }), raw: database };
}

/**
 * SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE). A deferred transaction that
 * reads and then writes while another process has written meanwhile fails at once with "database is locked"
 * (the busy timeout cannot help it); an immediate one waits its turn under busy_timeout.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function postgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The file path of a SQLite address (`sqlite:` prefix optional). */
export function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
