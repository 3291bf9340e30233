/**
 * Read endpoints for the ledger's records: documents (with span layers), events (filters + cursor),
 * clusters, claims, and the export (commitments: routes/commitments.ts).
 *
 *   GET /api/events?actor=RUS&type=ASSAULT&from=2025-03-01&limit=20
 */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { exportedRecords, exportLedger } from '../../services/export/index.js';
import { ParleyError } from '../../core/errors.js';
import { claimItems, documentSummaries } from '../../services/query.service.js';
import type { Store } from '../../store/index.js';
import type { ClusterItem, Page } from '../contract.js';
import { pageOf, ref } from '../openapi.js';
import { endpoint } from '../route.js';
import { claimsQuery, clustersQuery, documentPath, documentsQuery, eventPath, eventsQuery, exportQuery } from '../schemas.js';
import { toArticleView } from '../views/article.js';
import { listEventItems, withTitles } from '../../services/events.service.js';

const documents = endpoint({ summary: 'Documents, newest first', query: documentsQuery, response: pageOf('Document') });
const document = endpoint({ summary: 'One document with its text and span layers', params: documentPath, response: ref('Article'), errors: [404] });
const events = endpoint({ summary: 'Events with filters, newest first, cursor-paginated', query: eventsQuery, response: pageOf('Event') });
const event = endpoint({ summary: 'One event by its ledger uid', params: eventPath, response: ref('Event'), errors: [404] });
const clusters = endpoint({ summary: 'Reports of the same event grouped (actor, recipient, type within a day)', query: clustersQuery, response: pageOf('Cluster') });
const claims = endpoint({ summary: 'Checked claims with verdicts', query: claimsQuery, response: pageOf('Claim') });
const exported = endpoint({
  summary: 'The ledger in a standard format', query: exportQuery,
  content: { 'application/x-ndjson': {}, 'text/csv': {}, 'text/tab-separated-values': {}, 'application/ld+json': {} },
});

export function readRoutes(store: Store): Hono {
  const r = new Hono();

  r.get('/documents', documents, async (c) => {
    const { limit, cursor, q, ...filter } = documents.query(c);
    return c.json(await documentSummaries(store, { ...filter, text: q }, { limit, cursor }));
  });

  r.get('/documents/:id', document, async (c) => {
    const { id } = document.params(c);
    const doc = id.length <= 100 ? await store.getDocument(id) : null;
    if (!doc) throw new ParleyError('NOT_FOUND', `no document ${id.slice(0, 100)} in the ledger`, 'document ids look like sha256:…; list them with GET /api/documents');
    return c.json(toArticleView(doc));
  });

  r.get('/events', events, async (c) => c.json(await listEventItems(store, events.query(c))));

  r.get('/events/:uid', event, async (c) => {
    const { uid } = event.params(c);
    const e = uid.length <= 200 ? await store.getEvent(uid) : null;
    if (!e) throw new ParleyError('NOT_FOUND', `no event ${uid.slice(0, 200)} in the ledger`, 'event uids look like <documentId>#<eventId>; list them with GET /api/events');
    return c.json((await withTitles(store, [e]))[0]);
  });

  r.get('/clusters', clusters, async (c) => {
    const { limit, cursor, ...filter } = clusters.query(c);
    const page = await store.listClusters(filter, { limit, cursor });
    const body: Page<ClusterItem> = page;
    return c.json(body);
  });

  r.get('/claims', claims, async (c) => {
    const { limit, cursor, q, ...filter } = claims.query(c);
    return c.json(await claimItems(store, { ...filter, text: q }, { limit, cursor }));
  });

  r.get('/export', exported, async (c) => {
    const { format, what, q, ...rest } = exported.query(c);
    const filter = { ...rest, ...(q ? { text: q } : {}) };
    const exportsWhat = exportedRecords(format, what, 'BAD_REQUEST');
    c.header('content-type', EXPORT_TYPES[format]);
    c.header('content-disposition', `attachment; filename="parley-${exportsWhat}.${EXPORT_EXTENSIONS[format]}"`);
    return stream(c, async (s) => { await exportLedger(store, { format, what, filter }, (chunk) => s.write(chunk).then(() => undefined)); });
  });

  return r;
}

const EXPORT_TYPES = { jsonl: 'application/x-ndjson; charset=utf-8', plover: 'application/x-ndjson; charset=utf-8', gdelt: 'text/tab-separated-values; charset=utf-8', csv: 'text/csv; charset=utf-8', claimreview: 'application/ld+json; charset=utf-8' } as const;
const EXPORT_EXTENSIONS = { jsonl: 'jsonl', plover: 'jsonl', gdelt: 'tsv', csv: 'csv', claimreview: 'jsonld' } as const;
