/**
 * Atom 1.0 (and 0.3) -> the feed model. The link is the `alternate` (or first) link; the date is `published`,
 * then `updated`.
 *
 *   atomToFeed(parseAtomFeed(xml)).items[0] // { title: entry.title.value, url: 'https://…', published: '2025-03-17', … }
 */
import { arr, firstDate, obj, str, type Feed, type Loose } from './model.js';

export function atomToFeed(feed: Loose): Feed {
  return {
    format: 'atom',
    title: str(feed.title) ?? '',
    items: arr(feed.entries).map((entry) => {
      const links = arr(entry.links);
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      return {
        id: str(entry.id),
        title: str(entry.title) ?? '',
        url: str(link?.href),
        published: firstDate(entry.published, entry.updated, obj(entry.dc).date),
        summary: str(entry.summary),
        content: str(obj(entry.content).value),
        author: str(arr(entry.authors)[0]?.name),
      };
    }),
  };
}
