/**
 * Gold offsets index the raw article text; the pipeline reads the text normalised (core/document.ts: no BOM,
 * NFC, LF line ends, no trailing blanks, trimmed), so its offsets may sit a few characters earlier. A raw offset maps
 * to the length of the raw text before it, normalised the same way (without the final trim, which only the end of a
 * text has), so NFC compositions and dropped blanks before the offset are all counted.
 *
 *   const at = normalisedOffsets(' Kyiv', 'Kyiv'); at(1) // 0
 */
export function normalisedOffsets(raw: string, normalised: string): (rawOffset: number) => number {
  if (raw === normalised) return (i) => i;
  return (i) => normalisedPrefix(raw.slice(0, Math.max(0, Math.min(raw.length, i)))).length;
}

function normalisedPrefix(prefix: string): string {
  return prefix
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/(?<![ \t])[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimStart();
}
