/**
 * The dashboard shell: a hash router (#/timeline, #/actor/USA, #/article/<id>) that renders one page at a
 * time into <main>, explains failures instead of going blank, and highlights the current section.
 *
 *   location.hash = '#/timeline?actor=RUS';   // renders the Timeline filtered on Russia
 */
import { h, replace } from './ui/dom.js';
import { disposeCharts } from './ui/charts.js';
import { errorPanel } from './ui/widgets.js';
import type { Route } from './route.js';
import { renderOverview } from './pages/overview.js';
import { renderTimeline } from './pages/timeline.js';
import { renderActor } from './pages/actor.js';
import { renderNetwork } from './pages/network.js';
import { renderCommitments } from './pages/commitments.js';
import { renderArticle } from './pages/article.js';
import { renderCheck } from './pages/check.js';

type Page = (view: HTMLElement, route: Route) => Promise<void>;

const PAGES: Record<string, { page: Page; title: string; nav?: string }> = {
  '': { page: renderOverview, title: 'Overview', nav: 'Overview' },
  timeline: { page: renderTimeline, title: 'Timeline', nav: 'Timeline' },
  network: { page: renderNetwork, title: 'Network', nav: 'Network' },
  commitments: { page: renderCommitments, title: 'Commitments', nav: 'Commitments' },
  check: { page: renderCheck, title: 'Check an article', nav: 'Check' },
  actor: { page: renderActor, title: 'Actor' },
  article: { page: renderArticle, title: 'Article' },
};

function parseRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  return { name: parts[0] ?? '', params: parts.slice(1), query: new URLSearchParams(qs) };
}

function renderNav(current: string): void {
  const nav = document.getElementById('nav')!;
  replace(nav, Object.entries(PAGES).filter(([, p]) => p.nav).map(([name, p]) =>
    h('a', { href: `#/${name}`, class: name === current ? 'active' : null, 'aria-current': name === current ? 'page' : null }, p.nav!)));
}

let generation = 0;

async function render(): Promise<void> {
  const route = parseRoute();
  const entry = PAGES[route.name];
  const view = document.getElementById('view')!;
  const mine = ++generation;
  delete document.body.dataset.ready;
  disposeCharts();
  renderNav(route.name);
  view.replaceChildren();
  if (!entry) {
    view.append(h('div', { class: 'error-panel', role: 'alert' }, h('strong', null, 'No such page'), h('p', null, `“${route.name}” is not a page of the dashboard. `, h('a', { href: '#/' }, 'Go to the overview'), '.')));
    return;
  }
  document.title = `${entry.title} — Parley`;
  try {
    await entry.page(view, route);
  } catch (err) {
    if (mine === generation) view.append(errorPanel(err));
  }
  if (mine !== generation) return;
  document.body.dataset.render = String(mine);
  document.body.dataset.ready = route.name || 'overview';
}

window.addEventListener('hashchange', () => { void render(); });
void render();
