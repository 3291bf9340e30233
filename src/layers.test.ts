/**
 * The house: imports point one way, down the data flow, and no files import each other in a circle.
 * Each top folder of src/ is a layer and may import only the layers listed for it (its own files too);
 * type-only imports count like any other. The test reads the sources (src/, beside dist/) as text.
 *
 *   core  <-  ontology, knowledge  <-  pipeline  <-  ingest, verify  <-  services  <-  cli, api, web
 *   analysis (pure rules) and store (rows) read only core, ontology and knowledge; services join them.
 * Training and build scripts (a `train/` or `build/` folder) are tools, free like eval and bench. The faces (cli, api,
 * web) reach the ledger through src/services/: they import no repository and never use `store.db`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from './core/paths.js';

const FOUNDATION = ['core'];
/** What each layer may import besides itself. Tests, evals, benches and test support (testing/) may import anything. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  testing: ['core'],
  ontology: ['core'],
  knowledge: ['core', 'ontology'],
  pipeline: [...FOUNDATION, 'ontology', 'knowledge'],
  ingest: [...FOUNDATION, 'ontology', 'pipeline'],
  verify: [...FOUNDATION, 'ontology', 'knowledge', 'pipeline'],
  analysis: [...FOUNDATION, 'ontology', 'knowledge'],
  store: [...FOUNDATION, 'ontology', 'knowledge'],
  services: [...FOUNDATION, 'ontology', 'knowledge', 'pipeline', 'ingest', 'verify', 'analysis', 'store'],
  cli: [...FOUNDATION, 'ontology', 'knowledge', 'pipeline', 'ingest', 'verify', 'analysis', 'store', 'services', 'api'],
  api: [...FOUNDATION, 'ontology', 'knowledge', 'pipeline', 'ingest', 'verify', 'analysis', 'store', 'services'],
  web: ['core', 'api'],
};
const FREE = new Set(['eval', 'bench', 'testing']);

const src = join(packageRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sources(p);
    return /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)];
  return found.map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

const layerOf = (file: string) => relative(src, file).split('/')[0]!;

test('every import points down the data flow', { skip: existsSync(src) ? false : 'the sources are not beside dist/' }, () => {
  const backward = new Set<string>();
  for (const file of sources(src)) {
    const from = layerOf(file);
    if (FREE.has(from) || /\/(train|build)\//.test(relative(src, file)) || !(from in ALLOWED) && from.endsWith(".ts")) continue;
    for (const target of importsOf(file)) {
      const to = layerOf(target);
      if (to === from || FREE.has(from)) continue;
      if (!(ALLOWED[from] ?? []).includes(to)) backward.add(`${relative(src, file)} -> ${relative(src, target)}`);
    }
  }
  assert.deepEqual([...backward].sort(), [], 'imports against the flow');
});

test('no files import each other in a circle', { skip: existsSync(src) ? false : 'the sources are not beside dist/' }, () => {
  const graph = new Map<string, string[]>();
  for (const file of sources(src)) graph.set(file, importsOf(file).filter((t) => existsSync(t)));
  const state = new Map<string, 'open' | 'done'>();
  const circles: string[] = [];
  const visit = (f: string, path: string[]) => {
    state.set(f, 'open');
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') circles.push([...path.slice(path.indexOf(t)), t].map((p) => relative(src, p)).join(' -> '));
      else if (!state.has(t)) visit(t, [...path, t]);
    }
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f, [f]);
  assert.deepEqual(circles, [], 'circles of imports');
});

test('the faces reach the ledger through services: no repository import and no store.db in cli/, api/, web/', { skip: existsSync(src) ? false : 'the sources are not beside dist/' }, () => {
  const found: string[] = [];
  for (const file of sources(src)) {
    if (!['cli', 'api', 'web'].includes(layerOf(file))) continue;
    const text = readFileSync(file, 'utf8');
    for (const target of importsOf(file)) if (/\.repository\.ts$/.test(target)) found.push(`${relative(src, file)} imports ${relative(src, target)}`);
    if (/\bstore\.db\b/.test(text)) found.push(`${relative(src, file)} uses store.db`);
  }
  assert.deepEqual(found, [], 'use a service in src/services/ (it may pass store.db to a repository)');
});
