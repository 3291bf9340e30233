/**
 * `npm run eval`: scores the event coder on the gold sets in ../shared/data/gold and writes per-case results
 * to eval-results/events.<set>.jsonl.
 * - plover_gsr: PLOVER type P/R/F1 (micro, per type, confusion table), and (type, actor country, recipient
 *   country) F1. The set uses PLOVER 0.5b1 names; they are mapped to current names here, not in the product.
 * - cameo_manual_examples: CAMEO root and full-code accuracy of the most confident event.
 * - ngec_headline_templates: type and mode accuracy after filling {country_N}/{city} deterministically.
 * Negated and hypothetical events are not scored (they do not say that something happened).
 *
 *   npm run eval -- events
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { EventRecord } from '../core/types.js';
import { codeText } from '../pipeline/events/pipeline.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { EvalSuite } from './run.js';
import { f1Table, prf, type Counts } from './events.metrics.js';

const OLD_NAMES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const LEGACY_COUNTRY: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const IGO_CODES = new Set(['IGO', 'UNO', 'EUR', 'NATO', 'AFR', 'ASA', 'EEC', 'OSCE', 'ICC', 'WHO', 'IAEA', 'OPEC', 'ASN', 'ARL', 'GCC', 'CIS']);

/**
 * PLOVER 0.5b1 (the 2016 gold records) coded every CAMEO 03x intent as AGREE; the current manual, which the
 * coder follows, codes an intent to yield (035x, "agreed to lift the ban") as CONCEDE. Predictions are read
 * in the gold set's own version; the unconverted score is printed beside it. Likewise PLOVER 0.5b1 coded the
 * destruction of property (CAMEO 1712) as COERCE/destroy, the current manual as ASSAULT/destroy.
 */
