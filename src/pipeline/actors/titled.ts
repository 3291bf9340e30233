/**
 * People the knowledge base does not know, named by their post in an actor the text has coded: the person takes
 * that actor's country and sector, and later in the article their surname alone names them.
 *
 *   "Russian Foreign Ministry spokesman Ivan Nechayev said …. Speaking at a briefing, Nechayev said: …"
 *   titledPeople(text, sentences, mentions)
 *   // [{ text: 'Ivan Nechayev', code: 'RUS', sector: 'GOV', kind: 'person', … }, { text: 'Nechayev', code: 'RUS', sector: 'GOV', … }]
 *
 * Three frames, each with a title noun from data/title-nouns.json between the actor and the name: "<actor> <title>
 * <Name>", "the <title> of <actor>, <Name>," and "<Name>, (a) <title> of <actor>" / "<Name>, (a) <actor> <title>".
 * A surname counts only standing alone (no capitalised word right before or after it, bar an honorific) and outside
 * any other mention. Precision first: a name must have two or three capitalised words; an actor that is a place or
 * an already named person titles no one.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorMention, Span } from '../../core/types.js';

let titles: Set<string> | null = null;
function titleNouns(): Set<string> {
  titles ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'actors', 'data', 'title-nouns.json'), 'utf8')) as { titles: string[] }).titles);
  return titles;
}

const NAME_WORD = "[A-Z][\\p{Ll}'’-]+";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
/** Capitalised words that open sentences or clauses, never a given name. */
const NOT_NAME = /^(?:The|A|An|This|That|These|Those|In|On|At|For|But|And|He|She|They|It|We|His|Her|Their|Its|Our|When|While|After|Before|Speaking|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const AFTER_NAME = /^(?:\s*[,;:).!?(]|\s+[\p{Ll}]|\s*$)/u;
const HONORIFIC_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord)\.?\s+$/;

/** The words are all title nouns (one to three of them). */
function isTitle(words: string): boolean {
  const ws = words.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return ws.length >= 1 && ws.length <= 3 && ws.every((w) => titleNouns().has(w));
}

function endsWithTitle(m: ActorMention): boolean {
  const last = (m.text ?? '').trim().split(/\s+/).pop() ?? '';
  return titleNouns().has(last.toLowerCase());
}

function validName(name: string): boolean {
  const first = name.split(/\s+/)[0]!;
  return !NOT_NAME.test(first);
}

interface Named { span: Span; name: string; by: ActorMention }

/** The persons the three frames introduce around each titled actor mention. */
function introduced(text: string, mentions: readonly ActorMention[]): Named[] {
  const out: Named[] = [];
  const covered = (s: Span) => mentions.some((m) => m.start < s.end && s.start < m.end);
  for (const m of mentions) {
    if (m.kind === 'place' || m.code === '---' || (m.kind === 'person' && m.name)) continue;
    const after = text.slice(m.end, m.end + 120);
    // "Russian Foreign Ministry spokesman Ivan Nechayev", "CIA Director Bill Burns" (a title may be capitalised; the
    // name's first word is no title)
    let named = false;
    for (let k = 0; k <= 3 && !named; k++) {
      const f1 = new RegExp(`^((?:\\s+[\\p{L}-]+){${k}})\\s+(${NAME})`, 'u').exec(after);
      if (!f1 || titleNouns().has(f1[2]!.split(/\s+/)[0]!.toLowerCase()) || !(k ? isTitle(f1[1]!) : endsWithTitle(m))) continue;
      const start = m.end + f1[0].length - f1[2]!.length;
      const span = { start, end: start + f1[2]!.length };
      if (validName(f1[2]!) && AFTER_NAME.test(text.slice(span.end, span.end + 12)) && !covered(span)) { out.push({ span, name: f1[2]!, by: m }); named = true; }
    }
    if (named) continue;
    // "the head of Russia's Federation Council, Valentina Matvienko, said"
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const f2 = new RegExp(`^\\s*,\\s+(${NAME})`, 'u').exec(after);
    const titledBefore = /\b((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|for|at|to|in)\s+(?:the\s+)?$/u.exec(before);
    if (f2 && titledBefore && isTitle(titledBefore[1]!.split(/\s+/).pop()!)) {
      const start = m.end + f2[0].length - f2[1]!.length;
      const span = { start, end: start + f2[1]!.length };
      if (validName(f2[1]!) && AFTER_NAME.test(text.slice(span.end, span.end + 12)) && !covered(span)) { out.push({ span, name: f2[1]!, by: m }); continue; }
    }
    // "Ivan Nechayev, a spokesman for the Russian Foreign Ministry", "Ivan Nechayev, a Russian Foreign Ministry spokesman"
    const f3 = new RegExp(`(${NAME}),\\s+(?:(?:a|an|the)\\s+)?(?:((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s+(?:of|for|at|to|in)\\s+(?:the\\s+)?)?$`, 'u').exec(before);
    if (f3) {
      const next = /^\s+([\p{Ll}-]+)/u.exec(after)?.[1] ?? '';
      const titled = f3[2] ? isTitle(f3[2].split(/\s+/).pop()!) : isTitle(next) || endsWithTitle(m);
      const start = m.start - before.length + f3.index;
      const span = { start, end: start + f3[1]!.length };
      if (titled && validName(f3[1]!) && !covered(span)) out.push({ span, name: f3[1]!, by: m });
    }
  }
  return out;
}

/**
 * Person mentions for people introduced by their post and for their later bare surnames. `sentences` are the
 * document's sentence spans (to number the new mentions); `mentions` are the actors found so far (not changed).
 */
export function titledPeople(text: string, sentences: readonly Span[], mentions: readonly ActorMention[]): ActorMention[] {
  const sentenceOf = (at: number) => { const i = sentences.findIndex((s) => at >= s.start && at < s.end); return i < 0 ? 0 : i; };
  const out: ActorMention[] = [];
  const taken = (s: Span) => [...mentions, ...out].some((m) => m.start < s.end && s.start < m.end);
  const make = (s: Span, p: Named): ActorMention => {
    const m: ActorMention = { start: s.start, end: s.end, text: text.slice(s.start, s.end), code: p.by.code, kind: 'person', name: p.name, sentence: sentenceOf(s.start) };
    if (p.by.sector) m.sector = p.by.sector;
    return m;
  };
  const people = introduced(text, mentions);
  // a surname two introduced people share names neither
  const bySurname = new Map<string, Named | null>();
  for (const p of people) {
    const surname = p.name.split(/\s+/).pop()!;
    bySurname.set(surname, bySurname.has(surname) && (bySurname.get(surname) ?? null)?.by.code !== p.by.code ? null : p);
  }
  for (const p of people) if (!taken(p.span)) out.push(make(p.span, p));
  for (const [surname, p] of bySurname) {
    if (!p) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${surname}(?![\\p{L}-])`, 'gu'))) {
      const s = { start: m.index!, end: m.index! + surname.length };
      if (s.start < p.span.end) continue;
      const lead = text.slice(Math.max(0, s.start - 30), s.start);
      // part of another name ("Anna Nechayev", "Nechayev Street"), unless an honorific stands before it
      if (/[A-Z][\p{L}'’-]*\s+$/u.test(lead) && !HONORIFIC_BEFORE.test(lead)) continue;
      if (/^\s+[A-Z]/.test(text.slice(s.end, s.end + 3))) continue;
      if (taken(s)) continue;
      out.push(make(s, p));
    }
  }
  return out;
}
