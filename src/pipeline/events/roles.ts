/**
 * Who did it and to whom, from token order, POS tags, clause ids and prepositions (no parser):
 * - verbs: the subject is the nearest actor to the left in the clause (through "X and Y", relative
 *   pronouns and coordinated verbs); the recipient is the first actor to the right; passives swap them
 *   ("Kyiv was struck by Russian missiles": actor after "by", recipient the subject);
 * - nouns: the actor is a possessor ("Putin's pledge"), a modifier ("Russian strikes", "U.S.-Russia talks"),
 *   "by X", "from X" for acts that come from someone ("attacks from Russian troops"), or the subject of a
 *   light verb ("launched an attack"); "between X and Y" gives both sides.
 *
 *   const { actors, recipients } = verbRoles(view, head);
 */
import type { Token } from '../../core/types.js';
import { cues } from './cues.js';
import { lexicon, matchAt } from './lexicon.js';
import { type MentionRef, type SentenceView, within } from './sentence.js';

export interface Roles { actors: MentionRef[]; recipients: MentionRef[]; passive: boolean; between: boolean }

const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'around', 'outside', 'inside', 'into', 'throughout', 'within', 'from', 'over', 'towards', 'toward', 'through', 'beyond', 'along', 'off']);
const SKIP_LEFT = new Set(['ADV', 'AUX', 'PART']);
const NOMINAL_GLUE = new Set(['ADJ', 'NOUN', 'NUM', 'DET', 'PROPN']);
/** Prepositions whose object is never the subject of the verb after it ("the talks between X and Y have …"). */
const PREPOSITIONS = new Set(['on', 'to', 'for', 'with', 'against', 'from', 'between', 'about', 'into', 'at', 'during', 'under', 'among', 'toward', 'towards', 'across', 'amid', 'without', 'upon', 'over']);
/** Words that join the items of a list of actors ("X, Y and Z", "X & Y"). */
const LIST_GLUE = new Set(['and', ',', '&']);
const RECIPIENT_PREPS = new Set(['on', 'against', 'to', 'with', 'at', 'into', 'toward', 'towards', 'for', 'in', 'upon', 'over', 'from', 'of']);

const tok = (v: SentenceView, k: number): Token => v.tokens[k]!;
const clauseOf = (v: SentenceView, k: number): number => v.clause[k - v.start]!;
const mentionAt = (v: SentenceView, k: number): MentionRef | null => {
  const i = v.mentionAt[k - v.start]!;
  return i >= 0 ? v.mentions[i]! : null;
};

/** Extends a mention leftwards through "X and Y", "X, Y and Z" (compound actors). */
function coordinatedLeft(v: SentenceView, m: MentionRef): MentionRef[] {
  const out = [m];
  let k = m.first - 1;
  while (k > v.start) {
    if (tok(v, k).pos === 'DET' && k - 1 > v.start && LIST_GLUE.has(tok(v, k - 1).norm)) k--; // "… and the United Nations"
    const t = tok(v, k);
    if (t.norm !== 'and' && t.norm !== ',' && t.norm !== '&') break;
    // Oxford comma "X, Y, and Z": only inside a list of three or more ("…on Moscow, and Russia said" is two clauses)
    if (t.norm !== ',' && k - 1 > v.start && tok(v, k - 1).norm === ',') {
      const y = mentionAt(v, k - 2);
      if (!y || y.first - 2 < v.start || tok(v, y.first - 1).norm !== ',' || !mentionAt(v, y.first - 2)) break;
      k--;
    }
    const prev = mentionAt(v, k - 1);
    if (!prev || prev.place || bearingPhrase(v, prev.first)) break;
    out.unshift(prev);
    k = prev.first - 1;
  }
  return out;
}

/** The index of the word before the noun phrase starting at `first` (past its articles and adjectives), or -1. */
function wordBefore(v: SentenceView, first: number): number {
  let b = first - 1;
  while (b > v.start && (tok(v, b).pos === 'ADJ' || tok(v, b).pos === 'DET')) b--;
  return b >= v.start ? b : -1;
}

/** Whether the mention starting at `first` follows a bearing ("north of Kyiv"): a place, whatever the name can stand for. */
function bearingPhrase(v: SentenceView, first: number): boolean {
  const b = wordBefore(v, first);
  return b > v.start && tok(v, b).norm === 'of' && cues().bearings.has(tok(v, b - 1).norm);
}

