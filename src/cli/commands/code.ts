/**
 * `parley code [FILE.jsonl|-]`: batch event coding. Reads one `{"id", "text", "date"?}` object per line (a file,
 * or stdin for `-` or no argument) and writes one `{"id", "events"}` line per input line, events as in the
 * Analysis JSON (PLOVER type/mode, CAMEO code, Goldstein, actor, recipient, evidence with quoted text).
 * A malformed line is reported on stderr with its line number and error code; the rest goes on; the exit
 * status is 1 when any line failed. Limits: a text over MAX_ARTICLE_CHARS characters or a line over
 * MAX_JSON_LINE_BYTES bytes is INPUT_TOO_LARGE (the line is skipped unread); a line that is not UTF-8 is
 * INPUT_BAD_ENCODING, one with a NUL byte INPUT_NOT_TEXT; UTF-16 input, byte-order marks and CR-only line ends
 * are read (src/ingest/lines.ts). Overlong sentences are split and giant words left
 * out by the tokenizer; such a record gets `"warnings"` (codes PARLEY_W_…) and a note on stderr.
 *
 *   echo '{"id":"a","text":"Russia shelled Kharkiv on Monday.","date":"2022-03-01"}' | parley code
 *   // {"id":"a","events":[{"type":"ASSAULT","mode":"heavy-weapons","cameo":"194",…}]}
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { normaliseDate } from '../../core/dates.js';
import { asParleyError, ParleyError } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import { MAX_ARTICLE_CHARS, readJsonLines, shortenBlankRuns, tooLarge } from '../../ingest/read-input.js';
import { codeText } from '../../pipeline/events/pipeline.js';
import { parseOptions, type Command } from '../command.js';
import { writeJsonLine } from '../output.js';

interface CodeInput { id: string; text: string; date: string | null }

/** Validates one input line; throws a ParleyError saying what is wrong with it. */
export function parseCodeLine(line: string): CodeInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new ParleyError('INPUT_BAD_JSON', `not JSON (${(err as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ParleyError('INPUT_BAD_RECORD', 'a line must be a JSON object with "id" and "text"');
  const rec = value as Record<string, unknown>;
  const id = typeof rec.id === 'number' ? String(rec.id) : rec.id;
  if (typeof id !== 'string' || !id) throw new ParleyError('INPUT_BAD_RECORD', '"id" must be a non-empty string or number');
  if (typeof rec.text !== 'string' || !rec.text.trim()) throw new ParleyError('INPUT_BAD_RECORD', `"text" of ${id} must be a non-empty string`);
  if (rec.text.length > MAX_ARTICLE_CHARS) throw tooLarge(`"text" of ${id}`, rec.text.length);
  let date: string | null = null;
  if (rec.date !== undefined && rec.date !== null) {
    date = normaliseDate(rec.date);
    if (!date) throw new ParleyError('DATE_INVALID', `"date" of ${id} is not a date: ${JSON.stringify(rec.date)}`);
  }
  return { id, text: rec.text, date };
}

/** The events of a coded document as written by `parley code`, with the quoted text of their spans. */
export function eventsJson(doc: Document) {
  const quote = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  return (doc.layers.events ?? []).map((e) => ({
    ...e,
    evidence: { ...e.evidence, text: quote(e.evidence), trigger: { ...e.evidence.trigger, text: quote(e.evidence.trigger) } },
    ...(e.action ? { action: { ...e.action, trigger: { ...e.action.trigger, text: quote(e.action.trigger) } } } : {}),
  }));
}

function openInput(path: string | undefined): AsyncIterable<Buffer> {
  if (!path || path === '-') return process.stdin;
  if (!existsSync(path)) throw new ParleyError('INPUT_NOT_FOUND', `${path} does not exist`);
  if (statSync(path).isDirectory()) throw new ParleyError('INPUT_IS_DIRECTORY', `${path} is a directory`);
  return createReadStream(path);
}

/** Codes one input line: the `{"id","events"}` record, with `warnings` when the tokenizer had to cut. */
export function codeLine(line: string) {
  const input = parseCodeLine(line);
  const doc = codeText(shortenBlankRuns(input.text), input.date, input.id);
  const warnings = doc.errors.map((e) => ({ code: e.code, component: e.component, message: e.message }));
  return { id: input.id, events: eventsJson(doc), ...(warnings.length ? { warnings } : {}) };
}

export const command: Command = {
  usage: 'parley code [FILE.jsonl|-]',
  summary: 'Code events in sentences or articles: reads {"id","text","date"?} lines (stdin without FILE), writes {"id","events"} lines.',
  async run(argv) {
    const { positionals } = parseOptions(argv, {});
    if (positionals.length > 1) throw new ParleyError('USAGE', 'code takes one FILE.jsonl (or - for stdin)');
    const label = positionals[0] && positionals[0] !== '-' ? positionals[0] : 'standard input';
    let failed = 0;
    for await (const line of readJsonLines(openInput(positionals[0]), label)) {
      try {
        if (line.error) throw line.error;
        const record = codeLine(line.text);
        for (const w of record.warnings ?? []) process.stderr.write(`line ${line.lineNo}: ${w.code.startsWith('PARLEY_W_') ? 'warning' : 'error'} ${w.code}: ${w.message}\n`);
        if (record.warnings?.some((w) => !w.code.startsWith('PARLEY_W_'))) failed++;
        writeJsonLine(record);
      } catch (err) {
        failed++;
        const e = asParleyError(err);
        process.stderr.write(`line ${line.lineNo}: error ${e.fullCode}: ${e.message} (hint: ${e.hint})\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
