/**
 * Feeds: detect the format of a feed document (RSS 2.0, Atom, RDF or JSON Feed) with feedsmith and adapt it
 * into the one feed model. Anything else is `INPUT_BAD_FEED`.
 *
 *   const feed = parseFeedText(xml); // { format: 'atom', title: 'Wire', items: [...] }
 *   looksLikeFeed(text)             // true for <rss, <feed, <rdf:RDF or a jsonfeed.org version
 */
import { parseFeed } from 'feedsmith';
import { ParleyError } from '../../core/errors.js';
import { atomToFeed } from './atom.adapter.js';
import { checkJsonFeedItems, jsonFeedToFeed } from './json-feed.adapter.js';
import type { Feed, Loose } from './model.js';
import { rssToFeed } from './rss.adapter.js';

export type { Feed, FeedItem, FeedFormat } from './model.js';

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return /jsonfeed\.org\/version/.test(head);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

export function parseFeedText(text: string, label = 'the feed'): Feed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (err) {
    throw new ParleyError('INPUT_BAD_FEED', `${label} is not a feed I can read (${(err as Error).message})`);
  }
  const feed = (parsed.feed ?? {}) as Loose;
  switch (parsed.format) {
    case 'rss': return rssToFeed(feed, 'rss');
    case 'rdf': return rssToFeed(feed, 'rdf');
    case 'atom': return atomToFeed(feed);
    case 'json':
      checkJsonFeedItems(text, label);
      return jsonFeedToFeed(feed);
    default: throw new ParleyError('INPUT_BAD_FEED', `${label} has the unsupported format "${parsed.format}"`);
  }
}