/** Whether the mention starting at `first` is the object of a locative word or a bearing ("in Kyiv", "north of Kyiv"). */
function placedPhrase(v: SentenceView, first: number): boolean {
  const b = wordBefore(v, first);
  return (b >= 0 && LOCATIVE.has(tok(v, b).norm)) || bearingPhrase(v, first);
}

/** Extends a mention rightwards through "X and Y" unless Y starts a new clause ("… Kyiv and Moscow said"). */
function coordinatedRight(v: SentenceView, m: MentionRef, clause: number, closed = false): MentionRef[] {
  const out = [m];
  let k = m.last + 1;
  let joined = false;
  while (k + 1 < v.end) {
    const t = tok(v, k);
    if (!LIST_GLUE.has(t.norm)) break;
    if (joined) break; // a list has one closing "and": "with Iran, Turkey, and Syria, and Russia then …" is a new clause
    if (t.norm === ',' && k + 2 < v.end && (tok(v, k + 1).norm === 'and' || tok(v, k + 1).norm === '&')) {
      if (out.length < 2) break; // Oxford comma only after "X, Y": "… part of Russia, and Finland never …" is a new clause
      k++;
    }
    const conjunction = tok(v, k).norm !== ',';
    if (k + 2 < v.end && tok(v, k + 1).pos === 'DET' && mentionAt(v, k + 2)) k++; // "Russia, Ukraine and the United Nations"
    const next = mentionAt(v, k + 1);
    if (!next || !within(v, clauseOf(v, next.first), clause)) break;
    let a = next.last + 1;
    while (a < v.end && tok(v, a).pos === 'ADV') a++; // "…, and Russia then condemned"
    const after = a < v.end ? tok(v, a) : null;
    if (!closed && after && (after.pos === 'VERB' || after.pos === 'AUX')) break;
    out.push(next);
    joined = conjunction;
    k = next.last + 1;
  }
  return out;
}

function isPassive(v: SentenceView, head: number): boolean {
  const t = tok(v, head);
  if (t.pos !== 'VERB' || t.norm.endsWith('ing')) return false;
  if (t.norm === t.lemma && tok(v, head + 1 < v.end ? head + 1 : head).norm !== 'by') return false; // "hit", "cut": base-form participles
  if (head + 1 < v.end && tok(v, head + 1).norm === 'to') return false; // "is prepared to …" is no passive
  const c = cues();
  for (let k = head - 1; k >= v.start && k >= head - 4; k--) {
    const p = tok(v, k);
    if (c.be.has(p.norm) || (p.pos === 'AUX' && p.lemma === 'be')) return true;
    if (!SKIP_LEFT.has(p.pos)) break;
  }
  // reduced relatives: "Kyiv, struck by missiles, …", "two Britons captured while fighting …"
  const next = head + 1 < v.end ? tok(v, head + 1) : null;
  const prev = head > v.start ? tok(v, head - 1) : null;
  if (!prev || !next || !/(ed|en)$/.test(t.norm)) return false;
  if (next.norm === 'by' && (prev.norm === ',' || mentionAt(v, head - 1) || prev.pos === 'NOUN')) return byAgent(v, head + 1, clauseOf(v, head)).length > 0;
  return next.norm === 'while' && (!!mentionAt(v, head - 1) || prev.pos === 'NOUN');
}

/** The agent of a passive: the actor after "by" within a few tokens. */
function byAgent(v: SentenceView, from: number, clause: number): MentionRef[] {
  for (let k = from; k < v.end && k <= from + 3; k++) {
    if (tok(v, k).norm !== 'by') continue;
    for (let j = k + 1; j < v.end && j <= k + 4; j++) {
      const m = mentionAt(v, j);
      if (m && !m.place) return coordinatedRight(v, m, clause);
      if (tok(v, j).pos === 'VERB' || tok(v, j).pos === 'PUNCT') break;
    }
  }
  return [];
}

