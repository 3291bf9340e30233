/**
 * The annotated article: the text with actors, times, event triggers, commitments and claims highlighted
 * (claims coloured by verdict), layer toggles, and a side panel listing the records; clicking a highlight
 * or a record shows its details and evidence. Used by the article view and the check page.
 *
 *   view.append(articleBody(article, 'event-id-to-focus'));
 */
import type { ArticleView, ClaimItem } from '../../api/contract.js';
import { h } from './dom.js';
import { actorLabel, fmtDate, fmtEventDate, fmtGoldstein, precisionNote, QUAD_LABELS } from './format.js';
import { highlight, type Annotation } from './highlight.js';
import { articleHref, legend } from './widgets.js';

const LAYERS = [
  { key: 'actor', label: 'Actors' }, { key: 'time', label: 'Times' }, { key: 'event', label: 'Events' },
  { key: 'commitment', label: 'Commitments' }, { key: 'claim', label: 'Claims' },
] as const;

export function articleBody(a: ArticleView, focus?: string | null): HTMLElement {
  const annotations: Annotation[] = [
    ...a.actors.map((x, i) => ({ start: x.start, end: x.end, cls: 'hl-actor', key: `actor-${i}`, title: `Actor: ${x.name ?? x.text} (${x.code}${x.sector ? ' ' + x.sector : ''})${x.office ? ', ' + x.office : ''}` })),
    ...a.times.map((x, i) => ({ start: x.start, end: x.end, cls: 'hl-time', key: `time-${i}`, title: `Time: ${x.date ? fmtEventDate(x.date, x.precision) : ''}${x.durationDays ? `${x.durationDays} days` : ''}` })),
    ...a.events.map((e) => ({ start: e.evidence.trigger.start, end: e.evidence.trigger.end, cls: 'hl-event', key: e.id, title: `Event ${e.type} (CAMEO ${e.cameo}): ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}` })),
    ...a.commitments.flatMap((c) => c.evidence.map((s) => ({ start: s.start, end: s.end, cls: 'hl-commitment', key: c.id, title: `Commitment: ${c.kind} by ${actorLabel(c.by)}` }))),
    ...a.claims.map((c) => ({ start: c.span.start, end: c.span.end, cls: `hl-claim verdict-${c.verdict}`, key: c.id, title: `Claim (${c.verdict}): ${c.explanation}` })),
  ];
  const text = h('div', { class: 'article-text', id: 'article-text' });
  text.append(highlight(a.text, annotations, paragraphBreaks(a)));
  const detail = h('div', { class: 'detail', id: 'detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Click a highlight or a record to see its details and evidence.'));
  const records = recordsPanel(a, (key) => select(key));
  const toggles = h('div', { class: 'toggles', role: 'group', 'aria-label': 'Layers' }, LAYERS.map((l) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-layer': l.key });
    box.addEventListener('change', () => text.classList.toggle(`hide-${l.key}`, !box.checked));
    return h('label', { class: `toggle t-${l.key}` }, box, ` ${l.label}`);
  }));
  const root = h('div', { class: 'article-layout' },
    h('div', { class: 'article-main card' }, toggles,
      legend([{ label: 'Actor', cls: 'actor' }, { label: 'Time', cls: 'time' }, { label: 'Event trigger', cls: 'event' }, { label: 'Commitment', cls: 'commitment' },
        { label: 'Claim supported', cls: 'supported' }, { label: 'Claim contradicted', cls: 'contradicted' }, { label: 'Claim unverified', cls: 'unverified' }]),
      text),
    h('aside', { class: 'article-side' }, h('section', { class: 'card details' }, h('h2', null, 'Details'), detail), records));

  function select(key: string): void {
    root.querySelectorAll('.focused').forEach((el) => el.classList.remove('focused'));
    const marks = [...text.querySelectorAll<HTMLElement>('span.hl')].filter((s) => s.dataset.keys?.split(' ').includes(key));
    marks.forEach((m) => m.classList.add('focused'));
    marks[0]?.scrollIntoView({ block: 'center' });
    root.querySelector(`[data-record="${CSS.escape(key)}"]`)?.classList.add('focused');
    detail.replaceChildren(describe(a, key));
  }
  text.addEventListener('click', (ev) => {
    const span = (ev.target as HTMLElement).closest<HTMLElement>('span.hl');
    const keys = span?.dataset.keys?.split(' ') ?? [];
    const key = keys.find((k) => a.claims.some((c) => c.id === k)) ?? keys.find((k) => a.events.some((e) => e.id === k)) ?? keys.find((k) => a.commitments.some((c) => c.id === k)) ?? keys[keys.length - 1];
    if (key) select(key);
  });
  if (focus) queueMicrotask(() => select(focus));
  return root;
}

