/**
 * Safe DOM building: every piece of text goes in through text nodes, never through innerHTML, because
 * article text and actor names are untrusted input.
 *
 *   h('a', { href: '#/actor/USA', class: 'chip' }, 'USA')   // <a href="#/actor/USA" class="chip">USA</a>
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | Handler | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value as Handler);
    else if (key === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `el` with `children`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** An explained empty state: what is missing and what to do about it. */
export function emptyState(title: string, advice: string, command?: string): HTMLElement {
  return h('div', { class: 'empty', role: 'status' }, h('strong', null, title), h('p', null, advice), command ? h('code', { class: 'cmd' }, command) : null);
}

export function loading(what: string): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, `Loading ${what}…`);
}
