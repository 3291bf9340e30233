/**
 * The smaller places (data/villages.json: GeoNames places of fewer than 15,000 inhabitants, built by
 * build/build-places.mjs). Far more of them share a name with a word, a person or a town elsewhere than the
 * gazetteer's towns do, so a lookup names the countries it may be in (those its article names) and finds a
 * village only when exactly one of them has a place of that name.
 *
 *   const v = new Villages(readVillageFile());
 *   v.at(words('shelling in Tetkino'), 2, new Set(['RUS', 'UKR']))   // { end: 3, code: 'RUS', index: 80311 }
 *   v.at(words('shelling in Tetkino'), 2, new Set(['USA']))          // null
 */
import type { VillageFile } from './load.js';
import { lowerBound } from './sorted.js';
import type { Word } from './text.js';

export interface VillageHit {
  end: number;
  code: string;
  /** Position of the entry in the file, for its coordinates and region (Geography.located at 12 * index). */
  index: number;
}

/** How many words a village name may have. */
const MAX_WORDS = 4;

export class Villages {
  private readonly names: string[];
  private readonly codes: string;
  readonly geo: string;

  /** `skip`: single-word names to leave out (frequent surnames). */
  constructor(file: VillageFile, private readonly skip: (key: string) => boolean = () => false) {
    this.names = file.names.split('|');
    this.codes = file.codes;
    this.geo = file.geo;
  }

  /** The longest village name starting at ws[i], capitalised, in exactly one of `countries`. */
  at(ws: readonly Word[], i: number, countries: ReadonlySet<string>): VillageHit | null {
    let best: VillageHit | null = null;
    let key = '';
    for (let j = i; j < ws.length && j - i < MAX_WORDS && ws[j]!.upper; j++) {
      key = j === i ? ws[j]!.key : `${key} ${ws[j]!.key}`;
      let k = lowerBound(this.names, key);
      let hit: VillageHit | null = null;
      let ambiguous = false;
      for (; this.names[k] === key; k++) {
        const code = this.codes.slice(3 * k, 3 * k + 3);
        if (!countries.has(code)) continue;
        if (hit) ambiguous = true;
        hit = { end: j + 1, code, index: k };
      }
      if (hit && !ambiguous && (j > i || !this.skip(key))) best = hit;
    }
    return best;
  }
}
