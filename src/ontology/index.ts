/**
 * The event ontology as data: CAMEO codes with their official Goldstein values and quad classes, the 16
 * PLOVER types with modes, and the crosswalk between them. Loaded once from ./data (JSON files naming
 * their sources); code here only looks things up.
 *
 *   cameo('041')            // { code: '041', name: 'Discuss by telephone', goldstein: 1, quad: 1, root: '04' }
 *   ploverOf('0356')        // { type: 'AGREE', mode: null }
 *   cameoFor('ASSAULT', 'drone') // '195'
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

export interface CameoCode { code: string; name: string; goldstein: number; quad: 1 | 2 | 3 | 4; root: string }
export interface PloverTypeInfo { type: string; quad: number; score: number; requiresRecipient: boolean; modes: string[] }
export interface PloverCode { type: string; mode: string | null }

interface Ontology {
  cameo: Map<string, CameoCode>;
  types: Map<string, PloverTypeInfo>;
  toPlover: Map<string, PloverCode | null>;
  defaults: Map<string, string>;
  contexts: string[];
  sectors: string[];
}

let loaded: Ontology | null = null;

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(packagePath('src', 'ontology', 'data', name), 'utf8')) as T;
}

/** GDELT QuadClass of a CAMEO root: 1 verbal cooperation (01-05) … 4 material conflict (14-20). */
export function quadOfRoot(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root.slice(0, 2));
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function parsePlover(value: string | null): PloverCode | null {
  if (value === null) return null;
  const [type, mode] = value.split('/');
  return { type: type!, mode: mode ?? null };
}

export function ontology(): Ontology {
  if (loaded) return loaded;
  const cameoData = readData<{ codes: Record<string, [string, number]> }>('cameo.json');
  const ploverData = readData<{ types: Record<string, Omit<PloverTypeInfo, 'type'>>; contexts: string[]; sectors: string[] }>('plover.json');
  const crosswalk = readData<{ toPlover: Record<string, string | null>; defaults: Record<string, string> }>('plover-cameo.json');
  const cameoMap = new Map<string, CameoCode>();
  for (const [code, [name, goldstein]] of Object.entries(cameoData.codes)) {
    cameoMap.set(code, { code, name, goldstein, quad: quadOfRoot(code), root: code.slice(0, 2) });
  }
  loaded = {
    cameo: cameoMap,
    types: new Map(Object.entries(ploverData.types).map(([type, info]) => [type, { type, ...info }])),
    toPlover: new Map(Object.entries(crosswalk.toPlover).map(([code, v]) => [code, parsePlover(v)])),
    defaults: new Map(Object.entries(crosswalk.defaults)),
    contexts: ploverData.contexts,
    sectors: ploverData.sectors,
  };
  return loaded;
}

/** A CAMEO code with its name, official Goldstein value and quad class; undefined for unknown codes. */
export function cameo(code: string): CameoCode | undefined {
  return ontology().cameo.get(code);
}

/** The PLOVER type and mode of a CAMEO code (longest listed prefix wins); null for plain statements. */
export function ploverOf(code: string): PloverCode | null {
  const map = ontology().toPlover;
  for (let len = code.length; len >= 2; len--) {
    const hit = map.get(code.slice(0, len));
    if (hit !== undefined) return hit;
  }
  return null;
}

/** The CAMEO code that stands for a PLOVER type (and mode) when nothing more specific is known. */
export function cameoFor(type: string, mode?: string | null): string {
  const d = ontology().defaults;
  return (mode ? d.get(`${type}/${mode}`) : undefined) ?? d.get(type) ?? '010';
}

export function ploverType(type: string): PloverTypeInfo | undefined {
  return ontology().types.get(type);
}

export function ploverTypes(): string[] {
  return [...ontology().types.keys()];
}

/** The type GDELT's imported rows get from their CAMEO root (01 "make public statement" has no PLOVER counterpart: STATEMENT). */
export const CAMEO_ROOT_TO_PLOVER: Record<string, string> = {
  '01': 'STATEMENT', '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'COOPERATE', '06': 'COOPERATE', '07': 'AID', '08': 'CONCEDE',
  '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION',
  '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

/** Event types the ledger may hold, and a filter may name: the 16 PLOVER types, plus STATEMENT and OTHER of GDELT imports. */
export function ledgerEventTypes(): string[] {
  return [...new Set([...ploverTypes(), ...Object.values(CAMEO_ROOT_TO_PLOVER), 'OTHER'])].sort();
}
