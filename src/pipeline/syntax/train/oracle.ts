/**
 * The dynamic oracle of arc-hybrid (Goldberg & Nivre 2013): the number of gold arcs a transition makes
 * unreachable. Zero-cost transitions are all correct, so training can follow its own (wrong) predictions and
 * still learn the best continuation. `gold[i]` is token i's gold head (n for the root, -1 when unknown: a
 * partial tree, whose open arcs cost nothing).
 *
 *   moveCost(state, gold, LEFT) // 0 when s0's head is b0 and s0 has no dependents left in the buffer
 */
import { LEFT, type ParseState, RIGHT, SHIFT } from '../state.js';

export function moveCost(st: ParseState, gold: Int32Array, move: number): number {
  const n = st.n;
  const b0 = st.b;
  if (move === SHIFT) {
    let c = 0;
    const s0 = st.s(0);
    for (let k = 0; k < st.sp; k++) {
      const d = st.stack[k]!;
      if (gold[d] === b0) c++;
      if (d !== s0 && gold[b0] === d) c++;
    }
    return c;
  }
  const s0 = st.s(0);
  let c = 0;
  for (let k = b0; k < n; k++) if (gold[k] === s0) c++;
  if (move === LEFT) {
    const h = gold[s0]!;
    if (h >= 0 && h !== b0 && (h === st.s(1) || h > b0)) c++;
  } else if (move === RIGHT) {
    if (gold[s0]! >= b0) c++;
  }
  return c;
}
