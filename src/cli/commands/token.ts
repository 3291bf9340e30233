/**
 * `parley token create [NAME] | list | revoke ID [--db URL]`: API tokens for the write endpoints of
 * `parley serve`. The token is printed once; the ledger keeps only its hash.
 */
import { ParleyError } from '../../core/errors.js';
import { openStore } from '../../store/index.js';
import { createToken, listTokens, revokeToken } from '../../services/tokens.service.js';
import { dbOption, parseOptions, type Command } from '../command.js';

export const command: Command = {
  usage: 'parley token create [NAME] | list | revoke ID [--db URL]',
  summary: 'Manage API tokens for the write endpoints of `parley serve` (send as "Authorization: Bearer TOKEN"). The token is shown once; only its hash is stored.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const [action, arg] = positionals;
    if (!action || !['create', 'list', 'revoke'].includes(action)) throw new ParleyError('USAGE', 'token needs one of: create [NAME], list, revoke ID');
    if (action === 'revoke' && !arg) throw new ParleyError('USAGE', 'token revoke needs the token ID (see `parley token list`)');
    const store = await openStore(dbOption(values.db));
    try {
      if (action === 'create') {
        const { id, token } = await createToken(store, arg ?? 'api');
        if (values.json) process.stdout.write(JSON.stringify({ id, name: arg ?? 'api', token }) + '\n');
        else process.stdout.write(`${token}\n`);
        if (!values.json) process.stderr.write(`Created token ${id} ("${arg ?? 'api'}") for ${store.label}. Keep it secret: it is shown only this once.\n`);
      } else if (action === 'list') {
        const tokens = await listTokens(store);
        if (values.json) for (const t of tokens) process.stdout.write(JSON.stringify(t) + '\n');
        else if (!tokens.length) process.stdout.write('No API tokens yet: create one with `parley token create NAME`.\n');
        else for (const t of tokens) process.stdout.write(`${t.id}  ${t.revoked ? 'revoked' : 'active '}  created ${t.createdAt.slice(0, 19)}Z  last used ${t.lastUsedAt ? t.lastUsedAt.slice(0, 19) + 'Z' : 'never'}  ${t.name}\n`);
      } else {
        if (!(await revokeToken(store, arg!))) throw new ParleyError('NOT_FOUND', `no active token ${arg}`, 'see `parley token list` for the ids');
        process.stdout.write(`Revoked token ${arg}.\n`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
