/**
 * Component `actors`: finds the actors each sentence names (countries, capitals and seats of power,
 * organisations and armed groups, sector nouns with a country, office titles and people) with the
 * knowledge base, resolving people and titles on the document's publication date (today when unknown).
 *
 *   actors.run(doc); doc.layers.actors[0]
 *   // { start: 0, end: 27, text: 'U.S. President Donald Trump', code: 'USA', sector: 'GOV', kind: 'person',
 *   //   name: 'Donald Trump', office: 'President of the United States', id: 'Q22686', sentence: 0 }
 * Mentions with kind 'place' are locations ("in Kyiv"), not actors. A generic agent without a country ("riot police",
 * "gunmen", "soldiers", "protesters") is a mention with code '---' (NO_COUNTRY), its sector and kind 'sector':
 *   // "Gunmen attacked a bus" -> { text: 'Gunmen', code: '---', sector: 'UAF', kind: 'sector', … }
 * So is a state institution named without a country ("the government said", "officials added": GOV, LEG, JUD), unless
 * an earlier mention pins its country ("Kenya's Interior Ministry … . The ministry …" -> KEN, ./institutions.ts).
 * An ethnic group named by a nation's demonym ("ethnic Albanians") is a people, not that state: it is coded like a
 * generic agent and takes the country where it lives from the event's place (CAMEO codes a minority by its
 * country of residence: "ethnic Albanians in Serbia" -> SRB).
 */
import type { ActorMention, Document } from '../../core/types.js';
import { KnowledgeBase, loadKnowledge, NO_COUNTRY } from '../../knowledge/index.js';
import { findMentions } from '../../knowledge/matcher.js';
import type { Component } from '../component.js';
import { institutionsInContext } from './institutions.js';
import { sharedNamesInContext } from './shared-names.js';
import { titledPeople } from './titled.js';

export const actors: Component = {
  name: 'actors',
  requires: ['sentences', 'tokens'],
  assigns: ['actors'],
  run(doc: Document): void {
    doc.layers.actors = findActors(doc);
  },
};

export function findActors(doc: Document): ActorMention[] {
  const kb = loadKnowledge();
  const on = doc.published ?? KnowledgeBase.today();
  const sentences = doc.layers.sentences?.length ? doc.layers.sentences : [{ start: 0, end: doc.text.length }];
  const out: ActorMention[] = [];
  // people the document has named in full so far: later, their surname alone names them
  const seen = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s]!;
    for (const m of findMentions(kb, doc.text, span.start, span.end, on, seen)) {
      const a: ActorMention = { start: m.start, end: m.end, text: m.text, code: m.code, kind: m.kind, sentence: s };
      if (m.sector) a.sector = m.sector;
      if (m.name) a.name = m.name;
      if (m.office) a.office = m.office;
      if (m.id) a.id = m.id;
      if (!a.code) continue;
      if (a.kind === 'country' && ETHNIC_BEFORE.test(doc.text.slice(Math.max(0, a.start - 8), a.start))) asEthnicGroup(a);
      out.push(a);
    }
  }
  // "Russian Foreign Ministry spokesman Ivan Nechayev … Nechayev said": people the text titles by their post
  const titled = titledPeople(doc.text, sentences, out);
  if (titled.length) { out.push(...titled); out.sort((a, b) => a.start - b.start); }
  // "The ministry also accused …": an institution named without a country takes the one named shortly before; "the
  // Security Council" is Russia's after "Russia's Security Council"
  return sharedNamesInContext(doc.text, institutionsInContext(doc.text, residentPeoples(doc.text, out)));
}

/**
 * "Bosnian Serbs", "Kosovo Albanians", "Iraqi Kurds": a country or demonym right before a people named by another
 * nation's plural demonym is that people living there, coded by the country of residence as CAMEO codes minorities
 * (BIH, not SRB): one mention, named after the people.
 */
function residentPeoples(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b && a.kind === 'country' && b.kind === 'country' && !a.sector && !b.sector && a.code !== b.code && a.sentence === b.sentence
      && /^\s+$/.test(text.slice(a.end, b.start)) && /^\p{Lu}\p{L}+s$/u.test(b.text ?? '') && !/^[A-Z.]+$/.test(a.text ?? '')) {
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), name: `${a.text} ${b.text}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const ETHNIC_BEFORE = /\bethnic\s+$/i;

function asEthnicGroup(a: ActorMention): void {
  a.name = `ethnic ${a.text ?? ''}`.trim();
  a.code = NO_COUNTRY;
  a.sector = 'CVL';
  a.kind = 'sector';
}
