/**
 * Benchmark of the knowledge base: load time (cold, in a fresh process, and warm rebuild), phrase resolution
 * (µs per phrase over title, person, country, organisation and gazetteer-place phrases), the gazetteer's first-use
 * build, the long-tail officials' first-use build, office questions (who/roles), and the
 * `actors` component alone in sentences/s on the first 500 articles of
 * ../shared/data/news/ukraine_war_2022_dev.jsonl (tokenised beforehand; skipped when absent).
 *
 *   npm run bench -- knowledge
 */
import { execFileSync } from 'node:child_process';
import { createDocument } from '../core/document.js';
import { KnowledgeBase, loadKnowledge } from '../knowledge/index.js';
import { readKnowledgeFiles } from '../knowledge/load.js';
import { words } from '../knowledge/text.js';
import { actors } from '../pipeline/actors/index.js';
import { tokenizer } from '../pipeline/tokenizer.js';
import type { Document } from '../core/types.js';
import { readNewsArticles } from './analyze.bench.js';
import type { Benchmark } from './run.js';

const PHRASES = [
  'Russian troops', "Ukraine's defence minister", 'U.S. President Donald Trump', 'the Kremlin', 'Putin', 'Zelensky',
  'Russian and Belarusian troops', 'NATO Secretary General Mark Rutte', 'the French president', 'Hamas', 'Kyiv police',
  'German Chancellor Olaf Scholz', 'Chinese Foreign Minister Wang Yi', 'the European Commission', 'Iranian state media',
  'a demand', 'taxi drivers', 'Downing Street', 'Israeli Prime Minister Benjamin Netanyahu', 'the UN Security Council',
  'protesters in Sumqayit', 'Puerto Penasco', 'Luhansk Gov. Serhiy Haidai', 'Deputy Prime Minister Vereshchuk',
];

/** CPU time (user + system) used by this process since `from`, in µs: steadier than wall time on a shared machine. */
function cpuMicros(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return d.user + d.system;
}

export const bench: Benchmark = {
  name: 'knowledge: load, resolve, who/roles, actors component',
  async run() {
    // shared machines make timings noisy: a fixed loop tells how busy the core was during this run
    let x = 0;
    const c0 = performance.now();
    for (let i = 0; i < 2e8; i++) x += i & 7;
    console.log(`calibration: a 2e8-iteration loop took ${(performance.now() - c0).toFixed(0)} ms${x < 0 ? '' : ''} (compare runs by this figure)`);
    // a fresh process: import, the curated base, then the two files read on first use (long-tail officials, gazetteer)
    const cold = execFileSync(process.execPath, ['--input-type=module', '-e',
      `const t=performance.now(); const m=await import(${JSON.stringify(new URL('../knowledge/index.js', import.meta.url).href)}); const t1=performance.now(); const c=process.cpuUsage(); const kb=m.loadKnowledge(); const d=process.cpuUsage(c); const t2=performance.now(); kb.officials.size; kb.places.size; const t3=performance.now(); console.log((t2-t1).toFixed(1), (t1-t).toFixed(1), ((d.user+d.system)/1000).toFixed(1), (t3-t2).toFixed(1), (t3-t).toFixed(1));`]).toString().trim().split(' ');
    console.log(`load (fresh process): ${cold[0]} ms wall (${cold[2]} ms CPU) to build the knowledge base, after ${cold[1]} ms of module import; long-tail officials and gazetteer on first use +${cold[3]} ms; all knowledge files ${cold[4]} ms`);
    const t0 = performance.now();
    const kb2 = new KnowledgeBase(readKnowledgeFiles());
    console.log(`load (warm rebuild): ${(performance.now() - t0).toFixed(1)} ms; ${kb2.trie.size} lexicon phrases, ${kb2.terms.length} terms, ${kb2.people.size} people, ${kb2.offices.length} offices`);
    const g0 = performance.now();
    const places = kb2.places.size;
    console.log(`gazetteer (read and built on first use): ${(performance.now() - g0).toFixed(1)} ms for ${places} place names`);

    const o0 = performance.now();
    const oCpu = process.cpuUsage();
    const officials = kb2.officials.size;
    kb2.officials.atName(words('Jai Ram Thakur'), 0); // the first lookup, as text matching makes it
    console.log(`long-tail officials (data/officials.json, read on first use, with its precomputed lookup tables): ${(performance.now() - o0).toFixed(1)} ms wall (${(cpuMicros(oCpu) / 1000).toFixed(1)} ms CPU) for ${officials} people`);

    const kb = loadKnowledge();
    for (const p of PHRASES) kb.resolve(p, '2025-03-18');
    const rounds = 2000;
    let t = performance.now();
    let cpu = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const p of PHRASES) kb.resolve(p, '2025-03-18');
    console.log(`resolve: ${(((performance.now() - t) * 1000) / (rounds * PHRASES.length)).toFixed(2)} µs per phrase wall, ${(cpuMicros(cpu) / (rounds * PHRASES.length)).toFixed(2)} µs CPU (${PHRASES.length} phrases x ${rounds})`);
    t = performance.now();
    cpu = process.cpuUsage();
    for (let r = 0; r < rounds; r++) { kb.who('German Chancellor', '2019-01-01'); kb.roles('Donald Trump', '2023-06-15'); }
    console.log(`who + roles: ${(((performance.now() - t) * 1000) / (rounds * 2)).toFixed(2)} µs per question wall, ${(cpuMicros(cpu) / (rounds * 2)).toFixed(2)} µs CPU`);

    const articles = await readNewsArticles(500);
    if (!articles.length) { console.log('actors component: skipped (../shared/data/news is absent)'); return; }
    const docs: Document[] = articles.map((a) => {
      const d = createDocument({ text: a.text, title: a.title, published: a.published, source: { kind: 'jsonl', uri: 'bench' } });
      tokenizer.run(d);
      return d;
    });
    actors.run(docs[0]!);
    let sentences = 0;
    let mentions = 0;
    t = performance.now();
    cpu = process.cpuUsage();
    for (const d of docs) {
      actors.run(d);
      sentences += d.layers.sentences?.length ?? 0;
      mentions += d.layers.actors?.length ?? 0;
    }
    const s = (performance.now() - t) / 1000;
    const sCpu = cpuMicros(cpu) / 1e6;
    console.log(`actors component: ${docs.length} articles, ${sentences} sentences, ${mentions} mentions in ${s.toFixed(2)} s wall = ${Math.round(sentences / s)} sentences/s; ${sCpu.toFixed(2)} s CPU = ${Math.round(sentences / sCpu)} sentences per CPU-second`);
  },
};
