/**
 * `parley ingest`: not wired yet in this build (its issue brings the implementation).
 */
import { ParleyError } from '../../core/errors.js';
import type { Command } from '../command.js';

export const command: Command = {
  usage: 'parley ingest',
  summary: 'Not available yet in this build.',
  async run() {
    throw new ParleyError('USAGE', 'the command "ingest" is not available in this build yet');
  },
};
