/**
 * The country of a state institution named without one ("the government", "the ministry", "officials", "lawmakers":
 * mentions coded `---` with sector GOV, LEG or JUD by the matcher), from what the article named shortly before:
 *
 *   "Kenya's Interior Ministry said … . The ministry also accused Somalia …"   The ministry -> KEN GOV
 *   "Ukrainian officials said … . Officials added …"                         Officials -> UKR GOV
 *   "President Ruto spoke in Mombasa. The government later said …"           The government -> KEN GOV
 *
 * Two rules, in order, over the mentions before it in its sentence and the three sentences before (precision first: a
 * wrong country is worse than `---`):
 * 1. by name: every word of the mention is a word of an earlier mention's name ("ministry" of "Kenya's Interior Ministry",
 *    "officials" of "Ukrainian officials"; a plural names a plural), and all those mentions, with the countries
 *    coordinated with them ("Chinese and Philippine officials"), are of one country, and no other state is named
 *    since ("in Tajikistan"; a town of another country only in the mention's own sentence);
 * 2. by sector: every actor and place named there, and every actor of its sector after the mention in its sentence
 *    ("as the UK signalled"), is of one country, and one of them is an actor of the mention's own sector (a ministry or a minister for "the government", lawmakers for
 *    "the senate"; for a body of government, the country's name as a doer or owner, which stands for its state:
 *    "Ghana said", "Britain's plan"; not "sanctions against Russia").
 * Members "there" ("officials there") are of the place or country named last before, in their sentence or the one
 * before. Otherwise the mention keeps `---`. A resolved mention is marked `via: 'coref'` with its antecedent and may itself
 * be the antecedent of a later one ("The ministry said … . The ministry added …").
 *
 *   institutionsInContext(text, mentions) // the mentions, with resolved institutions in place of their `---` ones
 */
import type { ActorMention } from '../../core/types.js';
import { loadKnowledge, NO_COUNTRY } from '../../knowledge/index.js';
import { words } from '../../knowledge/text.js';
import { namedBy, nameWords, REACH, sameCode, soleAntecedent } from './named-before.js';

/** Sectors of the institution mentions the matcher codes `---` ("the government", "lawmakers", "the court"). */
const INSTITUTION_SECTORS = new Set(['GOV', 'LEG', 'JUD']);
/** What stands between two coordinated countries sharing a noun ("Chinese and Philippine officials"). */
const COORDINATED = /^\s*(?:,|and|or|, and)\s*$/;

export function institutionsInContext(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.code !== NO_COUNTRY || m.kind !== 'sector' || !INSTITUTION_SECTORS.has(m.sector ?? '')) continue;
    const before = out.slice(0, k).filter((a) => a.sentence >= m.sentence - REACH && a.end <= m.start && a.code && a.code !== NO_COUNTRY);
    // "… imposed by the government, as the UK signalled …": a doer of the same sort later in its own sentence competes too
    const after = out.slice(k + 1).filter((a) => a.sentence === m.sentence && a.code && a.code !== NO_COUNTRY && ofSector(text, m, a));
    // "aid to Ukraine until officials there agreed": the place or country named last before "there" is theirs
    if (/^\s+there\b/i.test(text.slice(m.end, m.end + 8))) {
      const place = before.filter((a) => a.sentence >= m.sentence - 1 && (a.kind === 'place' || (a.kind === 'country' && !a.sector))).pop();
      if (place) out[k] = { ...resolved(m, place), sector: m.sector };
      continue;
    }
    const found = byName(text, m, before) ?? bySector(text, m, before, after);
    if (found) out[k] = resolved(m, found);
  }
  return out;
}

