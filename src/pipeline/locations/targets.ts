/**
 * A place the act is done to, which the actors layer read as a government: a capital stands for its government
 * ("Moscow proposed", "blame Kyiv": sector GOV) and so is no place of the sentence, but when the dependency tree
 * makes it what an attack, arrest or withdrawal is done to, or the place of what it is done to, it is where the
 * act happened: "shelled Kyiv", "shelled residential areas of Khartoum", "a new assault on Kyiv originating in
 * Minsk", "withdrew from around Kyiv".
 *
 *   targetPlaces(kb, doc, event) // [{ start, end, place: { name: 'Khartoum', country: 'SDN', precision: 'town' } }]
 */
import type { Dependency, Document, EventRecord, Token } from '../../core/types.js';
import type { KnowledgeBase } from '../../knowledge/index.js';
import { words } from '../../knowledge/text.js';
import { caseIs, spanHead, tokenAt } from './deps.js';
import { placeAt, villageAt, type PlaceMention } from './places.js';

/** Acts whose target is where they happen. */
const TARGETED = new Set(['ASSAULT', 'COERCE', 'RETREAT']);
/** Relations of what an act is done to (its object, passive subject, or a frame phrase of its verb or noun). */
const PATIENT = new Set(['obj', 'nsubj:pass', 'obl', 'nmod']);
/** Prepositions of a frame phrase that names the target or the ground of an act ("on Kyiv", "from around Kyiv"). */
const TARGET_CASES = new Set(['on', 'against', 'at', 'in', 'into', 'near', 'around', 'outside', 'over', 'across', 'throughout', 'from', 'of']);
/** Prepositions that tie a place to the noun an act is done to ("areas of Khartoum", "buildings in Kyiv"). */
const PART_CASES = new Set(['of', 'in', 'near', 'around', 'outside']);

/**
 * Capitals read as governments that the tree makes the target of event `e`, or the place of its target; and towns
 * or villages (of `countries`, those the article names) named there that no actor mention holds ("shelled Hostomel
 * and Soledar": named without a locative word, so no place of the sentence).
 */
export function targetPlaces(kb: KnowledgeBase, doc: Document, e: EventRecord, countries: ReadonlySet<string>): PlaceMention[] {
  const tokens = doc.layers.tokens;
  const deps = doc.layers.deps;
  if (!TARGETED.has(e.type) || !tokens || !deps || deps.length !== tokens.length) return [];
  const h = spanHead(tokens, deps, e.evidence.trigger.start, e.evidence.trigger.end);
  const out: PlaceMention[] = [];
  const actors = (doc.layers.actors ?? []).filter((a) => a.sentence === e.sentence);
  for (const a of actors) {
    if (a.kind !== 'place' || a.sector !== 'GOV') continue;
    const k = tokenAt(tokens, a.start);
    if (!(doneTo(tokens, deps, k, h) || partOfTarget(tokens, deps, k, h))) continue;
    const ws = words(doc.text, a.start, a.end);
    const hit = placeAt(kb, ws, 0, false);
    if (hit && hit.end === ws.length) out.push({ start: a.start, end: a.end, place: hit.place });
  }
  const s = doc.layers.sentences?.[e.sentence];
  if (!s) return out;
  const held = (k: number) => actors.some((a) => a.start < tokens[k]!.end && tokens[k]!.start < a.end);
  for (let k = tokenAt(tokens, s.start); k < tokens.length && tokens[k]!.start < s.end; k++) {
    if (tokens[k]!.pos !== 'PROPN' || held(k)) continue;
    // a conjunct shares its first conjunct's relation ("shelled Hostomel and Soledar")
    let top = k;
    for (let steps = 0; deps[top]!.rel === 'conj' && steps < 5; steps++) top = deps[top]!.head;
    if (!(doneTo(tokens, deps, top, h) || partOfTarget(tokens, deps, top, h))) continue;
    // the name's first word: the proper nouns compounded before it ("Kafr Takharim")
    let first = k;
    while (first > 0 && tokens[first - 1]!.pos === 'PROPN' && deps[first - 1]!.head === k && deps[first - 1]!.rel === 'compound') first--;
    const ws = words(doc.text, tokens[first]!.start, s.end);
    const own = ws.findIndex((w) => w.end >= tokens[k]!.end) + 1;
    const hit = placeAt(kb, ws, 0, false) ?? villageAt(kb, ws, 0, countries);
    if (hit && hit.end === own) out.push({ start: tokens[first]!.start, end: tokens[k]!.end, place: hit.place });
  }
  return out;
}

/** Token k hangs on the trigger h as what the act is done to ("shelled Kyiv", "the assault on Kyiv"). */
function doneTo(tokens: readonly Token[], deps: readonly Dependency[], k: number, h: number): boolean {
  const d = deps[k]!;
  if (d.head !== h || !PATIENT.has(d.rel)) return false;
  return d.rel === 'obj' || d.rel === 'nsubj:pass' || caseIs(tokens, deps, k, TARGET_CASES);
}

/** Token k names the place of what the act is done to ("shelled residential areas of Khartoum"). */
function partOfTarget(tokens: readonly Token[], deps: readonly Dependency[], k: number, h: number): boolean {
  const d = deps[k]!;
  return d.rel === 'nmod' && d.head >= 0 && doneTo(tokens, deps, d.head, h) && caseIs(tokens, deps, k, PART_CASES);
}
