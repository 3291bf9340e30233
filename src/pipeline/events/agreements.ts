/**
 * Agreements halted: a frame of stopping (suspend, halt, end, scrap, freeze, cancel … and their nouns) whose object
 * is an agreement ("suspended the visa facilitation agreement with Russia", "the suspension of cooperation with
 * Minsk", "Moscow scrapped the grain deal") reduces relations with its partner (CAMEO 160, PLOVER SANCTION), though the
 * agreement noun codes nothing of its own to stop. The agreement nouns are in data/agreements.json.
 *
 *   stopsAgreement(view, match) // true at "suspended" in "The EU suspended its agreement with Russia."
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import { actorsOfNodes } from './args.js';
import type { Match } from './lexicon.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { caseOf, childRel, kidsOf, relOf, spanHead, subtreeSpan, type Tree } from './tree.js';

/** CAMEO 160: reduce relations, not specified below. */
export const REDUCE_RELATIONS = '160';

let nouns: ReadonlySet<string> | null = null;

function agreementNouns(): ReadonlySet<string> {
  nouns ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'agreements.json'), 'utf8')) as { nouns: string[] }).nouns);
  return nouns;
}

/** The agreement node the stop word at tree node `h` has for object (a verb's object or passive subject; a noun's "of" phrase), or -1. */
function agreementOf(t: Tree, h: number): number {
  const obj = [childRel(t, h, 'obj'), childRel(t, h, 'nsubj:pass'), ...[...kidsOf(t, h)].filter((x) => relOf(t, x) === 'nmod' && caseOf(t, x) === 'of')].find((x) => x >= 0);
  return obj !== undefined && agreementNouns().has(t.tokens[obj]!.lemma) ? obj : -1;
}

/** The stop word of `m` has an agreement for object. */
export function stopsAgreement(view: SentenceView, m: Match): boolean {
  const t = view.tree;
  return !!t && agreementOf(t, spanHead(t, m.first, m.last)) >= 0;
}

/**
 * The parties of a halted agreement the parse hangs on the agreement noun: its partner ("the agreement with Moscow")
 * and, for a noun, the one halting it ("the suspension of the agreement … by the EU").
 */
export function agreementParties(view: SentenceView, m: Match): { by: MentionRef[]; partner: MentionRef[] } {
  const t = view.tree;
  const none = { by: [], partner: [] };
  if (!t) return none;
  const h = spanHead(t, m.first, m.last);
  const a = agreementOf(t, h);
  if (a < 0) return none;
  // (anywhere in the phrase: the parse may hang "by the EU" on the partner's name)
  const [from, to] = subtreeSpan(t, h);
  const nodes = (prep: string) => {
    const out: number[] = [];
    for (let y = from; y <= to; y++) if (y !== h && (relOf(t, y) === 'nmod' || relOf(t, y) === 'obl' || relOf(t, y) === 'obl:agent') && caseOf(t, y) === prep) out.push(y);
    return out;
  };
  return { by: actorsOfNodes(view, t, nodes('by')), partner: actorsOfNodes(view, t, [...nodes('with'), ...nodes('between')]) };
}
