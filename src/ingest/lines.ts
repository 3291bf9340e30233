/**
 * Lines of a byte stream, one record each (JSONL, `parley code` input, GDELT rows), where a bad line costs only
 * itself: LF, CRLF and CR-only line ends are all line ends; a UTF-8 byte-order mark is dropped and UTF-16 input
 * (by its mark, or by the zero bytes every other byte of ASCII-heavy UTF-16 has) is decoded as UTF-16; a line
 * over `maxLineBytes` is skipped without being held in memory (INPUT_TOO_LARGE), a line with a NUL byte is
 * INPUT_NOT_TEXT and a line that is not UTF-8 INPUT_BAD_ENCODING, each with its line number, and the lines after
 * it still come. Only input that is binary as a whole (over 10% control bytes in its first 8 KiB) or empty is
 * refused as a whole. Blank lines are left out.
 *
 *   for await (const line of readLines(createReadStream('in.jsonl'), 'in.jsonl')) line.error ? report(line) : use(line.text);
 */
import { ParleyError } from '../core/errors.js';

export type Line = { lineNo: number; text: string; error?: undefined } | { lineNo: number; error: ParleyError; text?: undefined };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const HEAD_BYTES = 8192;

/**
 * The encoding the first bytes show: UTF-16 by its byte-order mark or by zero bytes at every other position
 * (mostly-ASCII text in UTF-16), else UTF-8.
 *
 *   detectEncoding(Buffer.from('\uFEFFhello', 'utf16le'))   // 'utf-16le'
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return 'utf-8';
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/** Refuses binary data as a whole: over 10% control bytes (NUL included) in the first bytes of UTF-8 input. */
export function checkNotBinary(head: Uint8Array, label: string): void {
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  if (control > head.length * 0.1) throw new ParleyError('INPUT_NOT_TEXT', `${label} looks binary`);
}

/** UTF-16 chunks re-encoded as UTF-8 (lone surrogates become U+FFFD); the byte-order mark is dropped. */
async function* utf16ToUtf8(chunks: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const c of chunks) {
    const text = decoder.decode(c, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}

async function* asBuffers(input: AsyncIterable<Buffer | string | Uint8Array>): AsyncGenerator<Buffer> {
  for await (const c of input) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.isBuffer(c) ? c : Buffer.from(c);
}

/** The stream as UTF-8 bytes without a byte-order mark, after looking at its head; throws on binary or empty input. */
async function* normalised(input: AsyncIterable<Buffer | string | Uint8Array>, label: string): AsyncGenerator<Buffer> {
  const it = asBuffers(input)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  if (!size) throw new ParleyError('INPUT_EMPTY', `${label} is empty`);
  const first = Buffer.concat(head, size);
  const encoding = detectEncoding(first.subarray(0, HEAD_BYTES));
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield first;
    if (!done) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  if (encoding !== 'utf-8') {
    yield* utf16ToUtf8(rest(), encoding);
    return;
  }
  checkNotBinary(first.subarray(0, HEAD_BYTES), label);
  let start = true;
  for await (const c of rest()) {
    if (start && c.length >= 3 && c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) yield c.subarray(3);
    else yield c;
    start = false;
  }
}

export async function* readLines(input: AsyncIterable<Buffer | string | Uint8Array>, label: string, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let lineNo = 0;
  let afterCR = false;
  const finish = (): Line | null => {
    lineNo++;
    const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const length = size + overflow;
    parts = [];
    size = 0;
    overflow = 0;
    if (length > maxLineBytes) {
      return { lineNo, error: new ParleyError('INPUT_TOO_LARGE', `${label} line ${lineNo} is ${length} bytes; the limit for one line is ${maxLineBytes}`, 'split it into records under the limit') };
    }
    if (line.includes(0)) return { lineNo, error: new ParleyError('INPUT_NOT_TEXT', `${label} line ${lineNo} contains NUL bytes`, 'remove the NUL bytes from that line; the other lines were read') };
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      return { lineNo, error: new ParleyError('INPUT_BAD_ENCODING', `${label} line ${lineNo} is not valid UTF-8`) };
    }
    return text.trim() ? { lineNo, text } : null;
  };
  for await (const buf of normalised(input, label)) {
    let pos = afterCR && buf.length && buf[0] === 0x0a ? 1 : 0;
    afterCR = false;
    // Next LF and CR at or after pos, each searched once per chunk pass (no rescans: linear in the chunk).
    let lf = buf.indexOf(0x0a, pos);
    let cr = buf.indexOf(0x0d, pos);
    while (pos < buf.length) {
      if (lf >= 0 && lf < pos) lf = buf.indexOf(0x0a, pos);
      if (cr >= 0 && cr < pos) cr = buf.indexOf(0x0d, pos);
      const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr);
      const piece = buf.subarray(pos, end < 0 ? buf.length : end);
      if (size + piece.length > maxLineBytes || overflow) overflow += piece.length;
      else {
        parts.push(piece);
        size += piece.length;
      }
      if (end < 0) break;
      const line = finish();
      if (line) yield line;
      pos = end + 1;
      if (buf[end] === 0x0d) {
        if (pos < buf.length && buf[pos] === 0x0a) pos++;
        else if (pos === buf.length) afterCR = true;
      }
    }
  }
  if (size || overflow) {
    const line = finish();
    if (line) yield line;
  }
}
