/**
 * `parley kb who "TITLE" [--on DATE] [--json]` — who held an office on a date ("German Chancellor", "the French
 * president", "U.S. Secretary of State", "Secretary General of NATO").
 * `parley kb roles "NAME" [--on DATE] [--json]` — the offices a person held, holds or will hold, with their status
 * (current / former / future) on the date.
 * `parley kb resolve "PHRASE" [--on DATE] [--json]` — the actor code a phrase names ("Russian troops" -> RUS MIL).
 * The date defaults to today. An unknown title or name exits 1 with PARLEY_E_KB_UNKNOWN.
 *
 *   $ parley kb who "German Chancellor" --on 2019-01-01
 *   Chancellor of Germany on 2019-01-01: Angela Merkel (Q567) 2005-11-22 – 2021-12-08  current
 */
import { isIsoDate } from '../../core/dates.js';
import { ParleyError } from '../../core/errors.js';
import { KnowledgeBase, loadKnowledge, type Holding, type ResolvedActor } from '../../knowledge/index.js';
import { parseOptions, type Command } from '../command.js';
import { writeJsonLine } from '../output.js';

export const command: Command = {
  usage: 'parley kb who "TITLE" | roles "NAME" | resolve "PHRASE" [--on YYYY-MM-DD] [--json]',
  summary: 'Ask the knowledge base: who held an office on a date, which roles a person held (current/former/future), which actor a phrase names.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { on: { type: 'string' }, json: { type: 'boolean' } });
    const [sub, ...rest] = positionals;
    const query = rest.join(' ').trim();
    if (!sub || !['who', 'roles', 'resolve'].includes(sub)) throw new ParleyError('USAGE', 'kb needs a question: who "TITLE", roles "NAME" or resolve "PHRASE"');
    if (!query) throw new ParleyError('USAGE', `kb ${sub} needs a ${sub === 'who' ? 'TITLE' : sub === 'roles' ? 'NAME' : 'PHRASE'}`);
    const on = values.on ?? KnowledgeBase.today();
    if (!isIsoDate(on)) throw new ParleyError('DATE_INVALID', `--on "${on}" is not a date`);
    const kb = loadKnowledge();
    if (sub === 'who') return who(kb, query, on, Boolean(values.json));
    if (sub === 'roles') return roles(kb, query, on, Boolean(values.json));
    return resolve(kb, query, on, Boolean(values.json));
  },
};

function who(kb: KnowledgeBase, title: string, on: string, json: boolean): number {
  const parsed = kb.parseOfficeTitle(title);
  const curated = parsed.filter((o) => o.office).map((o) => o.office!);
  const holders = kb.who(title, on);
  // a long-tail post (deputy ministers, governors, judges…) is known only by its exact label and by who held it
  const offices = parsed.length ? curated : kb.officials.positionLabels(title);
  if (parsed.length && !curated.length) throw new ParleyError('KB_UNKNOWN', `"${title}" is a title several countries or organisations share`, `name the country: "Russian ${title}" or "${title} of France"`);
  if (!offices.length) throw new ParleyError('KB_UNKNOWN', `no office known for "${title}"`, 'curated offices take titles such as "German Chancellor" or "the French president"; other posts need their full label as Wikidata gives it ("Governor of Luhansk Oblast"), and are known to mid-2022');
  if (json) {
    writeJsonLine({ title, on, offices, holders });
    return 0;
  }
  for (const o of offices) {
    const here = holders.filter((h) => h.office === o);
    process.stdout.write(`${o} on ${on}:${here.length ? '' : ' nobody on record'}\n`);
    for (const h of here) process.stdout.write(`  ${line(h, on)}\n`);
  }
  return 0;
}

function roles(kb: KnowledgeBase, name: string, on: string, json: boolean): number {
  const people = kb.findPeople(name, on);
  if (!people.length) throw new ParleyError('KB_UNKNOWN', `no person known as "${name}"`);
  const best = people[0]!;
  const held = kb.roles(name, on);
  if (json) {
    writeJsonLine({ name, on, person: { name: best.person.name, id: best.person.id ?? null }, roles: held, others: people.slice(1).map((p) => ({ name: p.person.name, id: p.person.id ?? null })) });
    return 0;
  }
  process.stdout.write(`${best.person.name}${best.person.id ? ` (${best.person.id})` : ''} on ${on}:\n`);
  if (!held.length) process.stdout.write(`  no office on record${best.person.role ? ` (known as ${best.person.role})` : ''}\n`);
  for (const h of held) process.stdout.write(`  ${h.status.padEnd(8)} ${h.office} (${h.country}) ${h.start} – ${h.end ?? 'present'}${unverified(h, on)}\n`);
  if (people.length > 1) process.stdout.write(`  (the name may also mean: ${people.slice(1).map((p) => p.person.name).join(', ')})\n`);
  return 0;
}

function resolve(kb: KnowledgeBase, phrase: string, on: string, json: boolean): number {
  const actor = kb.resolve(phrase, on);
  if (!actor) throw new ParleyError('KB_UNKNOWN', `no actor known for "${phrase}"`);
  const all = kb.resolveAll(phrase, on);
  if (json) {
    writeJsonLine({ phrase, on, actor, actors: all });
    return 0;
  }
  const show = (a: ResolvedActor) => [a.code || '-', a.sector ?? '', a.kind, a.name ?? '', a.office ? `(${officeLabel(a)})` : ''].filter(Boolean).join(' ');
  process.stdout.write(`${phrase} on ${on}: ${show(actor)}\n`);
  if (all.length > 1) for (const a of all) process.stdout.write(`  - ${show(a)}\n`);
  return 0;
}

function line(h: Holding, on: string): string {
  return `${h.person}${h.personId ? ` (${h.personId})` : ''}  ${h.country}  ${h.start} – ${h.end ?? 'present'}  ${h.status}${unverified(h, on)}`;
}

/** A note when the date asked about lies after the last day the sources confirm an open term. */
function unverified(h: Holding, on: string): string {
  return h.end === null && h.verifiedUntil && on > h.verifiedUntil ? `  (last confirmed ${h.verifiedUntil})` : '';
}

/** The office as held on the date asked about: "President of the United States", "former President of the United States". */
export function officeLabel(a: Pick<ResolvedActor, 'office' | 'status'>): string {
  return a.status === 'former' ? `former ${a.office}` : a.status === 'future' ? `future ${a.office}` : a.office ?? '';
}
