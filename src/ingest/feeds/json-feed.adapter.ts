/**
 * JSON Feed 1.0/1.1 -> the feed model: content_html or content_text, date_published then date_modified.
 *
 *   jsonFeedToFeed(parseJsonFeed(json)).items[0] // { title, url: item.url, content: item.content_text, … }
 */
import { arr, firstDate, str, type Feed, type Loose } from './model.js';

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
