/**
 * `parley analyze FILE… [--date YYYY-MM-DD] [--json]`: runs the pipeline on article files (text, Markdown
 * with a Title:/Date: header, or HTML). Unreadable files are reported with their error code; the rest run;
 * the exit status is 1 when any file failed.
 */
import { ParleyError } from '../../core/errors.js';
import { toAnalysis } from '../../services/analysis.js';
import { analyzeFiles } from '../../services/analyze.service.js';
import { parseOptions, type Command } from '../command.js';
import { printError, writeJsonLine } from '../output.js';
import { formatReport } from '../report.js';

export const command: Command = {
  usage: 'parley analyze FILE… [--date YYYY-MM-DD] [--json]',
  summary: 'Run the pipeline on articles: actors, times, events, commitments and claims. Readable report by default, Analysis JSON (one object per line) with --json.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { date: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' } });
    if (!positionals.length) throw new ParleyError('USAGE', 'analyze needs at least one FILE');
    let failed = 0;
    for (const result of analyzeFiles(positionals, { date: values.date, title: values.title })) {
      if (!result.ok) {
        failed++;
        printError(result.error);
        continue;
      }
      if (values.json) writeJsonLine(toAnalysis(result.doc));
      else process.stdout.write(formatReport(result.doc) + '\n');
    }
    return failed ? 1 : 0;
  },
};
