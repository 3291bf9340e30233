/**
 * Splits a text into segments at every annotation boundary and wraps each segment in a <span> carrying the
 * classes of all annotations covering it, so overlapping layers (an actor inside a claim inside a
 * commitment) all show. Text goes in through text nodes only. `breaks` are offsets where a new paragraph
 * starts (drawn as an empty block element, so offsets and copied text stay those of the source).
 *
 *   highlight('Trump called Putin', [{ start: 0, end: 5, cls: 'actor', key: 'a0' }]) // <span class="actor">Trump</span> called Putin
 */
export interface Annotation { start: number; end: number; cls: string; key: string; title?: string }

export function highlight(text: string, annotations: Annotation[], breaks: readonly number[] = []): DocumentFragment {
  const valid = annotations.filter((a) => a.start >= 0 && a.end <= text.length && a.end > a.start);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) { cuts.add(a.start); cuts.add(a.end); }
  const paragraphEnds = new Set(breaks.filter((b) => b > 0 && b < text.length));
  for (const b of paragraphEnds) cuts.add(b);
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (paragraphEnds.has(s)) frag.append(Object.assign(document.createElement('span'), { className: 'para-break' }));
    const covering = valid.filter((a) => a.start <= s && a.end >= e);
    const piece = document.createTextNode(text.slice(s, e));
    if (!covering.length) { frag.append(piece); continue; }
    const span = document.createElement('span');
    span.className = ['hl', ...new Set(covering.map((a) => a.cls))].join(' ');
    span.dataset.keys = covering.map((a) => a.key).join(' ');
    const titles = covering.map((a) => a.title).filter(Boolean);
    if (titles.length) span.title = titles.join('\n');
    span.append(piece);
    frag.append(span);
  }
  return frag;
}