/** The last earlier actor whose name holds every word of the mention, when all those actors are of one country. */
function byName(text: string, m: ActorMention, before: readonly ActorMention[]): ActorMention | null {
  const fitting = namedBy(nameWords(m), before);
  // "Chinese and Philippine officials": a country coordinated with one of them shares its noun
  const partners = before.filter((a) => a.sector && fitting.some((f) => f !== a && a.sector === f.sector && a.end <= f.start && COORDINATED.test(text.slice(a.end, f.start))));
  const last = soleAntecedent(fitting, sameCode);
  if (!last || partners.some((a) => !sameCode(a, last))) return null;
  // another state named since ("the Russian government … in Tajikistan … the government"), or a place of another
  // country in the mention's own sentence, may be the one meant
  const since = before.filter((a) => a.start >= last.end && a.code !== last.code);
  return since.some((a) => (a.kind === 'country' && !a.sector) || (a.kind === 'place' && (a.sentence === m.sentence || namesCountry(a.text ?? '')))) ? null : last;
}

/**
 * The last earlier actor of the mention's sector, when every actor and place named before it there, and every actor of
 * its sector after it in its sentence, is of its country.
 */
function bySector(text: string, m: ActorMention, before: readonly ActorMention[], after: readonly ActorMention[]): ActorMention | null {
  // a country named only as a target or topic ("the conflict with Russia") competes with none, nor does an
  // international organisation with a body of a state ("EU members are at odds … the government")
  const codes = new Set([...before, ...after].filter((a) => !(a.kind === 'country' && !a.sector && !agentLike(text, a))
    && !(a.kind === 'organisation' && !a.sector && !/s$/i.test(m.text ?? ''))).map((a) => a.code));
  if (codes.size !== 1) return null;
  // a country named alone as a doer or owner stands for its government ("Ukraine said …", "Britain's plan": CAMEO
  // codes it as the state); not one named as a target, topic or place ("sanctions against Russia"), nor a demonym
  // ("the Ukrainian city of …")
  const same = before.filter((a) => ofSector(text, m, a));
  return same[same.length - 1] ?? null;
}

/** An actor of the institution's sector, or for a body of government a country named as a doer or owner. */
function ofSector(text: string, m: ActorMention, a: ActorMention): boolean {
  return a.kind !== 'place' && (a.sector === m.sector || (m.sector === 'GOV' && a.kind === 'country' && !a.sector && agentLike(text, a)));
}

/** Words that open a clause, after which a country is its subject ("that Ukraine may have to", "as the UK signalled"). */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'as', 'while', 'when', 'because', 'since', 'if', 'although', 'though', 'whereas', 'so', 'then', 'meanwhile', 'however', 'also', 'where', 'now', 'yet', 'said', 'says']);

/**
 * A country's name as a subject or possessor: "Ghana said", "that Ukraine needs", "Britain's plan"; not a target or
 * topic ("sanctions against Russia", "to discredit Ukraine"), nor a demonym ("Russian").
 */
function agentLike(text: string, a: ActorMention): boolean {
  if (!namesCountry(a.text ?? '')) return false;
  if (/^['’]s?\b/.test(text.slice(a.end, a.end + 2))) return true;
  const before = /(\p{L}+)[^\p{L}]*?(?:\bthe\s+)?$/iu.exec(text.slice(Math.max(0, a.start - 24), a.start));
  // the start of a sentence or clause: nothing, or punctuation, before it
  if (!before || /[.,;:!?"“”()—–-]\s*(?:the\s+)?$/iu.test(text.slice(Math.max(0, a.start - 6), a.start))) return true;
  return CLAUSE_OPENERS.has(before[1]!.toLowerCase());
}

/** The text is a country's name ("Tajikistan", "the United States"), not a town's. */
function namesCountry(text: string): boolean {
  const ws = words(text);
  const from = ws[0]?.key === 'the' ? 1 : 0;
  const hit = ws.length > from ? loadKnowledge().trie.longest(ws, from) : null;
  return !!hit && hit.end === ws.length && hit.values.some((v) => v.t === 'country' && v.form === 'name');
}

function resolved(m: ActorMention, antecedent: ActorMention): ActorMention {
  const r: ActorMention = { ...m, code: antecedent.code, kind: antecedent.kind === 'organisation' ? 'organisation' : 'country' };
  if (antecedent.sector) r.sector = antecedent.sector;
  r.via = 'coref';
  r.antecedent = antecedent.antecedent ?? { start: antecedent.start, end: antecedent.end };
  return r;
}
