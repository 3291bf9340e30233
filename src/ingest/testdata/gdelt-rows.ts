/**
 * Synthetic GDELT 1.0 event rows (58 columns) for tests and benchmarks, written for Parley: `n` rows spread
 * over `clusters` (actor, recipient, CAMEO root, day) cells, so that many rows share one cluster as in a real
 * daily export; each row has its own GLOBALEVENTID and source URL.
 *
 *   writeFileSync('big.export.CSV', syntheticGdeltRows(40_000, 50).join('\n') + '\n');
 */
const PAIRS = [['USA', 'RUS'], ['RUS', 'UKR'], ['CHN', 'TWN'], ['ISR', 'IRN'], ['IND', 'PAK'], ['FRA', 'DEU'], ['TUR', 'GRC']] as const;
const CODES = ['043', '036', '190', '112', '051'];

export function syntheticGdeltRows(n: number, clusters: number, firstId = 1): string[] {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % clusters;
    const [a, b] = PAIRS[k % PAIRS.length]!;
    const code = CODES[Math.floor(k / PAIRS.length) % CODES.length]!;
    const day = `201607${String(1 + (Math.floor(k / (PAIRS.length * CODES.length)) % 28)).padStart(2, '0')}`;
    const c = Array.from({ length: 58 }, () => '');
    Object.assign(c, {
      0: String(firstId + i), 1: day, 5: `${a}GOV`, 6: a, 7: a, 15: `${b}GOV`, 16: b, 17: b, 25: '1', 26: code, 27: code, 28: code.slice(0, 2),
      29: '1', 30: '2.8', 31: '3', 32: '1', 33: '3', 34: '-1.5', 56: day, 57: `https://news${i % 97}.example.org/${day}/${i}`,
    });
    rows.push(c.join('\t'));
  }
  return rows;
}
