/**
 * Article view: one document's text with every layer highlighted; `?focus=ID` selects an event, commitment
 * or claim on arrival (the timeline links here).
 */
import type { ArticleView } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { articleBody } from '../ui/article-body.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtDate } from '../ui/format.js';

export async function renderArticle(view: HTMLElement, route: Route): Promise<void> {
  const id = route.params[0];
  if (!id) {
    view.append(h('h1', null, 'Article'), emptyState('No article chosen', 'Open an article from an event in the timeline.'));
    return;
  }
  const a = await getJson<ArticleView>(`/api/documents/${encodeURIComponent(id)}`);
  const src = a.document.source;
  view.append(h('p', { class: 'crumbs' }, h('a', { href: '#/timeline' }, '← Timeline')),
    h('h1', { class: 'article-title' }, a.document.title || 'Untitled article'),
    h('p', { class: 'muted meta' }, `Published ${fmtDate(a.document.published)} · source: ${src.name ?? src.uri.split('/').pop() ?? src.uri} (${src.kind}) · `,
      h('span', { class: 'mono' }, a.document.id.slice(0, 19) + '…')),
    articleBody(a, route.query.get('focus')));
}
