/**
 * Check page: paste an article (and its publication date), get its claims with verdicts against the
 * knowledge base and the ledger, highlighted in the text. Nothing is stored.
 */
import type { CheckResult } from '../../api/contract.js';
import { postJson } from '../api.js';
import type { Route } from '../route.js';
import { articleBody } from '../ui/article-body.js';
import { emptyState, h, loading } from '../ui/dom.js';
import { errorPanel } from '../ui/widgets.js';

export async function renderCheck(view: HTMLElement, _route: Route): Promise<void> {
  const textarea = h('textarea', { name: 'text', rows: 10, required: true, placeholder: 'Paste the article text here…', 'aria-label': 'Article text' });
  const form = h('form', { class: 'check-form card', 'aria-label': 'Check an article' },
    h('label', { class: 'block' }, 'Article text', textarea),
    h('div', { class: 'row' },
      h('label', null, 'Title ', h('input', { name: 'title', placeholder: 'optional' })),
      h('label', null, 'Published ', h('input', { name: 'date', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', size: '10' })),
      h('button', { type: 'submit' }, 'Check claims')));
  const out = h('div', { id: 'check-result' }, emptyState('Nothing checked yet', 'Paste an article above and press “Check claims”. Claims about who held which office and when events happened are checked against the knowledge base and the ledger; the text is not stored.'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    out.replaceChildren(loading('claims'));
    postJson<CheckResult>('/api/check', { text: String(d.get('text') ?? ''), title: String(d.get('title') ?? '') || undefined, date: String(d.get('date') ?? '') || undefined })
      .then((r) => {
        const s = r.summary;
        out.replaceChildren(
          h('p', { class: 'summary' }, h('span', { class: 'badge v-contradicted' }, `${s.contradicted} contradicted`), ' ', h('span', { class: 'badge v-supported' }, `${s.supported} supported`), ' ', h('span', { class: 'badge v-unverified' }, `${s.unverified} unverified`)),
          r.article.claims.length ? '' : emptyState('No checkable claims found', 'Parley checks claims about office holders (“former President …”) and dates of events and commitments; this text has none it recognises.'),
          articleBody(r.article, r.article.claims.find((c) => c.verdict === 'contradicted')?.id ?? r.article.claims[0]?.id));
      })
      .catch((err: unknown) => out.replaceChildren(errorPanel(err)));
  });
  view.append(h('h1', null, 'Check an article'), form, out);
}
