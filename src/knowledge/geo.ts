/**
 * Where places are: coordinates, first-level administrative regions and countries for the gazetteer (the
 * `geo`, `admin1`, `extra` and `countries` fields of data/places.json, GeoNames via build/build-geo.mjs) and the
 * hand-written region spellings of data/regions.json. Lookups only; the `locations` component decides which
 * place an event happened in.
 *
 *   const g = loadKnowledge().geography;
 *   g.town(kb.places.at(words('in Kafranbel'), 1)!.index, 'Kafranbel')
 *     // { name: 'Kafranbel', admin1: 'Idlib Governorate', admin1Code: 'SY.12', country: 'SYR', lat: 35.61, lon: 36.56, precision: 'town', geonameId: 168661 }
 *   g.region('gitega', { noun: true })   // { name: 'Gitega Province', admin1: 'Gitega Province', country: 'BDI', precision: 'admin1', … }
 *   g.country('UKR', 'Ukraine')          // { name: 'Ukraine', country: 'UKR', lat, lon, precision: 'country' }
 */
import type { PlaceFile, RegionsFile } from './load.js';
import { keyOf } from './text.js';

export interface GeoPlace {
  name: string;
  admin1?: string;
  /** GeoNames admin1 code ("BI.13"); GDELT's ADM1 codes are the same FIPS-based codes for most countries. */
  admin1Code?: string;
  country: string | null;
  lat?: number;
  lon?: number;
  precision: 'town' | 'admin1' | 'country';
  geonameId?: number;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));

function dec(s: string, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 64 + (DIGIT.get(s[at + i]!) ?? 0);
  return n;
}

function point(s: string, at: number): { lat: number; lon: number } {
  return { lat: (dec(s, at, 3) - 9000) / 100, lon: (dec(s, at + 3, 3) - 18000) / 100 };
}

interface Region { code: string; name: string; display: string; country: string; lat: number; lon: number; alone: boolean }

export class Geography {
  private readonly regions: Region[] = [];
  /** word key of a region's name, stripped name or spelling -> region indices */
  private readonly regionKeys = new Map<string, number[]>();
  private readonly extra = new Map<string, { code: string; at: number }>();
  readonly regionNouns: ReadonlySet<string>;
  private readonly generic: ReadonlySet<string>;

  constructor(private readonly file: PlaceFile, iso3: ReadonlyMap<string, string>, spellings: RegionsFile) {
    this.regionNouns = new Set(spellings.nouns);
    this.generic = new Set(spellings.generic);
    const untyped = new Set(spellings.untyped);
    const a = file.admin1;
    if (a) {
      const codes = a.codes.split('|');
      const names = a.names.split('|');
      for (let i = 0; i < codes.length; i++) {
        const country = iso3.get(codes[i]!.slice(0, 2)) ?? '';
        const name = names[i]!;
        const type = spellings.types[country];
        const last = keyOf(name.split(' ').pop()!);
        const display = type && !untyped.has(codes[i]!) && !this.regionNouns.has(last) && !this.generic.has(last) ? `${name} ${type}` : name;
        this.regions.push({ code: codes[i]!, name, display, country, ...point(a.geo, 7 * i), alone: a.geo[7 * i + 6] === '1' });
        for (const k of new Set([keyOf(name), this.strip(keyOf(name))])) this.addKey(k, i);
      }
      const index = new Map(codes.map((c, i) => [c, i]));
      for (const [code, names] of Object.entries(spellings.variants)) {
        const i = index.get(code);
        if (i !== undefined) for (const n of names) this.addKey(keyOf(n), i);
      }
    }
    const e = file.extra;
    if (e) e.names.split('|').forEach((k, i) => this.extra.set(k, { code: e.codes.slice(3 * i, 3 * i + 3), at: 12 * i }));
  }

  private addKey(key: string, i: number): void {
    const list = this.regionKeys.get(key);
    if (!list) this.regionKeys.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }

  /** "kursk oblast" -> "kursk", "gitega province" -> "gitega". */
  private strip(key: string): string {
    const ws = key.split(' ');
    while (ws.length > 1 && (this.regionNouns.has(ws[ws.length - 1]!) || ws[ws.length - 1] === "oblast'")) ws.pop();
    return ws.join(' ');
  }

  /** The gazetteer place at `index` (PlaceHit.index), named as the text names it. */
  town(index: number, name: string): GeoPlace {
    const code = this.file.codes.slice(3 * index, 3 * index + 3).toUpperCase();
    return this.decodePlace(this.file.geo, 12 * index, name, code);
  }

  /** A place of another file located like the gazetteer (villages.json): its 12 characters at `at` of `geo`. */
  located(geo: string, at: number, name: string, country: string): GeoPlace {
    return this.decodePlace(geo, at, name, country);
  }

  /** A city, capital or region of the hand-written lexicon by word key ("kharkiv", "texas"); null when it has no coordinates. */
  lexiconPlace(key: string, name: string): GeoPlace | null {
    const e = this.extra.get(key);
    return e ? this.decodePlace(this.file.extra!.geo, e.at, name, e.code) : null;
  }

  private decodePlace(s: string | undefined, at: number, name: string, country: string): GeoPlace {
    if (!s) return { name, country, precision: 'town' };
    const region = dec(s, at + 6, 2);
    const id = dec(s, at + 8, 4);
    const r = region > 0 ? this.regions[region - 1] : undefined;
    if (id === 0 && r) return this.regionPlace(r);
    const p: GeoPlace = { name, country, ...point(s, at), precision: 'town' };
    if (r) { p.admin1 = r.display; p.admin1Code = r.code; }
    if (id) p.geonameId = id;
    return p;
  }

  /**
   * A first-level region by the word key of its name. `noun`: the text names it with a region noun ("Gitega
   * province", "the province of Gitega"); without one only names that stand alone unambiguously count ("in
   * Bujumbura Rural"). `country` picks among regions of several countries sharing the name.
   */
  region(key: string, opts: { noun?: boolean; country?: string } = {}): GeoPlace | null {
    const list = this.regionKeys.get(key) ?? this.regionKeys.get(this.strip(key));
    if (!list) return null;
    const fit = opts.country ? list.filter((i) => this.regions[i]!.country === opts.country) : list;
    if (fit.length !== 1) return null;
    const r = this.regions[fit[0]!]!;
    if (!opts.noun && (!r.alone || list.length > 1) && !this.spelledAlone(key, r)) return null;
    return this.regionPlace(r);
  }

  /** A hand-written spelling ("Idleb") stands alone unless it is only generic words. */
  private spelledAlone(key: string, r: Region): boolean {
    return key !== keyOf(r.name) && key !== this.strip(keyOf(r.name)) && key.length >= 4 && !key.split(/[ -]/).every((w) => this.generic.has(w));
  }

  private regionPlace(r: Region): GeoPlace {
    return { name: r.display, admin1: r.display, admin1Code: r.code, country: r.country, lat: r.lat, lon: r.lon, precision: 'admin1' };
  }

  /** A country as a place, with its representative point when the file has one. */
  country(code: string, name: string): GeoPlace {
    const p: GeoPlace = { name, country: code, precision: 'country' };
    const s = this.file.countries?.[code];
    if (s) Object.assign(p, point(s, 0));
    return p;
  }
}
