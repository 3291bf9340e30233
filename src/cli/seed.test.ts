/**
 * Issue 2's end-to-end check on the seed article (../shared/seeds/seed-article.txt): `parley analyze --json`
 * finds the Trump-Putin phone consultation, Russia's 30-day pledge on energy infrastructure and Russia's demand
 * that arms and intelligence sharing with Ukraine halt, each with its source words; the output validates.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { analysisSchema } from '../services/analysis.schema.js';
import { sharedSeedPath, SHARED_MISSING } from '../testing/shared-data.js';

const seed = sharedSeedPath();

test('the seed article yields the call, the pledge and the demand, with their source words', { skip: seed ? false : SHARED_MISSING }, () => {
  const r = spawnSync(process.execPath, [packagePath('bin', 'parley.js'), 'analyze', seed!, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const a = analysisSchema.parse(JSON.parse(r.stdout));
  const codes = (xs: { code: string }[]) => new Set(xs.map((x) => x.code));

  const call = a.events.find((e) => e.type === 'CONSULT' && e.cameo.startsWith('04') &&
    ((codes(e.actor).has('USA') && codes(e.recipient).has('RUS')) || (codes(e.actor).has('RUS') && codes(e.recipient).has('USA'))));
  assert.ok(call, 'a CONSULT event between USA and RUS');
  assert.match(call.evidence.text, /Trump/);
  assert.match(call.evidence.text, /Putin/);

  const pledge = a.commitments.find((c) => c.kind === 'pledge' && codes(c.by).has('RUS'));
  assert.ok(pledge, 'a pledge by Russia');
  assert.equal(pledge.refrain, true);
  assert.equal(pledge.action, 'ASSAULT');
  assert.match(pledge.scope ?? '', /energy infrastructure/);
  assert.equal(pledge.durationDays, 30);
  assert.ok(pledge.evidence.some((e) => /refrain from attacks on Ukraine’s energy infrastructure for 30 days/.test(e.text)));

  const demand = a.commitments.find((c) => c.kind === 'demand' && codes(c.by).has('RUS'));
  assert.ok(demand, 'a demand by Russia');
  assert.ok(demand.evidence.some((e) => /halt to arms and intelligence sharing/.test(e.text)), JSON.stringify(demand.evidence));
});
