/**
 * Feeds and web pages. A URL is fetched (bounded, SSRF-safe, retried with back-off on transient failures,
 * politely: per-host spacing and concurrency, Retry-After honoured); a feed (RSS/Atom/RDF/JSON Feed, from a URL
 * or a file) yields one Document per item, fetching the item's page when the feed carries only a summary (each
 * URL once, at most `maxPageFetches` pages per feed; past that an item keeps its summary); a page becomes one
 * Document through Readability. Every text is held to the article limit (MAX_ARTICLE_CHARS). The date comes from
 * the feed item ("feed"), else from the page (JSON-LD, meta, <time>, URL) with its provenance.
 *
 *   for await (const item of readUrl('https://example.org/feed.xml', { allowHosts: [] })) …
 */
import { createDocument } from '../../core/document.js';
import { asParleyError, ParleyError } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import { parseFeedText, looksLikeFeed, type Feed, type FeedItem } from '../feeds/index.js';
import { fetchBounded, isAllowedTarget, type FetchResult } from '../fetch.js';
import { htmlFragmentToText, htmlToArticle } from '../html.js';
import type { IngestItem, SourceContext } from '../items.js';
import { createHostGate, sharedHostGate, type HostGate } from '../polite.js';
import { articleFromText, MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS, tooLarge } from '../read-input.js';

/** A feed item with less text than this is a summary: its page is fetched. */
export const SUMMARY_MAX_CHARS = 400;

const TRANSIENT = new Set(['FETCH_TIMEOUT', 'FETCH_FAILED']);

function isTransient(err: ParleyError): boolean {
  return TRANSIENT.has(err.code) || (err.code === 'FETCH_BAD_STATUS' && /answered (5\d\d|429)/.test(err.message));
}

/** Page fetches per feed when its items carry only summaries. */
export const MAX_PAGE_FETCHES_PER_FEED = 50;

/** A Retry-After longer than this is not waited for: the source fails now and backs off. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Allow-listed hosts are the user's own servers: no spacing between requests, only the concurrency cap. */
let ownServers: HostGate | null = null;

function gateFor(target: URL, ctx: SourceContext): HostGate {
  if (ctx.gate) return ctx.gate;
  if (isAllowedTarget(target, ctx.allowHosts)) return (ownServers ??= createHostGate({ delayMs: 0 }));
  return sharedHostGate();
}

/** Fetches with retries: transient failures wait retryDelayMs, then twice that, …, or what Retry-After asks. */
export async function fetchWithRetries(url: string, ctx: SourceContext): Promise<FetchResult> {
  const retries = ctx.retries ?? 2;
  let delay = ctx.retryDelayMs ?? 500;
  let target: URL | null = null;
  try {
    target = new URL(url);
  } catch {
    // fetchBounded reports the bad address with its code.
  }
  const gate = target ? gateFor(target, ctx) : null;
  const fetchOnce = () => fetchBounded(url, { allowHosts: ctx.allowHosts, ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}) });
  for (let attempt = 0; ; attempt++) {
    try {
      return await (gate && target ? gate.run(target.host, fetchOnce) : fetchOnce());
    } catch (err) {
      const e = asParleyError(err);
      const asked = (err as { retryAfterMs?: number }).retryAfterMs;
      if (asked !== undefined && gate && target) gate.pause(target.host, Math.min(asked, MAX_RETRY_AFTER_MS));
      if (attempt >= retries || !isTransient(e)) throw e;
      if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) {
        throw new ParleyError(e.code, `${e.message}; it asked to wait ${Math.round(asked / 1000)} s`, 'the source is tried again on a later run');
      }
      await new Promise((r) => setTimeout(r, Math.max(delay, asked ?? 0)));
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
  if (article.text.length > MAX_ARTICLE_CHARS) throw tooLarge(res.finalUrl, article.text.length);
  const doc = createDocument({
    text: article.text, title: article.title, published: article.published ?? ctx.date ?? null,
    publishedProvenance: article.published ? article.publishedProvenance : 'user', source: { kind: 'url', uri: res.finalUrl },
  });
  if (article.published) doc.publishedConfidence = article.dateConfidence;
  return doc;
}