/** The subject of the verb at `head`: nearest actor to the left in its clause. */
export function subjectOf(v: SentenceView, head: number, depth = 0, allowPlaces = false): MentionRef[] {
  const c = cues();
  const clause = clauseOf(v, head);
  // coordinated or participial verb ("X met Y and urged …", "X shelled Y, killing …"): the earlier verb's subject
  let k = head - 1;
  while (k >= v.start && SKIP_LEFT.has(tok(v, k).pos) && tok(v, k).norm !== 'to') k--;
  const link = k > v.start ? tok(v, k).norm : '';
  // purpose infinitive "blocked roads to demand …": the earlier verb's subject ("urged Russia to …" is Russia)
  const purpose = link === 'to' && !mentionAt(v, k - 1);
  const participle = link === ',' && tok(v, head).norm.endsWith('ing');
  if (depth < 3 && (purpose || participle || link === 'and' || link === 'then')) {
    for (let j = k - 1; j >= v.start; j--) {
      const t = tok(v, j);
      if (!within(v, clauseOf(v, j), clause) && !within(v, clause, clauseOf(v, j))) break;
      const mj = mentionAt(v, j);
      if (mj) {
        if (j === k - 1 && link === 'and') {
          // "arming and funding the Ukrainian government and imposing …": that actor is the earlier verb's object
          let b = mj.first - 1;
          while (b > v.start && (tok(v, b).pos === 'DET' || tok(v, b).pos === 'ADJ')) b--;
          if (b >= v.start && tok(v, b).pos === 'VERB' && !mentionAt(v, b)) return subjectOf(v, b, depth + 1);
          break; // "X and Y verb": a compound subject, handled below
        }
        continue;
      }
      if (t.pos === 'VERB') return subjectOf(v, j, depth + 1);
    }
  }
  let fallback: MentionRef[] = [];
  let placeFallback: MentionRef | null = null;
  for (let j = head - 1; j >= v.start; j--) {
    const cj = clauseOf(v, j);
    if (cj !== clause && !within(v, cj, clause)) break;
    if (cj !== clause) continue; // inside a nested relative clause
    const t = tok(v, j);
    if (t.pos === 'PRON' && c.pronouns.has(t.norm) && !fallback.length && !mentionAt(v, j)) return []; // "we reached …": the pronoun is the subject
    if (c.relative.has(t.norm) && !mentionAt(v, j)) { // not "the WHO"
      let a = j - 1;
      if (a >= v.start && tok(v, a).norm === ',') a--;
      const m = a >= v.start ? mentionAt(v, a) : null;
      return m && !m.place ? coordinatedLeft(v, m) : [];
    }
    const m = mentionAt(v, j);
    if (!m) {
      // "as the opposition threatened to …": an uncoded agent noun right before the verb is its subject
      if (j === k && t.pos === 'NOUN' && c.agentNouns.has(t.lemma) && !modifiedByMention(v, j)) {
        return [];
      }
      continue;
    }
    j = m.first;
    const b = wordBefore(v, m.first);
    const before = b >= 0 ? tok(v, b) : null;
    if (m.place && allowPlaces && !(before && LOCATIVE.has(before.norm))) return [m];
    // ("north of Kyiv": a bearing names a place, whatever the name can stand for)
    if (m.place || placedPhrase(v, m.first)) {
      // "Security forces in Guinea", "students throughout Indonesia": the place names the agents' country
      if (!placeFallback && before && LOCATIVE.has(before.norm) && b - 1 >= v.start && agentWord(tok(v, b - 1))) placeFallback = m;
      continue;
    }
    if (before && before.norm === 'of') { if (!fallback.length) fallback = [m]; continue; }
    const group = coordinatedLeft(v, m);
    const l = wordBefore(v, group[0]!.first);
    const lead = l >= 0 ? tok(v, l) : null;
    if ((before && PREPOSITIONS.has(before.norm)) || (lead && PREPOSITIONS.has(lead.norm))) { j = group[0]!.first; continue; } // object of a preposition
    const after = tok(v, m.last + 1 < v.end ? m.last + 1 : m.last);
    if (after.norm === ',' && m.first - 2 >= v.start && tok(v, m.first - 1).norm === ',' && mentionAt(v, m.first - 2)) {
      continue; // apposition "Lavrov, Russia's foreign minister, …": keep looking for the head
    }
    return coordinatedLeft(v, m);
  }
  if (!fallback.length && placeFallback) return [{ ...placeFallback, place: false }];
  return fallback;
}

