/**
 * The dashboard shell: a hash router (#/timeline, #/actor/USA, #/article/<id>) that renders one page at a
 * time, explains failures instead of going blank, and highlights the current section. Pages cannot mix: each
 * navigation aborts the previous page's requests (api.ts), and each page draws into its own container, which
 * is detached when the user moves on, so nothing late can land on the next page.
 *
 *   location.hash = '#/timeline?actor=RUS';   // renders the Timeline filtered on Russia
 *
 * When a page has drawn all its panels, <body> carries data-ready="<page>" and data-paint-ms (milliseconds
 * from the navigation to the page drawn complete, charts included), and data-data-ms (to the first frame with
 * some of its data: a list, a table; first-data.ts). For tests and the curious.
 */
import { abortPage, Superseded } from './api.js';
import { h, replace } from './ui/dom.js';
import { disposeCharts } from './ui/chart-registry.js';
import { afterPaint, startPage } from './ui/first-data.js';
import { errorPanel } from './ui/widgets.js';
import { actorSearch } from './ui/search.js';
import type { Route } from './route.js';
import { renderOverview } from './pages/overview.js';
import { renderTimeline } from './pages/timeline.js';
import { renderActor } from './pages/actor.js';
import { renderCommitments } from './pages/commitments.js';
import { renderArticle } from './pages/article.js';
import { renderCheck } from './pages/check.js';
import { renderMap } from './pages/map.js';
import { renderNetwork } from './pages/network.js';

type Page = (view: HTMLElement, route: Route) => Promise<void>;


const PAGES: Record<string, { page: Page; title: string; nav?: string }> = {
  '': { page: renderOverview, title: 'Overview', nav: 'Overview' },
  timeline: { page: renderTimeline, title: 'Timeline', nav: 'Timeline' },
  map: { page: renderMap, title: 'Map', nav: 'Map' },
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
  const started = performance.now();
  const route = parseRoute();
  const entry = PAGES[route.name];
  const view = document.getElementById('view')!;
  const mine = ++generation;
  // The first page is timed from the start of the document's load, later ones from the navigation.
  startPage(mine === 1 ? 0 : started, mine);
  abortPage();
  delete document.body.dataset.ready;
  disposeCharts();
  renderNav(route.name);
  // A fresh container per navigation: a page that is left keeps drawing, if at all, into a detached node.
  const root = h('div', { class: 'page', 'data-page': route.name || 'overview' });
  view.replaceChildren(root);
  window.scrollTo(0, 0);
  if (!entry) {
    root.append(h('div', { class: 'error-panel', role: 'alert' }, h('strong', null, 'No such page'), h('p', null, `“${route.name}” is not a page of the dashboard. `, h('a', { href: '#/' }, 'Go to the overview'), '.')));
    return;
  }
  document.title = `${entry.title} — Parley`;
  try {
    await entry.page(root, route);
  } catch (err) {
    if (mine === generation && !(err instanceof Superseded)) root.append(errorPanel(err));
  }
  // Timed at the frame that shows the complete page.
  await afterPaint();
  if (mine !== generation) return;
  const paintMs = String(Math.round(performance.now() - (mine === 1 ? 0 : started)));
  document.body.dataset.render = String(mine);
  document.body.dataset.paintMs = paintMs;
  document.body.dataset.dataMs ??= paintMs;
  document.body.dataset.ready = route.name || 'overview';
}

document.querySelector('.topbar')?.append(actorSearch());
window.addEventListener('hashchange', () => { void render(); });
void render();
