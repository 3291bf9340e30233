/**
 * `parley` command line: dispatches to one module per command in ./commands. A user's mistake prints
 * `error PARLEY_E_…: message (hint: …)` on stderr and exits 1 (2 for usage errors); never a stack trace.
 *
 *   await main(['analyze', 'article.txt', '--json']) // -> exit status
 */
import { asParleyError, ParleyError } from '../core/errors.js';
import type { Command } from './command.js';
import { printError } from './output.js';

/** Every command and the module that implements it. */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  analyze: () => import('./commands/analyze.js'),
  demo: () => import('./commands/demo.js'),
  code: () => import('./commands/code.js'),
  ingest: () => import('./commands/ingest.js'),
  check: () => import('./commands/check.js'),
  kb: () => import('./commands/kb.js'),
  query: () => import('./commands/query.js'),
  export: () => import('./commands/export.js'),
  serve: () => import('./commands/serve.js'),
  worker: () => import('./commands/worker.js'),
  token: () => import('./commands/token.js'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      process.stdout.write(await helpText(rest[0]));
      return 0;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write('parley 0.1.0\n');
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) throw new ParleyError('USAGE', `unknown command "${name}"`);
    const { command } = await loadCommand(name, load);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    return await command.run(rest);
  } catch (err) {
    const e = asParleyError(err);
    printError(e);
    if (e.code === 'INTERNAL' && process.env.PARLEY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return e.exitStatus;
  }
}

async function loadCommand(name: string, load: () => Promise<{ command: Command }>): Promise<{ command: Command }> {
  try {
    return await load();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(`commands/${name}.js`)) {
      throw new ParleyError('USAGE', `the command "${name}" is not available in this build`);
    }
    throw err;
  }
}

async function helpText(topic?: string): Promise<string> {
  if (topic && !COMMANDS[topic]) throw new ParleyError('USAGE', `there is no command "${topic}"`);
  if (topic && COMMANDS[topic]) {
    const { command } = await loadCommand(topic, COMMANDS[topic]!);
    return `${command.usage}\n\n${command.summary}\n`;
  }
  const lines = ['parley: turns news about diplomacy and war into a ledger of events, commitments and claims', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    try {
      const { command } = await load();
      lines.push(`  ${command.usage.padEnd(58)} ${command.summary.split('\n')[0]}`);
    } catch {
      lines.push(`  parley ${name}`);
    }
  }
  lines.push('', 'Run `parley help COMMAND` for details. Databases: --db PATH|postgres://… or PARLEY_DB (default ./parley.db).');
  return lines.join('\n') + '\n';
}
