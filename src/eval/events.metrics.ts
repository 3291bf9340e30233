/**
 * Precision/recall/F1 helpers and the per-type table printed by the event evaluation.
 *
 *   prf({ tp: 8, fp: 2, fn: 2 }) // { p: 0.8, r: 0.8, f1: 0.8 }
 */
export interface Counts { tp: number; fp: number; fn: number }

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function f1Table(byType: Map<string, Counts>): string {
  const lines = ['  type        gold  pred    P      R      F1'];
  for (const [t, c] of [...byType].sort()) {
    const m = prf(c);
    lines.push(`  ${t.padEnd(10)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}  ${m.p.toFixed(3)}  ${m.r.toFixed(3)}  ${m.f1.toFixed(3)}`);
  }
  return lines.join('\n') + '\n';
}