/** The largest feed document parsed (the XML parser holds all of it; a 10 MB feed took 12 s and 850 MB). */
export const MAX_FEED_CHARS = 8 * 1024 * 1024;

/** A feed document (fetched or read from a file) -> its items as Documents. */
export async function* readFeedText(text: string, feedUri: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    if (text.length > MAX_FEED_CHARS) throw new ParleyError('INPUT_TOO_LARGE', `${feedUri} is a feed of ${text.length} characters; the limit is ${MAX_FEED_CHARS}`, 'split the feed into files under the limit, or ingest its items as JSONL');
    feed = parseFeedText(text, feedUri);
  } catch (err) {
    yield { kind: 'failure', source: feedUri, sourceKind: 'feed', error: asParleyError(err) };
    return;
  }
  const pages: PageFetches = { byUrl: new Map(), left: ctx.maxPageFetches ?? MAX_PAGE_FETCHES_PER_FEED };
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    const label = item.url ?? item.id ?? (item.title || `item ${i + 1}`);
    try {
      const doc = await feedItemToDocument(item, feed, feedUri, ctx, pages);
      if (doc) yield { kind: 'document', doc, source: feedUri, item: label };
    } catch (err) {
      yield { kind: 'failure', source: feedUri, item: label, error: asParleyError(err) };
    }
  }
  yield { kind: 'source', source: feedUri, sourceKind: 'feed', name: feed.title || null };
}

/** The pages one feed has fetched (each URL once) and how many more it may fetch. */
interface PageFetches { byUrl: Map<string, Promise<FetchResult>>; left: number }

async function feedItemToDocument(item: FeedItem, feed: Feed, feedUri: string, ctx: SourceContext, pages: PageFetches): Promise<Document | null> {
  const label = `feed item ${item.url ?? item.title}`;
  const raw = item.content ?? item.summary ?? '';
  if (raw.length > MAX_ARTICLE_BYTES) throw tooLarge(label, raw.length);
  let text = htmlFragmentToText(raw, label);
  let published = item.published;
  let provenance: Document['publishedProvenance'] = 'feed';
  let confidence = 0.8;
  let title = item.title;
  const pageUrl = text.length < SUMMARY_MAX_CHARS && item.url && /^https?:\/\//i.test(item.url) ? item.url.replace(/#.*$/, '') : null;
  let fetch = pageUrl ? pages.byUrl.get(pageUrl) : undefined;
  if (pageUrl && !fetch && pages.left > 0) {
    pages.left--;
    fetch = fetchWithRetries(pageUrl, ctx);
    fetch.catch(() => undefined);
    pages.byUrl.set(pageUrl, fetch);
  }
  if (fetch) {
    const res = await fetch;
    const page = htmlToArticle(res.body, res.finalUrl);
    text = page.text;
    title ||= page.title;
    if (!published && page.published) {
      published = page.published;
      provenance = page.publishedProvenance;
      confidence = page.dateConfidence;
    }
  }
  if (!text.trim()) {
    if (pageUrl && !fetch) throw new ParleyError('INPUT_EMPTY', `${label} has no text and the feed has used its ${ctx.maxPageFetches ?? MAX_PAGE_FETCHES_PER_FEED} page fetches`, 'its page is fetched when the feed is read again');
    throw new ParleyError('INPUT_EMPTY', `${label} has no text`);
  }
  if (text.length > MAX_ARTICLE_CHARS) throw tooLarge(label, text.length);
  const doc = createDocument({
    text, title, published: published ?? ctx.date ?? null, publishedProvenance: published ? provenance : 'user',
    source: { kind: 'feed', uri: item.url ?? `${feedUri}#${item.id ?? item.title}`, ...(feed.title ? { name: feed.title } : {}) },
  });
  if (published) doc.publishedConfidence = confidence;
  return doc;
}
