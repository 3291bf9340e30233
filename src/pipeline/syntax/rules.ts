/**
 * Rules for what the training data lacks: a passive's `by` agent (obl:agent has a few dozen training
 * examples, so the parser mostly says obl). An `obl` whose case marker is "by", attached to a passive verb
 * (one with an aux:pass or nsubj:pass dependent, a reduced relative participle `acl`, or a conjunct of such a
 * verb), becomes obl:agent unless its noun names a time or a means (data/agent-nouns.json). And a subject of
 * a verb with a passive auxiliary ("was", "been" as aux:pass) is a passive subject (nsubj -> nsubj:pass).
 *
 * And a reporting verb that follows its quotation and precedes its subject ('"…," said the minister': the
 * treebanks have few such inversions, so the parser often says obj) takes that noun as its subject
 * (data/reporting-verbs.json).
 *
 *   applyAgentRule(['Kyiv', 'was', 'shelled', 'by', 'troops'], heads, rels) // rels[4]: 'obl' -> 'obl:agent'
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';

let notAgents: Set<string> | null = null;
let reporting: Set<string> | null = null;

function reportingVerbs(): Set<string> {
  reporting ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'syntax', 'data', 'reporting-verbs.json'), 'utf8')) as { inverting: string[] }).inverting);
  return reporting;
}

function timeOrMeans(): Set<string> {
  notAgents ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'syntax', 'data', 'agent-nouns.json'), 'utf8')) as { notAgents: string[] }).notAgents);
  return notAgents;
}

function isPassive(v: number, heads: readonly number[], rels: readonly string[], depth = 0): boolean {
  if (rels[v] === 'acl') return true;
  for (let k = 0; k < heads.length; k++) {
    if (heads[k] === v && (rels[k] === 'aux:pass' || rels[k] === 'nsubj:pass' || rels[k] === 'csubj:pass')) return true;
  }
  return depth < 3 && rels[v] === 'conj' && heads[v]! >= 0 && isPassive(heads[v]!, heads, rels, depth + 1);
}

/** Relabels passive `by` phrases in place; heads are sentence-relative (-1 root). */
export function applyAgentRule(forms: readonly string[], heads: readonly number[], rels: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    if (rels[i] !== 'obl' || heads[i]! < 0) continue;
    let by = false;
    for (let k = 0; k < i; k++) if (heads[k] === i && rels[k] === 'case' && forms[k]!.toLowerCase() === 'by') by = true;
    if (!by || timeOrMeans().has(forms[i]!.toLowerCase())) continue;
    if (isPassive(heads[i]!, heads, rels)) rels[i] = 'obl:agent';
  }
}

/** nsubj -> nsubj:pass (csubj -> csubj:pass) under a verb that has an aux:pass dependent. */
export function applyPassiveSubjectRule(heads: readonly number[], rels: string[]): void {
  for (let i = 0; i < rels.length; i++) {
    if ((rels[i] !== 'nsubj' && rels[i] !== 'csubj') || heads[i]! < 0) continue;
    const v = heads[i]!;
    for (let k = 0; k < rels.length; k++) {
      if (heads[k] === v && rels[k] === 'aux:pass') { rels[i] += ':pass'; break; }
    }
  }
}

const SUBJECTS = /^(nsubj|csubj|expl)/;
const QUOTE_OR_COMMA = new Set([',', '"', '”', "'", '’']);

/**
 * obj -> nsubj for the one nominal object (not a pronoun) after a reporting verb (data/reporting-verbs.json) that
 * has no subject, heads the sentence or a parenthetical (root, parataxis) and directly follows a comma or a
 * closing quote: '"…," says Tarlo .' A conjoined verb ('…, warned the managers') is not root or parataxis.
 */
export function applyReportingInversionRule(forms: readonly string[], upos: readonly string[], heads: readonly number[], rels: string[]): void {
  for (let v = 1; v < forms.length; v++) {
    if ((rels[v] !== 'root' && rels[v] !== 'parataxis') || !QUOTE_OR_COMMA.has(forms[v - 1]!)) continue;
    if (!reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    let obj = -1;
    let objects = 0;
    let subject = false;
    for (let k = 0; k < forms.length; k++) {
      if (heads[k] !== v) continue;
      if (SUBJECTS.test(rels[k]!)) subject = true;
      if (rels[k] === 'obj' || rels[k] === 'iobj') { objects++; obj = k; }
    }
    if (!subject && objects === 1 && obj > v && upos[obj] !== 'PRON' && rels[obj] === 'obj') rels[obj] = 'nsubj';
  }
}