function gsrType(e: EventRecord): string {
  if (e.cameo === '1712') return 'COERCE';
  return e.cameo.startsWith('03') ? 'AGREE' : e.type;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function country(code: string): string {
  const c = code.toUpperCase();
  if (!c) return '';
  if (IGO_CODES.has(c)) return 'IGO';
  if (c.startsWith('IMG')) return 'IMG';
  const head = c.slice(0, 3);
  return LEGACY_COUNTRY[head] ?? head;
}

function resultsFile(name: string, rows: unknown[]): string {
  const dir = packagePath('eval-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `events.${name}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

/** Events that say something happened (or was said): negated and hypothetical ones are not scored. */
function asserted(e: EventRecord): boolean {
  return !e.negated && e.modality !== 'hypothetical';
}

function top(events: EventRecord[]): EventRecord | null {
  let best: EventRecord | null = null;
  for (const e of events) if (!e.negated && (!best || e.confidence > best.confidence)) best = e;
  return best;
}

function brief(text: string, e: EventRecord) {
  return {
    type: e.type, mode: e.mode, cameo: e.cameo, actor: e.actor.map((a) => a.code + (a.sector ?? '')),
    recipient: e.recipient.map((a) => a.code + (a.sector ?? '')), trigger: text.slice(e.evidence.trigger.start, e.evidence.trigger.end),
    modality: e.modality, negated: e.negated, confidence: e.confidence,
  };
}

interface GsrCase { id: string; text: string; date: string; expected: { source: string; target: string; code: string }[] }

function ploverGsr(path: string): void {
  const cases = readJsonl<GsrCase>(path);
  const typeCounts = new Map<string, Counts>();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const raw: Counts = { tp: 0, fp: 0, fn: 0 };
  const triple: Counts = { tp: 0, fp: 0, fn: 0 };
  const confusion = new Map<string, Map<string, number>>();
  const rows: unknown[] = [];
  const bump = (t: string, k: keyof Counts) => {
    const c = typeCounts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++; typeCounts.set(t, c); micro[k]++;
  };
  for (const c of cases) {
    const doc = codeText(c.text, c.date, c.id);
    const events = doc.layers.events.filter(asserted);
    const gold = c.expected.map((e) => ({ type: OLD_NAMES[e.code] ?? e.code, source: country(e.source), target: country(e.target) }));
    const goldTypes = new Set(gold.map((g) => g.type));
    const predTypes = new Set(events.map(gsrType));
    const rawTypes = new Set(events.map((e) => e.type));
    for (const t of goldTypes) raw[rawTypes.has(t) ? 'tp' : 'fn']++;
    for (const t of rawTypes) if (!goldTypes.has(t)) raw.fp++;
    for (const t of goldTypes) bump(t, predTypes.has(t) ? 'tp' : 'fn');
    for (const t of predTypes) if (!goldTypes.has(t)) bump(t, 'fp');
    // (type, actor country, recipient country): each predicted actor x recipient pair is one claim
    const pairs = events.flatMap((e) => {
      const as = e.actor.length ? e.actor.map((a) => country(a.code)) : [''];
      const rs = e.recipient.length ? e.recipient.map((r) => country(r.code)) : [''];
      return as.flatMap((a) => rs.map((r) => ({ type: gsrType(e), source: a, target: r, used: false })));
    });
    let matched = 0;
    for (const g of gold) {
      const hit = pairs.find((p) => !p.used && p.type === g.type && p.source === g.source && (g.target === '' || p.target === g.target));
      if (hit) { hit.used = true; matched++; }
    }
    triple.tp += matched; triple.fn += gold.length - matched; triple.fp += pairs.filter((p) => !p.used).length;
    if (gold.length === 1 || goldTypes.size === 1) {
      const g = gold[0]!.type;
      const best = top(events);
      const p = predTypes.has(g) ? g : (best ? gsrType(best) : 'NONE');
      const row = confusion.get(g) ?? new Map<string, number>();
      row.set(p, (row.get(p) ?? 0) + 1); confusion.set(g, row);
    }
    rows.push({ id: c.id, text: c.text, expected: gold, predicted: events.map((e) => brief(doc.text, e)), typeCorrect: [...goldTypes].every((t) => predTypes.has(t)) && [...predTypes].every((t) => goldTypes.has(t)) });
  }
  const m = prf(micro); const tr = prf(triple); const rw = prf(raw);
  process.stdout.write(`plover_gsr (${cases.length} sentences)\n`);
  process.stdout.write(`  PLOVER type          P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}\n`);
  process.stdout.write(`  (current-PLOVER types, 035x intents to yield as CONCEDE, 1712 as ASSAULT: P ${rw.p.toFixed(3)}  R ${rw.r.toFixed(3)}  F1 ${rw.f1.toFixed(3)})\n`);
  process.stdout.write(`  type+actor+recipient P ${tr.p.toFixed(3)}  R ${tr.r.toFixed(3)}  F1 ${tr.f1.toFixed(3)}\n`);
  process.stdout.write(f1Table(typeCounts));
  process.stdout.write(confusionTable(confusion));
  process.stdout.write(`  per-case results: ${resultsFile('plover_gsr', rows)}\n`);
}

function confusionTable(conf: Map<string, Map<string, number>>): string {
  const lines = ['  confusion (gold type -> predicted types, single-type sentences):'];
  for (const [g, row] of [...conf].sort()) {
    const cells = [...row].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p === g ? '*' : ''}${p}:${n}`);
    lines.push(`    ${g.padEnd(10)} ${cells.join('  ')}`);
  }
  return lines.join('\n') + '\n';
}

interface CameoCase { cameo_code: string; name: string; example: string }

function cameoManual(path: string): void {
  const cases = readJsonl<CameoCase>(path);
  let root = 0; let full = 0; let anyRoot = 0; let none = 0;
  const rows: unknown[] = [];
  for (const c of cases) {
    const doc = codeText(c.example, null, c.cameo_code);
    const events = doc.layers.events.filter(asserted);
    const best = top(events);
    const goldRoot = c.cameo_code.slice(0, 2);
    if (!best) none++;
    if (best && best.cameo.slice(0, 2) === goldRoot) root++;
    if (best && best.cameo === c.cameo_code) full++;
    if (events.some((e) => e.cameo.slice(0, 2) === goldRoot)) anyRoot++;
    rows.push({ code: c.cameo_code, name: c.name, text: c.example, predicted: events.map((e) => brief(doc.text, e)), rootCorrect: best?.cameo.slice(0, 2) === goldRoot });
  }
  const n = cases.length;
  process.stdout.write(`cameo_manual_examples (${n} examples)\n`);
  process.stdout.write(`  CAMEO root accuracy (most confident event) ${(root / n).toFixed(3)}   full code ${(full / n).toFixed(3)}   root among any event ${(anyRoot / n).toFixed(3)}   no event ${none}\n`);
  process.stdout.write(`  per-case results: ${resultsFile('cameo_manual_examples', rows)}\n`);
}

interface HeadlineCase { id: string; text: string; expected: { code: string; mode: string | null }[] }

/** Fixed fillers; a case's fillers depend only on its id, so every run sees the same sentences. */
const COUNTRIES = ['France', 'Kenya', 'Brazil', 'Indonesia', 'Poland', 'Egypt', 'Japan', 'Mexico', 'Spain', 'Nigeria', 'Germany', 'India', 'Pakistan', 'Colombia', 'Ukraine', 'Russia', 'Iran', 'Ethiopia', 'Canada', 'Argentina'];
const CITIES = ['Nairobi', 'Lagos', 'Jakarta', 'Lyon', 'Kharkiv', 'Aleppo', 'Mosul', 'Karachi', 'Bogota', 'Tehran', 'Cairo', 'Istanbul'];
const MODE_SPELLING: Record<string, string> = { primative: 'primitive', sieze: 'seize' };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function fillTemplate(id: string, text: string): string {
  const h = hash(id);
  const pick = (k: number) => COUNTRIES[(h + k * 7) % COUNTRIES.length]!;
  return text
    .replace(/\{country_1\}/g, pick(0)).replace(/\{country_2\}/g, pick(1)).replace(/\{country_3\}/g, pick(2))
    .replace(/\{city\}/g, CITIES[h % CITIES.length]!);
}

function headlines(path: string): void {
  const cases = readJsonl<HeadlineCase>(path);
  let typeOk = 0; let anyOk = 0; let modeOk = 0; let modeN = 0; let withActors = 0;
  const perType = new Map<string, { n: number; ok: number }>();
  const rows: unknown[] = [];
  for (const c of cases) {
    const text = fillTemplate(c.id, c.text);
    const doc = codeText(text, null, c.id, { keepUnattributed: true });
    const attributed = codeText(text, null, c.id).layers.events.filter(asserted);
    if (top(attributed)?.type === c.expected[0]!.code) withActors++;
    const events = doc.layers.events.filter(asserted);
    const best = top(events);
    const exp = c.expected[0]!;
    const ok = best?.type === exp.code;
    if (ok) typeOk++;
    if (events.some((e) => e.type === exp.code)) anyOk++;
    const s = perType.get(exp.code) ?? { n: 0, ok: 0 };
    s.n++; if (ok) s.ok++; perType.set(exp.code, s);
    if (exp.mode) {
      modeN++;
      const want = MODE_SPELLING[exp.mode.toLowerCase()] ?? exp.mode.toLowerCase();
      if (ok && (best?.mode ?? '') === want) modeOk++;
    }
    rows.push({ id: c.id, text, expected: exp, predicted: events.map((e) => brief(doc.text, e)), typeCorrect: ok });
  }
  const n = cases.length;
  process.stdout.write(`ngec_headline_templates (${n} headlines)\n`);
  process.stdout.write(`  type accuracy (most confident event) ${(typeOk / n).toFixed(3)}   type among any event ${(anyOk / n).toFixed(3)}   mode accuracy (${modeN} with a mode) ${(modeOk / modeN).toFixed(3)}\n`);
  process.stdout.write(`  (headlines are coded with unattributed events kept; requiring a known actor, as the product does, type accuracy is ${(withActors / n).toFixed(3)})\n`);
  process.stdout.write('  per type: ' + [...perType].sort().map(([t, s]) => `${t} ${s.ok}/${s.n}`).join(', ') + '\n');
  process.stdout.write(`  per-case results: ${resultsFile('ngec_headline_templates', rows)}\n`);
}

export const suite: EvalSuite = {
  name: 'events: PLOVER/CAMEO coding against the gold sets',
  run() {
    const gsr = sharedDataPath('gold', 'plover_gsr.jsonl');
    if (!gsr) { process.stdout.write('skipped: ../shared/data is absent\n'); return; }
    ploverGsr(gsr);
    cameoManual(sharedDataPath('gold', 'cameo_manual_examples.jsonl')!);
    headlines(sharedDataPath('gold', 'ngec_headline_templates.jsonl')!);
  },
};