/** The first actor to the right of `from` in the clause of `head`, up to `limit` tokens away. */
export function objectAfter(v: SentenceView, head: number, from: number, limit: number, allowPlaces: boolean, firstPhraseOnly = false, closed = false): MentionRef[] {
  const clause = clauseOf(v, head);
  for (let k = from; k < v.end && k <= from + limit; k++) {
    const ck = clauseOf(v, k);
    if (ck !== clause) break; // not into a relative clause ("the regions that voted to join Russia")
    const m = mentionAt(v, k);
    if (!m) {
      if (firstPhraseOnly && k > from && (tok(v, k).pos === 'ADP' || tok(v, k).pos === 'VERB')) break;
      // "launched the invasion, the pope travelled …": no object past a comma before any actor was found
      if (tok(v, k).norm === ',') break;
      continue;
    }
    if (m.place && !allowPlaces) { k = m.last; continue; }
    // "destroyed a depot of weapons supplied by NATO": the agent of another participle is no target of force (but
    // "an investigation into crimes committed by Croat forces" is into them: acts that are not force keep it)
    if (allowPlaces && agentOfParticiple(v, m.first, head)) { k = m.last; continue; }
    const after = m.last + 1 < v.end ? tok(v, m.last + 1) : null;
    if (after && after.pos === 'AUX' && k > from) { k = m.last; continue; } // subject of an embedded clause
    return coordinatedRight(v, m, clause, closed);
  }
  return [];
}

/** Whether the noun phrase starting at `first` follows "by" after a participle other than `head` ("weapons sent by Poland"). */
function agentOfParticiple(v: SentenceView, first: number, head: number): boolean {
  let k = first - 1;
  while (k >= v.start && (tok(v, k).pos === 'DET' || tok(v, k).pos === 'ADJ')) k--;
  if (k - 1 < v.start || tok(v, k).norm !== 'by' || k - 1 === head) return false;
  const p = tok(v, k - 1);
  if (p.pos !== 'VERB' || !/(ed|en|wn|nt)$/.test(p.norm)) return false;
  // "prevented the demonstration staged by students": the doer of an event noun is what the act is done to
  return !(k - 2 >= v.start && matchAt(lexicon(), v.tokens, k - 2, v.end) !== null);
}

/** Whether the words before the noun phrase starting at `first` mark a companion ("alongside", "together with"). */
export function companionBefore(v: SentenceView, first: number): boolean {
  let k = first - 1;
  while (k >= v.start && (tok(v, k).pos === 'DET' || tok(v, k).pos === 'ADJ' || tok(v, k).pos === 'NUM')) k--;
  if (k < v.start) return false;
  const c = cues().companions;
  const one = tok(v, k).norm;
  const two = k - 1 >= v.start ? `${tok(v, k - 1).norm} ${one}` : '';
  const three = k - 2 >= v.start ? `${tok(v, k - 2).norm} ${two}` : '';
  return c.has(one) || c.has(two) || c.has(three);
}

export function verbRoles(v: SentenceView, head: number, objectFrom: number, allowPlaces: boolean): Roles {
  const clause = clauseOf(v, head);
  if (isPassive(v, head)) {
    return { actors: byAgent(v, head + 1, clause), recipients: subjectOf(v, head, 0, allowPlaces), passive: true, between: false };
  }
  return { actors: subjectOf(v, head), recipients: objectAfter(v, head, objectFrom, 10, allowPlaces), passive: false, between: false };
}

/** "Russian officials", "Russia's army", "the Kremlin-backed militia": a noun with an actor as its modifier. */
function modifiedByMention(v: SentenceView, j: number): boolean {
  let k = j - 1;
  while (k >= v.start && (tok(v, k).pos === 'ADJ' || tok(v, k).norm === '-' || tok(v, k).pos === 'NOUN')) {
    if (mentionAt(v, k)) return true;
    k--;
  }
  if (k >= v.start && cues().possessive.has(tok(v, k).norm)) k--;
  return k >= v.start && !!mentionAt(v, k);
}

/** "Rebels in the Ivory Coast": a noun, or a capitalised agent noun opening a sentence (tagged as a name). */
function agentWord(t: Token): boolean {
  if (t.pos === 'NOUN') return true;
  return t.pos === 'PROPN' && cues().agentNouns.has(t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm);
}

/** A light verb by lemma, or by its surface form when the lemmatiser misses ("staged" -> "stag"). */
export function isLight(t: Token): boolean {
  const light = cues().light;
  if (light.has(t.lemma)) return true;
  const n = t.norm;
  return (n.endsWith('d') && light.has(n.slice(0, -1))) || (n.endsWith('ed') && light.has(n.slice(0, -2))) || (n.endsWith('s') && light.has(n.slice(0, -1)));
}

