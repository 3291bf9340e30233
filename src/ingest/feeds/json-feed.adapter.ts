/**
 * JSON Feed 1.0/1.1 -> the feed model: content_html or content_text, date_published then date_modified.
 *
 *   jsonFeedToFeed(parseJsonFeed(json)).items[0] // { title, url: item.url, content: item.content_text, … }
 */
import { ParleyError } from '../../core/errors.js';
import { arr, firstDate, str, type Feed, type Loose } from './model.js';

/** Refuses a JSON Feed whose `items` is there but not a list (the parser would read it as no items). */
export function checkJsonFeedItems(text: string, label: string): void {
  let items: unknown;
  try {
    items = (JSON.parse(text) as Loose | null)?.items;
  } catch {
    return;
  }
  if (items !== undefined && !Array.isArray(items)) {
    throw new ParleyError('INPUT_BAD_FEED', `${label}: the JSON Feed's "items" is ${items === null ? 'null' : typeof items}, not a list`, 'a JSON Feed lists its items in an array: "items": [ … ]');
  }
}

export function jsonFeedToFeed(feed: Loose): Feed {
  return {
    format: 'json',
    title: str(feed.title) ?? '',
    items: arr(feed.items).map((item) => ({
      id: str(item.id),
      title: str(item.title) ?? '',
      url: str(item.url) ?? str(item.external_url),
      published: firstDate(item.date_published, item.date_modified),
      summary: str(item.summary),
      content: str(item.content_html) ?? str(item.content_text),
      author: str(arr(item.authors)[0]?.name),
    })),
  };
}