/** Claims first (what a fact-checker came for), then commitments, then events; long lists scroll inside. */
function recordsPanel(a: ArticleView, onPick: (key: string) => void): HTMLElement {
  const item = (key: string, cls: string, ...label: (string | Node)[]) =>
    h('li', null, h('button', { type: 'button', class: `record ${cls}`, 'data-record': key, onclick: () => onPick(key) }, ...label));
  return h('section', { class: 'card records' },
    h('h2', null, `Claims (${a.claims.length})`),
    a.claims.length ? h('ul', { class: 'claims-list' }, a.claims.map((c) => item(c.id, `cl verdict-${c.verdict}`, h('span', { class: `badge v-${c.verdict}` }, c.verdict), ` ${c.text}`))) : h('p', { class: 'muted' }, 'No checkable claims found.'),
    h('h2', null, `Commitments (${a.commitments.length})`),
    a.commitments.length ? h('ul', null, a.commitments.map((c) => item(c.id, 'cm', `${c.kind} `, h('small', null, `${actorLabel(c.by)} · ${fmtDate(c.starts)} → ${c.ends ?? 'open'}`)))) : h('p', { class: 'muted' }, 'No commitments found.'),
    h('h2', null, `Events (${a.events.length})`),
    a.events.length ? h('ul', { class: 'events-list' }, a.events.map((e) => item(e.id, 'ev', `${e.type} `, h('small', null, `${actorLabel(e.actor)} → ${actorLabel(e.recipient)} · ${fmtEventDate(e.date, e.datePrecision)}`)))) : h('p', { class: 'muted' }, 'No events coded in this article.'));
}

/**
 * Where paragraphs start. A text with line breaks keeps its own (pre-wrap shows them); a text in one line (news
 * JSONL often is) gets a paragraph every few sentences: at least three sentences and 400 characters each.
 */
export function paragraphBreaks(a: Pick<ArticleView, 'text' | 'sentences'>): number[] {
  if (a.text.includes('\n')) return [];
  const out: number[] = [];
  let start = 0;
  let count = 0;
  for (const s of a.sentences) {
    count++;
    if (count >= 3 && s.end - start >= 400) {
      // The next paragraph starts at the next sentence's first character (after the spaces).
      let next = s.end;
      while (next < a.text.length && /\s/.test(a.text[next]!)) next++;
      if (next < a.text.length) out.push(next);
      start = next;
      count = 0;
    }
  }
  return out;
}

function describe(a: ArticleView, key: string): HTMLElement {
  const claim = a.claims.find((c) => c.id === key);
  if (claim) return claimDetail(claim);
  const e = a.events.find((x) => x.id === key);
  if (e) {
    return h('dl', { class: 'facts' },
      h('dt', null, 'Event'), h('dd', null, `${e.type}${e.mode ? ` (${e.mode})` : ''} — CAMEO ${e.cameo}`),
      h('dt', null, 'Actor'), h('dd', null, actorLabel(e.actor)), h('dt', null, 'Recipient'), h('dd', null, actorLabel(e.recipient)),
      h('dt', null, 'Date'), h('dd', { title: precisionNote(e.datePrecision) }, fmtEventDate(e.date, e.datePrecision), e.datePrecision === 'month' || e.datePrecision === 'year' ? h('small', { class: 'muted' }, ` (only the ${e.datePrecision} is known)`) : null),
      h('dt', null, 'Class'), h('dd', null, `${QUAD_LABELS[e.quad] ?? e.quad}, Goldstein ${fmtGoldstein(e.goldstein)}`),
      h('dt', null, 'Modality'), h('dd', null, `${e.modality}${e.negated ? ', negated' : ''}; confidence ${Math.round(e.confidence * 100)}%`),
      h('dt', null, 'Sentence'), h('dd', null, `“${a.text.slice(e.evidence.start, e.evidence.end)}”`));
  }
  const c = a.commitments.find((x) => x.id === key);
  if (c) {
    return h('dl', { class: 'facts' },
      h('dt', null, 'Commitment'), h('dd', null, `${c.kind} (${c.status})`),
      h('dt', null, 'By'), h('dd', null, actorLabel(c.by)), h('dt', null, 'To'), h('dd', null, actorLabel(c.to)),
      h('dt', null, 'What'), h('dd', null, [c.refrain ? 'refrain from' : null, c.action, c.scope].filter(Boolean).join(' ') || '—'),
      h('dt', null, 'Window'), h('dd', null, `${fmtDate(c.starts)} → ${c.ends ?? 'open-ended'}${c.durationDays ? ` (${c.durationDays} days)` : ''}`),
      c.conditions.length ? [h('dt', null, 'Conditions'), h('dd', null, c.conditions.join('; '))] : null);
  }
  return h('p', { class: 'muted' }, 'Highlighted span (see its tooltip).');
}

export function claimDetail(c: ClaimItem): HTMLElement {
  return h('div', { class: `claim-detail verdict-${c.verdict}` },
    h('p', null, h('span', { class: `badge v-${c.verdict}` }, c.verdict), ' ', h('strong', null, `“${c.text}”`)),
    h('p', null, c.explanation),
    h('dl', { class: 'facts' }, h('dt', null, 'Subject'), h('dd', null, c.subject), h('dt', null, 'Kind'), h('dd', null, c.kind),
      Object.entries(c.asserted).filter(([, v]) => v).map(([k, v]) => [h('dt', null, `Asserted ${k}`), h('dd', null, String(v))])),
    h('h3', null, 'Evidence'),
    c.evidence.length ? h('ul', { class: 'evidence-list' }, c.evidence.map((ev) => h('li', null,
      h('span', { class: 'badge muted-badge' }, ev.kind), ' ',
      ev.note ?? ev.ref ?? '',
      ev.documentId ? [' ', h('a', { href: articleHref(ev.documentId, ev.eventId) }, 'open the ledger record')] : null))) : h('p', { class: 'muted' }, 'No evidence found either way.'));
}
