/**
 * Test support: a throw-away SQLite ledger built from the bundled example articles (examples/*.md),
 * analysed with the real pipeline (events located by test-places.ts) and saved through the store, served on a
 * random loopback port.
 *
 *   const t = await exampleServer();  const res = await fetch(`${t.url}/api/events`);  await t.close();
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import { analyzeFiles } from '../services/analyze.service.js';
import { openStore, type Store } from '../store/index.js';
import { startServer, type RunningServer, type ServerOptions } from './server.js';
import { withLocations } from './test-places.js';

export function exampleFiles(): string[] {
  const dir = packagePath('examples');
  return readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => join(dir, f));
}

export async function exampleLedger(): Promise<{ store: Store; path: string; drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  const path = join(dir, 'ledger.db');
  const store = await openStore(path);
  const docs = [];
  for (const r of analyzeFiles(exampleFiles())) if (r.ok) docs.push(withLocations(r.doc));
  await store.saveDocuments(docs);
  return { store, path, drop: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export async function exampleServer(opts: Omit<ServerOptions, 'db' | 'store' | 'port' | 'host'> = {}): Promise<RunningServer & { store: Store }> {
  const ledger = await exampleLedger();
  const server = await startServer({ ...opts, store: ledger.store, port: 0, host: '127.0.0.1' });
  return { ...server, close: async () => { await server.close(); await ledger.drop(); } };
}
