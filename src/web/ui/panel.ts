/**
 * A panel that loads its own data: it shows "Loading …" at once, then its content, or an error panel that
 * explains the failure; an answer for a page the user has left (Superseded) draws nothing. The first panel
 * filled marks the page's first data on screen (first-data.ts). The page's render
 * awaits its panels, so the router knows when the page is complete.
 *
 *   await Promise.all([
 *     panel(view, 'Latest events', 'events', async () => h('ul', null, (await getJson(...)).items.map(eventRow))),
 *   ]);
 */
import { Superseded } from '../api.js';
import { h, loading } from './dom.js';
import { dataShown } from './first-data.js';
import { errorPanel } from './widgets.js';

/** Appends a card titled `title` to `parent` and fills it with what `load` builds; resolves when drawn. */
export async function panel(parent: HTMLElement, title: string | null, what: string, load: (body: HTMLElement) => Promise<Node | Node[] | void>, attrs: Record<string, string> = {}): Promise<void> {
  const body = h('div', { class: 'panel-body', 'aria-busy': 'true' }, loading(what));
  const card = h('section', { class: 'card panel', ...attrs }, title ? h('h2', null, title) : null, body);
  parent.append(card);
  await fill(body, what, load);
}

/** Fills an existing element the same way (loading, then content or an explained error). */
export async function fill(body: HTMLElement, what: string, load: (body: HTMLElement) => Promise<Node | Node[] | void>): Promise<void> {
  body.setAttribute('aria-busy', 'true');
  body.replaceChildren(loading(what));
  try {
    const out = await load(body);
    body.querySelector(':scope > .loading')?.remove();
    if (out) body.append(...(Array.isArray(out) ? out : [out]));
    dataShown();
  } catch (err) {
    if (err instanceof Superseded) return;
    body.replaceChildren(errorPanel(err));
  } finally {
    body.removeAttribute('aria-busy');
  }
}
