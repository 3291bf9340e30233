/**
 * Find an actor by name or code from any page: a search box in the top bar that asks /api/actors as you type
 * (countries and organisations from the knowledge base, codes and names in the ledger) and opens the actor page
 * of the hit you pick (Enter: the first one).
 *
 *   document.querySelector('.topbar')!.append(actorSearch());   // type "russ" -> "Russia (RUS) · 3,254 events"
 */
import type { ActorHit } from '../../api/contract.js';
import { withQuery } from '../api.js';
import { h } from './dom.js';
import { fmtNumber, namedCode } from './format.js';

export function actorSearch(): HTMLElement {
  const input = h('input', { type: 'search', id: 'actor-search', placeholder: 'Find an actor: Russia, NATO, Zelensky, RUS…', 'aria-label': 'Find an actor by name or code', autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'actor-hits' });
  const list = h('ul', { class: 'search-hits', id: 'actor-hits', role: 'listbox', hidden: true });
  let hits: ActorHit[] = [];
  let pending: AbortController | null = null;
  let timer = 0;
  const open = (hit: ActorHit) => { list.hidden = true; input.value = ''; location.hash = `#/actor/${encodeURIComponent(hit.code)}`; };
  const show = () => {
    list.replaceChildren(...hits.map((hit, i) => h('li', { role: 'option', id: `actor-hit-${i}`, 'data-code': hit.code },
      h('button', { type: 'button', onclick: () => open(hit) },
        h('strong', null, namedCode(hit.code, hit.name)),
        h('small', null, ` ${hit.kind}${hit.matched !== hit.name ? ` · “${hit.matched}”` : ''} · ${hit.events ? `${fmtNumber(hit.events)} events` : 'no events'}`)))));
    if (!hits.length) list.append(h('li', { class: 'muted none' }, 'No actor by that name or code.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const ask = async (q: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      const res = await fetch(withQuery('/api/actors', { q, limit: 8 }), { signal: pending.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return;
      hits = ((await res.json()) as { items: ActorHit[] }).items;
      if (input.value.trim() === q) show();
    } catch { /* a newer keystroke aborted it, or the server is gone: the box just shows nothing */ }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { list.hidden = true; hits = []; return; }
    timer = window.setTimeout(() => void ask(q), 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && hits[0]) { ev.preventDefault(); open(hits[0]); }
    if (ev.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 200));
  return h('div', { class: 'search' }, input, list);
}
