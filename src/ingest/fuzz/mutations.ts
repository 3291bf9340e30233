/**
 * Mutations for fuzzing the parsers (fast-check arbitraries): each input is a seed fixture with one to three of
 * the mutation kinds the reliability audit used: truncation, byte flips, NUL bytes, invalid UTF-8, UTF-8 and
 * UTF-16 byte-order marks, CR-only line ends, huge lines and words, deep nesting, XML entity expansion and
 * external entities, wrong JSON types and absurd dates. `scale` caps the huge pieces (the short CI run uses
 * 100 KB, the bench 10 MB).
 *
 *   fc.sample(mutatedInput(seeds, 100_000), { numRuns: 50, seed: 1 })[0]!.build()   // the bytes of the first input
 */
import fc from 'fast-check';

/** One input: the mutation kinds and how to build its bytes (built only when run, so a long run holds one at a time). */
export interface FuzzInput { kinds: string[]; seed: string; build(): Buffer }

type Mutation = { kind: string; apply(b: Buffer): Buffer };

const at = (b: Buffer, f: number) => Math.min(b.length, Math.floor(f * b.length));
const insert = (b: Buffer, f: number, piece: Buffer) => Buffer.concat([b.subarray(0, at(b, f)), piece, b.subarray(at(b, f))]);
const text = (b: Buffer, edit: (s: string) => string) => Buffer.from(edit(b.toString('utf8')), 'utf8');

const NESTERS = ['<b>', '<div>', '<p><span>', '[', '{"a":', '<item><title>', '<![CDATA[<'];
const BAD_UTF8 = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]];
const ABSURD_DATES = ['0000-01-01', '9999-12-31', '275760-09-13', '2024-13-45', '-000001-12-01', '1969-12-31T23:59:60Z'];
const LAUGHS = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>';
const EXTERNAL = '<!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://169.254.169.254/latest/meta-data/"> %p;]>';

function mutation(scale: number): fc.Arbitrary<Mutation> {
  const pos = fc.double({ min: 0, max: 1, noNaN: true });
  const size = fc.constantFrom(...[1_000, 100_000, 1_000_000, 10_000_000].filter((n) => n <= scale));
  return fc.oneof(
    pos.map((f) => ({ kind: 'truncate', apply: (b: Buffer) => b.subarray(0, at(b, f)) })),
    fc.tuple(pos, fc.integer({ min: 0, max: 255 })).map(([f, v]) => ({ kind: 'flip', apply: (b: Buffer) => { const c = Buffer.from(b); if (c.length) c[Math.min(c.length - 1, at(c, f))] = v; return c; } })),
    pos.map((f) => ({ kind: 'nul', apply: (b: Buffer) => insert(b, f, Buffer.from([0])) })),
    fc.tuple(pos, fc.constantFrom(...BAD_UTF8)).map(([f, bytes]) => ({ kind: 'bad-utf8', apply: (b: Buffer) => insert(b, f, Buffer.from(bytes)) })),
    fc.constantFrom('utf8', 'utf16le', 'utf16be').map((enc) => ({
      kind: `bom-${enc}`,
      apply: (b: Buffer) => enc === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : (() => { const u = Buffer.from('\uFEFF' + b.toString('utf8'), 'utf16le'); return enc === 'utf16be' ? u.swap16() : u; })(),
    })),
    fc.constant({ kind: 'cr-only', apply: (b: Buffer) => text(b, (s) => s.replace(/\r?\n/g, '\r')) }),
    fc.tuple(pos, size, fc.boolean()).map(([f, n, word]) => ({ kind: word ? 'huge-word' : 'huge-line', apply: (b: Buffer) => insert(b, f, Buffer.from(word ? 'x'.repeat(n) : 'The talks resumed. '.repeat(Math.ceil(n / 19)).slice(0, n), 'utf8')) })),
    fc.tuple(pos, fc.constantFrom(...NESTERS), fc.constantFrom(100, 1_000, 50_000)).map(([f, open, depth]) => ({ kind: 'deep-nesting', apply: (b: Buffer) => insert(b, f, Buffer.from(open.repeat(Math.min(depth, Math.ceil(scale / open.length))), 'utf8')) })),
    fc.constantFrom(LAUGHS, EXTERNAL).map((dtd) => ({
      kind: dtd === LAUGHS ? 'entity-expansion' : 'external-entity',
      apply: (b: Buffer) => text(b, (s) => { const ref = dtd === LAUGHS ? '&f;' : '&ext;'; const body = s.replace(/^<\?xml[^>]*>/, ''); return `<?xml version="1.0"?>${dtd}${body.replace(/<(title|description|summary|content)>/, `<$1>${ref}`)}`; }),
    })),
    fc.constantFrom('123', 'null', '[]', '{}', 'true', '"x"').map((value) => ({
      kind: 'wrong-json-type',
      apply: (b: Buffer) => text(b, (s) => s.replace(/"(text|items|title|published|date|id|date_published|content_text)"\s*:/, `"$1":${value},"was_$1":`)),
    })),
    fc.constantFrom(...ABSURD_DATES).map((d) => ({
      kind: 'absurd-date',
      apply: (b: Buffer) => text(b, (s) => s.replace(/\d{4}-\d{2}-\d{2}/g, d).replace(/\b(19|20)\d{6}\b/g, d.replace(/-/g, '').slice(0, 8)).replace(/\d{2} \w{3} \d{4}/g, `01 Jan ${d.slice(0, 4)}`)),
    })),
  );
}

export function mutatedInput(seeds: readonly string[], scale: number): fc.Arbitrary<FuzzInput> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation(scale), { minLength: 1, maxLength: 3 })).map(([seed, ms]) => ({
    kinds: ms.map((m) => m.kind),
    seed,
    build: () => ms.reduce((bytes, m) => m.apply(bytes), Buffer.from(seed, 'utf8') as Buffer),
  }));
}
