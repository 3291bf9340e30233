/**
 * Gold offsets index the raw article text; the pipeline reads the text normalised (core/document.ts: no BOM,
 * NFC, LF line ends, no trailing blanks, trimmed), so its offsets may sit a few characters earlier. This maps a
 * raw offset to the normalised text by walking both strings (normalisation only drops characters; where NFC
 * composes one, the walk resynchronises on the next equal character).
 *
 *   const at = normalisedOffsets(' Kyiv', 'Kyiv'); at(1) // 0
 */
export function normalisedOffsets(raw: string, normalised: string): (rawOffset: number) => number {
  if (raw === normalised) return (i) => i;
  const map = new Int32Array(raw.length + 1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map[i] = j;
    if (j < normalised.length && raw[i] === normalised[j]) j++;
  }
  map[raw.length] = j;
  return (i) => map[Math.max(0, Math.min(raw.length, i))]!;
}
