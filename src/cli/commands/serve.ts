/**
 * `parley serve [--db URL] [--port N] [--host 127.0.0.1]`: the REST API (OpenAPI at /openapi.json) and the
 * web dashboard on one port, on the same ledger as the CLI. Stops cleanly on Ctrl-C.
 */
import { ParleyError } from '../../core/errors.js';
import { startServer } from '../../api/server.js';
import { dbOption, parseOptions, type Command } from '../command.js';

export const command: Command = {
  usage: 'parley serve [--db URL] [--port N] [--host ADDR]',
  summary: 'Serve the REST API (OpenAPI at /openapi.json) and the web dashboard on the ledger (default http://127.0.0.1:8080).\nWrite endpoints need a token from `parley token create`. Use --host 0.0.0.0 to listen on every interface.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
    if (positionals.length) throw new ParleyError('USAGE', `serve takes no arguments, got "${positionals[0]}"`);
    const port = values.port === undefined ? Number(process.env.PORT ?? 8080) : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ParleyError('USAGE', `--port must be 0..65535, not "${values.port}"`);
    const host = values.host ?? '127.0.0.1';
    let server;
    try {
      server = await startServer({ db: dbOption(values.db), port, host });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new ParleyError('USAGE', `port ${port} is already in use`, 'pick another with --port N (0 picks a free one)');
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ParleyError('USAGE', `cannot listen on ${host}`, 'give an address of this machine, e.g. --host 127.0.0.1');
      throw err;
    }
    process.stdout.write(`Parley is serving the ledger ${server.store.label} (${server.store.kind})\n  dashboard  ${server.url}/\n  API        ${server.url}/api/  (OpenAPI: ${server.url}/openapi.json)\nPress Ctrl-C to stop.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    process.stdout.write('Stopped.\n');
    return 0;
  },
};
