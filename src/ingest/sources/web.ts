/**
 * Feeds and web pages. A URL is fetched (bounded, SSRF-safe, retried with back-off on transient failures);
 * a feed (RSS/Atom/RDF/JSON Feed, from a URL or a file) yields one Document per item, fetching the item's page
 * when the feed carries only a summary; a page becomes one Document through Readability. The date comes from
 * the feed item ("feed"), else from the page (JSON-LD, meta, <time>, URL) with its provenance.
 *
 *   for await (const item of readUrl('https://example.org/feed.xml', { allowHosts: [] })) …
 */
import { createDocument } from '../../core/document.js';
import { asParleyError, ParleyError } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import { parseFeedText, looksLikeFeed, type Feed, type FeedItem } from '../feeds/index.js';
import { fetchBounded, type FetchResult } from '../fetch.js';
import { htmlFragmentToText, htmlToArticle } from '../html.js';
import type { IngestItem, SourceContext } from '../items.js';
import { articleFromText } from '../read-input.js';

/** A feed item with less text than this is a summary: its page is fetched. */
export const SUMMARY_MAX_CHARS = 400;

const TRANSIENT = new Set(['FETCH_TIMEOUT', 'FETCH_FAILED']);

function isTransient(err: ParleyError): boolean {
  return TRANSIENT.has(err.code) || (err.code === 'FETCH_BAD_STATUS' && /answered (5\d\d|429)/.test(err.message));
}

/** Fetches with retries: transient failures wait retryDelayMs, then twice that, … */
export async function fetchWithRetries(url: string, ctx: SourceContext): Promise<FetchResult> {
  const retries = ctx.retries ?? 2;
  let delay = ctx.retryDelayMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchBounded(url, { allowHosts: ctx.allowHosts, ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}) });
    } catch (err) {
      const e = asParleyError(err);
      if (attempt >= retries || !isTransient(e)) throw e;
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

export async function* readUrl(url: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  let res: FetchResult;
  try {
    res = await fetchWithRetries(url, ctx);
  } catch (err) {
    yield { kind: 'failure', source: url, sourceKind: 'url', error: asParleyError(err) };
    return;
  }
  const isFeed = /(rss|atom|rdf|feed\+json|xml)/.test(res.contentType) || looksLikeFeed(res.body);
  if (isFeed) {
    yield* readFeedText(res.body, url, ctx);
    return;
  }
  try {
    yield { kind: 'document', doc: pageToDocument(res, ctx), source: url, item: url };
    yield { kind: 'source', source: url, sourceKind: 'url' };
  } catch (err) {
    yield { kind: 'failure', source: url, sourceKind: 'url', error: asParleyError(err) };
  }
}

function pageToDocument(res: FetchResult, ctx: SourceContext): Document {
  if (res.contentType.startsWith('text/plain')) return articleFromText(res.body, { kind: 'url', uri: res.finalUrl }, { date: ctx.date }, false);
  const article = htmlToArticle(res.body, res.finalUrl);
  const doc = createDocument({
    text: article.text, title: article.title, published: article.published ?? ctx.date ?? null,
    publishedProvenance: article.published ? article.publishedProvenance : 'user', source: { kind: 'url', uri: res.finalUrl },
  });
  if (article.published) doc.publishedConfidence = article.dateConfidence;
  return doc;
}

/** A feed document (fetched or read from a file) -> its items as Documents. */
export async function* readFeedText(text: string, feedUri: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    feed = parseFeedText(text, feedUri);
  } catch (err) {
    yield { kind: 'failure', source: feedUri, sourceKind: 'feed', error: asParleyError(err) };
    return;
  }
  for (const item of feed.items) {
    const label = item.url ?? item.id ?? item.title;
    try {
      const doc = await feedItemToDocument(item, feed, feedUri, ctx);
      if (doc) yield { kind: 'document', doc, source: feedUri, item: label };
    } catch (err) {
      yield { kind: 'failure', source: feedUri, item: label, error: asParleyError(err) };
    }
  }
  yield { kind: 'source', source: feedUri, sourceKind: 'feed', name: feed.title || null };
}

async function feedItemToDocument(item: FeedItem, feed: Feed, feedUri: string, ctx: SourceContext): Promise<Document | null> {
  let text = htmlFragmentToText(item.content ?? item.summary ?? '');
  let published = item.published;
  let provenance: Document['publishedProvenance'] = 'feed';
  let confidence = 0.8;
  let title = item.title;
  if (text.length < SUMMARY_MAX_CHARS && item.url && /^https?:\/\//i.test(item.url)) {
    const res = await fetchWithRetries(item.url, ctx);
    const page = htmlToArticle(res.body, res.finalUrl);
    text = page.text;
    title ||= page.title;
    if (!published && page.published) {
      published = page.published;
      provenance = page.publishedProvenance;
      confidence = page.dateConfidence;
    }
  }
  if (!text.trim()) throw new ParleyError('INPUT_EMPTY', `feed item ${item.url ?? item.title} has no text`);
  const doc = createDocument({
    text, title, published: published ?? ctx.date ?? null, publishedProvenance: published ? provenance : 'user',
    source: { kind: 'feed', uri: item.url ?? `${feedUri}#${item.id ?? item.title}`, ...(feed.title ? { name: feed.title } : {}) },
  });
  if (published) doc.publishedConfidence = confidence;
  return doc;
}