/** A light verb governing the noun at `head` ("launched a drone attack"), or -1. */
export function lightVerbOf(v: SentenceView, head: number): number {
  const c = cues();
  for (let k = head - 1; k >= v.start && k >= head - 5; k--) {
    const t = tok(v, k);
    if (t.pos === 'VERB') return isLight(t) && tok(v, k - 1)?.norm !== '-' ? k : -1; // not "the US-led war"
    const particle = (t.pos === 'ADP' || t.pos === 'PART') && k > v.start && tok(v, k - 1).pos === 'VERB';
    // "launched its full-scale invasion": a possessive pronoun belongs to the noun phrase
    if (!particle && !NOMINAL_GLUE.has(t.pos) && t.norm !== '-' && t.pos !== 'ADV' && !c.possessivePronouns.has(t.norm)) return -1;
    if (mentionAt(v, k)) return -1;
  }
  return -1;
}

/** Roles of a nominal trigger at `head` ending at `last`. */
export function nounRoles(v: SentenceView, head: number, last: number, allowPlaces: boolean, ofIsActor: boolean, fromIsActor = false): Roles {
  const c = cues();
  const clause = clauseOf(v, head);
  let actors: MentionRef[] = [];
  let between = false;
  // possessor or modifier to the left: "Putin's pledge", "Russia's latest attack", "Russian strikes", "U.S.-Russia talks"
  let article = false;
  for (let k = head - 1; k >= v.start && k >= head - 5; k--) {
    const t = tok(v, k);
    const m = mentionAt(v, k);
    if (m) {
      // "according to the ministry the explosion …": a party right before the noun's own article is no modifier of it
      if (article) break;
      if (!m.place || (k === head - 1)) {
        actors = [m];
        let j = m.first - 1;
        while (j > v.start && (tok(v, j).norm === '-' || tok(v, j).norm === 'and' || tok(v, j).norm === '/')) {
          const other = mentionAt(v, j - 1);
          if (!other) break;
          actors.unshift(other);
          between = true;
          j = other.first - 1;
        }
        if (m.place && !allowPlaces) actors = [];
      }
      break;
    }
    if (c.possessive.has(t.norm) || NOMINAL_GLUE.has(t.pos) || t.norm === '-') {
      if (t.pos === 'DET' && k < head - 1 && !c.possessive.has(tok(v, k + 1).norm)) break;
      if (t.pos === 'DET' && !c.possessive.has(t.norm) && k - 1 >= v.start && mentionAt(v, k - 1)) article = true;
      continue;
    }
    break;
  }
  let recipients: MentionRef[] = [];
  let k = last + 1;
  if (k < v.end && tok(v, k).norm === 'by' && !actors.length) {
    actors = byAgent(v, k, clause);
    if (actors.length) k = actors[actors.length - 1]!.last + 1;
  }
  if (k < v.end && tok(v, k).norm === 'between') {
    const pair = objectAfter(v, head, k + 1, 3, false, false, true);
    if (pair.length >= 2) {
      if (actors.length) recipients = pair;
      else { actors = pair; between = true; }
      return { actors, recipients, passive: false, between };
    }
  }
  for (let j = k; j < v.end && j <= last + 3; j++) {
    const t = tok(v, j);
    if (RECIPIENT_PREPS.has(t.norm)) {
      // "a summit of France, Germany and Poland was held": a list inside the noun phrase, whatever verb follows
      const found = objectAfter(v, head, j + 1, 4, allowPlaces, true, t.norm === 'of');
      if (found.length) {
        if (t.norm === 'of' && ofIsActor && !actors.length) actors = found.filter((m) => !m.place);
        // "attacks from Russian troops", "criticism from Brussels": the source acts; "from" never names a target
        else if (t.norm === 'from' && fromIsActor) { if (!actors.length) actors = found.filter((m) => !m.place); }
        else recipients = found;
      }
      // "sanctions imposed on Moscow by the EU": the agent after the recipient
      const after = recipients.length ? recipients[recipients.length - 1]!.last + 1 : -1;
      if (!actors.length && after > 0 && after < v.end && tok(v, after).norm === 'by' && participleIn(v, head, last)) actors = byAgent(v, after, clause);
      break;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  return { actors, recipients, passive: false, between };
}

/** Whether the trigger's words [first, last] hold a participle of doing ("sanctions imposed", "aid pledged"; `doingParticiples`). */
function participleIn(v: SentenceView, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (tok(v, k).pos === 'VERB' && tok(v, k).norm !== tok(v, k).lemma && cues().doingParticiples.has(tok(v, k).lemma)) return true;
  return false;
}
