/**
 * The whole of one API check on an analysis-pool thread (piscina runs this module's default export there, where
 * the pipeline is already loaded): read and analyse the pasted article, verify its claims and commitments
 * against the knowledge base and the ledger (each thread opens the ledger once), build the article view and
 * serialise it. The request thread only receives the JSON text, so a long article's verification and
 * serialisation never hold it, and the request's time budget covers all of it. A coded error comes back as a
 * value (a rejected task means a thread that died or ran out of time).
 *
 *   await pool.runModule(CHECK_WORKER, { text, opts: {}, db: store.url }, { timeoutMs: 10_000 })   // { json: '{"article":…}' }
 */
import { ParleyError } from '../core/errors.js';
import { articleFromText } from '../ingest/read-input.js';
import { defaultPipeline } from '../pipeline/index.js';
import { openStore, type Store } from '../store/index.js';
import { checkedView, type CheckOutcome, type CheckTask } from './views/check.js';

let ledger: { url: string; store: Promise<Store> } | null = null;

function storeFor(url: string): Promise<Store> {
  if (ledger?.url !== url) ledger = { url, store: openStore(url, { create: false }) };
  return ledger.store;
}

export default async function runCheck(task: CheckTask): Promise<CheckOutcome> {
  try {
    const doc = defaultPipeline().run(articleFromText(task.text, { kind: 'text', uri: 'api:check' }, task.opts));
    return { json: JSON.stringify(await checkedView(doc, await storeFor(task.db))) };
  } catch (err) {
    if (err instanceof ParleyError) return { error: { code: err.code, message: err.message, hint: err.hint } };
    throw err;
  }
}
