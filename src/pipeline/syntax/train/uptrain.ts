/**
 * Uptraining by agreement (after tri-training, Zhou & Li 2005, and uptraining, Petrov et al. 2010): models that
 * err differently — one reading left to right, one reading right to left (trained on reversed sentences) —
 * parse unlabelled news; the sentences on which their tags, heads and labels all agree are kept as trees and join
 * the treebank for the final models, as partial trees when asked (the arcs they agree on; the dynamic oracle
 * leaves the others open). Deterministic.
 *
 *   const teachers = [forwardTeacher(fwd), backwardTeacher(bwd)];
 *   const { agreed } = agreedExamples(teachers, newsSentences(path, 40000), clusters); // Example[]
 */
import { applyRules, type SentenceParse, tagAndParse } from '../annotate.js';
import type { SyntaxModel } from '../model.js';
import { reversedAttributes, UPOS, type ClusterLookup } from '../words.js';
import { type Example, UNKNOWN, UNKNOWN_REL } from './data.js';
import { type NewsSentence, parsedExample } from './news.js';

export type Teacher = (forms: readonly string[], winkTags: readonly string[]) => SentenceParse;

function reversed<T extends Int32Array>(a: T): T {
  return a.slice().reverse() as T;
}

/** The sentence read right to left: tokens reversed, heads renumbered (root stays n). */
export function reverseExample(ex: Example): Example {
  const n = ex.attrs.n;
  const attrs = reversedAttributes(ex.attrs);
  const words = ex.sentence.words.map((w) => ({ ...w, head: w.head < 0 ? -1 : n - 1 - w.head })).reverse();
  return {
    sentence: { ...ex.sentence, words },
    winkTags: ex.winkTags.slice().reverse(),
    attrs,
    goldTags: reversed(ex.goldTags),
    goldHeads: Int32Array.from(reversed(ex.goldHeads), (h) => (h === n || h < 0 ? h : n - 1 - h)),
    rels: ex.rels.slice().reverse(),
    ...(ex.inputTags ? { inputTags: reversed(ex.inputTags) } : {}),
  };
}

function decode(model: SyntaxModel, tag: Int32Array, heads: Int32Array, labels: Int32Array, back: boolean): SentenceParse {
  const n = tag.length;
  const at = (i: number) => (back ? n - 1 - i : i);
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    const j = at(i);
    const h = heads[j]!;
    out.upos[i] = UPOS[tag[j]!]!;
    out.heads[i] = h === n ? -1 : at(h);
    out.rels[i] = h === n ? 'root' : model.labels[labels[j]!]!;
  }
  return out;
}

/** A model trained on sentences as they are. */
export function forwardTeacher(model: SyntaxModel): Teacher {
  return (forms, wink) => {
    const p = tagAndParse(model, forms, wink);
    return applyRules(forms, decode(model, p.tag, p.heads, p.labels, false));
  };
}

/** A model trained on reversed sentences (reverseExample): it tags and parses the sentence right to left. */
export function backwardTeacher(model: SyntaxModel): Teacher {
  return (forms, wink) => {
    const p = tagAndParse(model, forms.slice().reverse(), wink.slice().reverse());
    return applyRules(forms, decode(model, p.tag, p.heads, p.labels, true));
  };
}

/**
 * The news sentences (with a verb) whose heads the teachers agree on for at least `minShare` of the tokens, as
 * partial trees: the tags, heads and labels all teachers give, the others open (UNKNOWN); the parser reads the
 * first teacher's tags. `rate`: the share of the tokens agreed, over the sentences with a verb.
 */
export function agreedExamples(teachers: readonly Teacher[], sentences: readonly NewsSentence[], clusters: ClusterLookup | null, minShare = 1): { agreed: Example[]; rate: number } {
  const agreed: Example[] = [];
  let tokens = 0;
  let same = 0;
  for (const s of sentences) {
    const first = teachers[0]!(s.forms, s.winkTags);
    if (!first.upos.includes('VERB')) continue;
    const others = teachers.slice(1).map((t) => t(s.forms, s.winkTags));
    const n = s.forms.length;
    const ex = parsedExample(s, first, clusters);
    ex.inputTags = ex.goldTags.slice();
    let heads = 0;
    for (let i = 0; i < n; i++) {
      if (others.some((o) => o.upos[i] !== first.upos[i])) ex.goldTags[i] = UNKNOWN;
      if (others.some((o) => o.heads[i] !== first.heads[i])) { ex.goldHeads[i] = UNKNOWN; ex.rels[i] = UNKNOWN_REL; continue; }
      heads++;
      if (others.some((o) => o.rels[i] !== first.rels[i])) ex.rels[i] = UNKNOWN_REL;
    }
    tokens += n;
    same += heads;
    if (heads >= minShare * n) agreed.push(ex);
  }
  return { agreed, rate: tokens ? same / tokens : 0 };
}
