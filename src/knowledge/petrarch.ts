/**
 * PETRARCH's people, organisations and armed groups (data/petrarch-actors.json, derived from the Phoenix actor
 * dictionaries, MIT), indexed on first use and consulted only where the project's own files name nothing longer.
 * A person's code depends on the date, as the dictionary's ranges say; names match only as full forms (never a
 * surname alone), capitalised as names are.
 *
 *   const idx = new PetrarchIndex(readPetrarchFile());
 *   idx.at(words('Yegor Gaidar said'), 0, '1992-09-01') // { end: 2, actor: { code: 'RUS', sector: 'GOV', kind: 'person', name: 'Yegor Gaidar' } }
 *   idx.at(words('Yegor Gaidar said'), 0, '2005-01-01') // … sector 'ELI' (out of office)
 * After the dictionaries' date (2014-01-30) a person keeps the country of that date but no sector: offices changed since.
 */
import type { PetrarchActors, PetrarchRow } from './load.js';
import type { Word } from './text.js';
import type { ResolvedActor } from './types.js';

type Kind = 'person' | 'organisation' | 'group';
/** The date of the dictionaries (CountryInfo.140130): who held which office after it, they cannot say. */
const HORIZON = '2014-01-30';
/** Short words a name may write in lower case ("Front for the Liberation of …", "al", "de"). */
const PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el', 'de', 'del', 'la', 'le', 'du', 'van', 'von', 'da', 'di', 'bin', 'ibn', 'abu', 'y', 'e', 'do', 'dos', 'das', 'to', 'on', 'at', '-']);

export class PetrarchIndex {
  /** phrase key -> index into `rows` */
  private readonly byKey = new Map<string, number>();
  /** first word key -> the most words a name starting with it has */
  private readonly longestFrom = new Map<string, number>();
  private readonly rows: Array<{ row: PetrarchRow; kind: Kind }> = [];

  constructor(file: PetrarchActors) {
    const add = (rows: PetrarchRow[], kind: Kind): void => {
      for (const row of rows) {
        const id = this.rows.push({ row, kind }) - 1;
        for (const name of [row[0], ...row[1]]) {
          // the build writes plain names: their word keys are their lower-case words (as text.ts keys them)
          const keys = name.toLowerCase().split(' ').map((w) => (w.length > 1 ? w.replace(/\./g, '') : w));
          const key = keys.join(' ');
          if (!this.byKey.has(key)) this.byKey.set(key, id);
          this.longestFrom.set(keys[0]!, Math.max(this.longestFrom.get(keys[0]!) ?? 0, keys.length));
        }
      }
    };
    add(file.organisations, 'organisation');
    add(file.groups, 'group');
    add(file.people, 'person');
  }

  /** The longest PETRARCH name starting at ws[i], with its code on the date (null when none, or no code then). */
  at(ws: readonly Word[], i: number, on: string): { end: number; actor: ResolvedActor } | null {
    const max = this.longestFrom.get(ws[i]!.key);
    if (!max || !ws[i]!.upper) return null;
    for (let len = Math.min(max, ws.length - i); len >= 1; len--) {
      const id = this.byKey.get(ws.slice(i, i + len).map((w) => w.key).join(' '));
      if (id === undefined) continue;
      // written as a name: capitalised but for particles, and not followed by another name part
      if (!ws.slice(i, i + len).every((w) => w.upper || PARTICLES.has(w.key))) continue;
      const actor = this.actorOn(id, on);
      return actor ? { end: i + len, actor } : null;
    }
    return null;
  }

  private actorOn(id: number, on: string): ResolvedActor | null {
    const { row, kind } = this.rows[id]!;
    const [name, , fallback, ...periods] = row;
    // the dictionary knows offices up to its date: later, a person keeps the country of that date, not the sector
    const stale = kind === 'person' && on > HORIZON;
    const day = stale ? HORIZON : on;
    const dated = periods.find(([, from, to]) => (from === null || from <= day) && (to === null || day <= to));
    const cs = dated?.[0] ?? fallback;
    if (!cs) return null;
    const [code, sector] = cs.split('.');
    const actor: ResolvedActor = { code: code!, kind, name };
    const s = stale ? undefined : sector ?? (kind === 'group' ? 'REB' : undefined);
    if (s) actor.sector = s;
    return actor;
  }
}
