/**
 * A sentence as the coder sees it: its tokens, the actor mentions mapped onto token indices, and clause ids
 * found without a parser. Clauses break at ";" and ":", at subordinators ("while", "because"), after a
 * reporting verb ("X said | Y attacked Z"), before a trailing report (", officials said"), and around
 * relative clauses (", which …,") that nest inside the clause they interrupt.
 *
 *   const view = sentenceView(tokens, 0, tokens.length, mentions, triggerTokens);
 *   view.clause[k - view.start] // clause id of token k
 */
import type { ActorMention, Token } from '../../core/types.js';
import { cues } from './cues.js';
import type { Tree } from './tree.js';

export interface MentionRef {
  m: ActorMention;
  first: number;
  last: number;
  /** Locations ("in Kyiv") are recipients of attacks at most, never actors. */
  place: boolean;
}

export interface SentenceView {
  tokens: readonly Token[];
  start: number;
  end: number;
  clause: Int32Array;
  /** Parent clause of a relative clause, -1 otherwise. */
  parent: number[];
  /** Token index of the reporting verb whose content a clause is ("Kyiv said | Russia attacked"). */
  reporter: Map<number, number>;
  mentions: MentionRef[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** The sentence's dependency tree when the deps layer has one (the coder then reads roles from it). */
  tree: Tree | null;
}

const SOURCE_LEADS = [['according', 'to'], ['citing'], ['quoted', 'by'], ['reported', 'by'], ['interview', 'with'], ['told']];

function isOutletOrSource(tokens: readonly Token[], first: number, start: number, m: ActorMention): boolean {
  const c = cues();
  // an outlet ("Reuters", "the BBC") reports; journalists in general can also be the ones arrested or killed
  if (m.sector && c.mediaSectors.has(m.sector) && m.kind !== 'sector') return true;
  const lower = (m.text ?? m.name ?? '').toLowerCase();
  if (c.media.has(lower.startsWith('the ') ? lower.slice(4) : lower)) return true;
  for (const lead of SOURCE_LEADS) {
    const at = first - lead.length;
    if (at < start) continue;
    let same = true;
    for (let i = 0; i < lead.length && same; i++) same = tokens[at + i]!.norm === lead[i];
    if (same) return true;
  }
  return false;
}

export function tokenAtOffset(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function mapMentions(tokens: readonly Token[], start: number, end: number, mentions: readonly ActorMention[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const m of mentions) {
    const first = tokenAtOffset(tokens, start, end, m.start);
    let last = first;
    while (last + 1 < end && tokens[last + 1]!.start < m.end) last++;
    if (isOutletOrSource(tokens, first, start, m) || nearBorder(tokens, first, last, start, end)) continue;
    // a city is a place unless it stands for a government ("Kyiv said", "Moscow decided")
    out.push({ m, first, last, place: m.kind === 'place' && m.sector !== 'GOV' });
  }
  return out.sort((a, b) => a.first - b.first);
}

const BORDER_NOUNS = new Set(['border', 'frontier', 'borders']);
/**
 * "seized the town of Bunagana near the Ugandan border": a country named for the border something lies near is
 * neither party nor place of the event (the place is most often on the other side).
 */
function nearBorder(tokens: readonly Token[], first: number, last: number, start: number, end: number): boolean {
  if (last + 1 >= end || !BORDER_NOUNS.has(tokens[last + 1]!.norm)) return false;
  let k = first - 1;
  if (k >= start && tokens[k]!.norm === 'the') k--;
  return k >= start && (tokens[k]!.norm === 'near' || (tokens[k]!.norm === 'to' && k > start && tokens[k - 1]!.norm === 'close'));
}

/** "which", "who", or a "that" followed by a verb: the start of a relative clause. */
function isRelative(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  if (cues().relative.has(t.norm)) return true;
  if (t.norm !== 'that') return false;
  const next = k + 1 < end ? tokens[k + 1]! : null;
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

function isReportingVerb(t: Token): boolean {
  return t.pos === 'VERB' && cues().reporting.has(t.lemma);
}

/** ", Ukraine's military said." — a trailing report segment starting at the comma at k. */
function trailingReport(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k + 1; j < end && j <= k + 8; j++) {
    const t = tokens[j]!;
    if (t.norm === ',' || t.norm === ';') return -1;
    if (isReportingVerb(t)) {
      let after = j + 1;
      while (after < end && (tokens[after]!.pos === 'PROPN' || tokens[after]!.pos === 'NOUN' || tokens[after]!.pos === 'ADP' || tokens[after]!.pos === 'DET')) after++;
      const next = tokens[after];
      return !next || next.pos === 'PUNCT' ? j : -1;
    }
    if (t.norm === 'according' && tokens[j + 1]?.norm === 'to') return j;
  }
  return -1;
}

export function sentenceView(tokens: readonly Token[], start: number, end: number, mentions: readonly ActorMention[], triggerTokens: ReadonlySet<number>): SentenceView {
  const c = cues();
  const n = end - start;
  const clause = new Int32Array(n);
  const parent: number[] = [-1];
  const reporter = new Map<number, number>();
  let current = 0;
  let outer = -1;
  let subordinate = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.norm === ';' || t.norm === ':' || t.norm === '—' || t.norm === '–') {
      outer = -1;
      current = parent.push(-1) - 1;
    } else if (t.norm === ',') {
      if (outer >= 0) { current = outer; outer = -1; }
      else if (subordinate) { subordinate = false; current = parent.push(-1) - 1; }
      const rep = trailingReport(tokens, k, end);
      if (rep >= 0) {
        reporter.set(current, rep);
        current = parent.push(-1) - 1;
      } else if (k + 1 < end && isRelative(tokens, k + 1, end)) {
        clause[k - start] = current;
        outer = current;
        current = parent.push(current) - 1;
        continue;
      }
    } else if ((t.pos === 'SCONJ' && c.subordinators.has(t.norm)) || (t.norm === 'but' && t.pos === 'CCONJ')) {
      outer = -1;
      subordinate = t.pos === 'SCONJ' && (k === start || tokens[k - 1]!.norm === ',');
      current = parent.push(-1) - 1;
    } else if (outer < 0 && k > start && t.norm === 'that' && tokens[k - 1]!.pos === 'NOUN' && isRelative(tokens, k, end)) {
      clause[k - start] = current; // "the regions that voted …": a relative clause up to the next comma
      outer = current;
      current = parent.push(current) - 1;
      continue;
    }
    clause[k - start] = current;
    if (isReportingVerb(t) && !triggerTokens.has(k)) {
      const next = parent.push(-1) - 1;
      reporter.set(next, k);
      current = next;
      outer = -1;
    }
  }
  const mapped = mapMentions(tokens, start, end, mentions);
  const mentionAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < mapped.length; i++) for (let k = mapped[i]!.first; k <= mapped[i]!.last; k++) mentionAt[k - start] = i;
  return { tokens, start, end, clause, parent, reporter, mentions: mapped, mentionAt, tree: null };
}

/** True when clause `inner` is `outer` or nested (relative clauses) inside it. */
/** How many distinct party mentions (places too) lie on tokens [from, to] of the view. */
export function mentionsInSpan(view: SentenceView, from: number, to: number): number {
  let n = 0;
  for (let j = from, last = -1; j <= to; j++) {
    const m = view.mentionAt[j - view.start]!;
    if (m >= 0 && m !== last) { n++; last = m; }
  }
  return n;
}

export function within(view: SentenceView, inner: number, outer: number): boolean {
  for (let c = inner; c >= 0; c = view.parent[c]!) if (c === outer) return true;
  return false;
}
