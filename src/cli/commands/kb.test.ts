/**
 * `parley kb` answers the done-when questions in JSON, and refuses unknown titles and bad dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParleyError } from '../../core/errors.js';
import { command } from './kb.js';

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    const code = await command.run(argv);
    return { code, out };
  } finally {
    process.stdout.write = write;
  }
}

test('kb who "German Chancellor" --on 2019-01-01 --json answers Angela Merkel', async () => {
  const { code, out } = await capture(['who', 'German Chancellor', '--on', '2019-01-01', '--json']);
  assert.equal(code, 0);
  const body = JSON.parse(out);
  assert.deepEqual(body.holders.map((h: { person: string }) => h.person), ['Angela Merkel']);
  assert.deepEqual(body.offices, ['Chancellor of Germany']);
});

test('kb roles "Donald Trump": former in June 2023, current in March 2025', async () => {
  const status = async (on: string) => {
    const { out } = await capture(['roles', 'Donald Trump', '--on', on, '--json']);
    return JSON.parse(out).roles.filter((r: { office: string }) => r.office === 'President of the United States').map((r: { status: string }) => r.status);
  };
  assert.ok((await status('2023-06-15')).includes('former'));
  assert.ok(!(await status('2023-06-15')).includes('current'));
  assert.ok((await status('2025-03-18')).includes('current'));
});

test('kb readable table names the holder', async () => {
  const { out } = await capture(['who', 'the French president', '--on', '2019-01-01']);
  assert.match(out, /President of France on 2019-01-01:\n {2}Emmanuel Macron/);
});

test('kb who answers a long-tail post by its label, with each holder\'s country', async () => {
  const { out } = await capture(['who', 'Chief Minister of Himachal Pradesh', '--on', '2020-05-01']);
  assert.match(out, /Chief Minister of Himachal Pradesh on 2020-05-01:\n {2}Jai Ram Thakur \(Q\d+\) {2}IND {2}2017-12-27/);
});

test('kb who on a title several countries share asks for the country', async () => {
  await assert.rejects(command.run(['who', 'foreign minister', '--on', '2022-01-01']), (e: unknown) => e instanceof ParleyError && e.code === 'KB_UNKNOWN' && /country/.test(e.hint));
});

test('unknown titles and bad dates are ParleyErrors', async () => {
  await assert.rejects(command.run(['who', 'Grand Vizier of Atlantis', '--on', '2019-01-01']), (e: unknown) => e instanceof ParleyError && e.code === 'KB_UNKNOWN');
  await assert.rejects(command.run(['roles', 'Nobody Anybody', '--on', '2019-01-01']), (e: unknown) => e instanceof ParleyError && e.code === 'KB_UNKNOWN');
  await assert.rejects(command.run(['who', 'German Chancellor', '--on', '2019-02-30']), (e: unknown) => e instanceof ParleyError && e.code === 'DATE_INVALID');
});

test('kb resolve labels the office as held on the date (former when out of office)', async () => {
  const out2023 = await capture(['resolve', 'Trump', '--on', '2023-01-01']);
  assert.equal(out2023.code, 0);
  assert.match(out2023.out, /USA ELI person Donald Trump \(former President of the United States\)/);
  const out2025 = await capture(['resolve', 'Trump', '--on', '2025-03-01']);
  assert.match(out2025.out, /USA GOV person Donald Trump \(President of the United States\)/);
  assert.doesNotMatch(out2025.out, /former/);
});

test('kb who accepts canonical office labels and country short names', async () => {
  const r = await capture(['who', 'President of the European Commission', '--on', '2020-01-01', '--json']);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out).holders.map((h: { person: string }) => h.person), ['Ursula von der Leyen']);
  const t = await capture(['resolve', 'Turkey', '--on', '2023-01-01']);
  assert.match(t.out, /TUR country/);
});
