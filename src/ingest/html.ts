/**
 * HTML page -> article text, title and publication date (with where the date came from). Readability
 * finds the article; dates come from JSON-LD, then meta tags, then `<time>`, then the URL.
 *
 *   htmlToArticle('<html>…</html>', 'https://example.org/2025/03/18/call') // { title, text, published: '2025-03-18', publishedProvenance: 'json-ld' }
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseDate } from '../core/dates.js';
import { ParleyError } from '../core/errors.js';
import type { DateProvenance } from '../core/types.js';
import { checkHtmlBounds } from './html-bounds.js';

export interface HtmlArticle {
  title: string;
  text: string;
  published: string | null;
  publishedProvenance: DateProvenance;
  dateConfidence: number;
}

const META_DATE_KEYS = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date'];

export function htmlToArticle(html: string, url = ''): HtmlArticle {
  checkHtmlBounds(html, url || 'the page');
  try {
    return extract(html, url);
  } catch (err) {
    // The DOM library can fail on input it cannot build a document from (fuzzing found '<![CDATA[<' at the start).
    if (err instanceof ParleyError) throw err;
    throw new ParleyError('INPUT_BAD_HTML', `${url || 'the page'} could not be parsed as HTML (${(err as Error).message.slice(0, 80)})`);
  }
}

function extract(html: string, url: string): HtmlArticle {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const dated = findPublished(document, url);
  const pageTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  let text = '';
  let title = pageTitle;
  try {
    const parsed = new Readability(document as never).parse();
    if (parsed) {
      text = blockText(parsed.content ?? '') || (parsed.textContent ?? '');
      title = parsed.title?.trim() || pageTitle;
    }
  } catch {
    text = '';
  }
  if (!text.trim()) text = document.body?.textContent ?? '';
  text = text.replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n').trim();
  if (!text) throw new ParleyError('INPUT_BAD_HTML', `${url || 'the page'} has no readable article text`);
  if (!looksLikeArticle(text)) {
    throw new ParleyError('INPUT_BAD_HTML', `${url || 'the page'} has no article: its readable text is ${countWords(text)} word(s) with no sentence ("${text.replace(/\s+/g, ' ').slice(0, 60)}")`,
      'this looks like a menu, index or error page; give the page of the article itself, or save the article text as .txt');
  }
  return { title, text, ...dated };
}

/** Fewer words than this and no sentence: navigation or boilerplate, not an article. */
export const MIN_ARTICLE_WORDS = 25;

/** True when the text has at least MIN_ARTICLE_WORDS words or one sentence (a word ended by . ! or ?). */
export function looksLikeArticle(text: string): boolean {
  return countWords(text) >= MIN_ARTICLE_WORDS || /\p{L}{2,}[.!?]["'”’)\]]*(\s|$)/u.test(text);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** An HTML fragment (a feed item's content) as text, one paragraph per block element; bounded like a page. */
export function htmlFragmentToText(fragment: string, label = 'the fragment'): string {
  if (!/<[a-z]/i.test(fragment)) return fragment.trim();
  checkHtmlBounds(fragment, label);
  try {
    return blockText(fragment).replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n').trim();
  } catch (err) {
    throw new ParleyError('INPUT_BAD_HTML', `${label} could not be parsed as HTML (${(err as Error).message.slice(0, 80)})`);
  }
}

/** Readability's HTML to text with one paragraph per block element. */
function blockText(contentHtml: string): string {
  if (!contentHtml) return '';
  const { document } = parseHTML(`<html><body>${contentHtml}</body></html>`) as unknown as { document: Document };
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')];
  if (!blocks.length) return document.body?.textContent ?? '';
  return blocks
    .filter((b) => !b.querySelector('p, li'))
    .map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function findPublished(document: Document, url: string): Pick<HtmlArticle, 'published' | 'publishedProvenance' | 'dateConfidence'> {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = jsonLdDate(script.textContent ?? '');
    if (found) return { published: found, publishedProvenance: 'json-ld', dateConfidence: 0.95 };
  }
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (META_DATE_KEYS.some((k) => k.toLowerCase() === key)) {
      const d = normaliseDate(meta.getAttribute('content'));
      if (d) return { published: d, publishedProvenance: 'meta', dateConfidence: 0.9 };
    }
  }
  const time = document.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const t = normaliseDate(time?.getAttribute('datetime'));
  if (t) return { published: t, publishedProvenance: 'time', dateConfidence: 0.7 };
  const m = /\/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?:\/|$|-)/.exec(url);
  const u = m ? normaliseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
  if (u) return { published: u, publishedProvenance: 'url', dateConfidence: 0.6 };
  return { published: null, publishedProvenance: 'none', dateConfidence: 0 };
}

function jsonLdDate(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const d = normaliseDate(rec.datePublished) ?? normaliseDate(rec.dateCreated);
      if (d) return d;
      if (rec['@graph']) stack.push(rec['@graph']);
    }
  }
  return null;
}
