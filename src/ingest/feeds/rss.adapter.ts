/**
 * RSS 2.0 (and 0.9x, RDF 1.0 which share its item shape) -> the feed model. Content comes from
 * content:encoded, the date from pubDate, then dc:date.
 *
 *   rssToFeed(parseRssFeed(xml), 'rss').items[0] // { title, url: item.link, published: '2025-03-18', … }
 */
import { arr, firstDate, obj, str, type Feed, type FeedFormat, type Loose } from './model.js';

export function rssToFeed(feed: Loose, format: FeedFormat = 'rss'): Feed {
  return {
    format,
    title: str(feed.title) ?? '',
    items: arr(feed.items).map((item) => {
      const dc = obj(item.dc);
      const guid = str(item.guid) ?? str(obj(item.guid).value);
      return {
        id: guid ?? str(item.link),
        title: str(item.title) ?? '',
        url: str(item.link) ?? (guid && /^https?:\/\//.test(guid) ? guid : null),
        published: firstDate(item.pubDate, dc.date, obj(item.dcterms).created),
        summary: str(item.description),
        content: str(obj(item.content).encoded),
        author: str(item.author) ?? str(dc.creator),
      };
    }),
  };
}
