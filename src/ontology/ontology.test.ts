/**
 * The ontology data: official Goldstein values and quad classes, the PLOVER crosswalk, and that every code
 * the trigger lexicon and the crosswalk name exists in the CAMEO table.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { cameo, cameoFor, ontology, ploverOf, ploverType, ploverTypes } from './index.js';

test('CAMEO codes carry the official Goldstein value and quad class', () => {
  assert.deepEqual(cameo('041'), { code: '041', name: 'Discuss by telephone', goldstein: 1, quad: 1, root: '04' });
  assert.equal(cameo('016')?.goldstein, -2);
  assert.equal(cameo('018')?.goldstein, 3.4);
  assert.equal(cameo('163')?.quad, 4);
  assert.equal(cameo('999'), undefined);
  assert.equal(ontology().cameo.size, 311);
});

test('the crosswalk maps CAMEO to PLOVER by longest prefix', () => {
  assert.deepEqual(ploverOf('041'), { type: 'CONSULT', mode: 'phone' });
  assert.deepEqual(ploverOf('0356'), { type: 'CONCEDE', mode: null }, 'a promise to yield is a verbal concession (current PLOVER manual)');
  assert.deepEqual(ploverOf('0331'), { type: 'AGREE', mode: null });
  assert.deepEqual(ploverOf('1712'), { type: 'ASSAULT', mode: 'destroy' }, 'destroying property is an ASSAULT mode in the current manual (0.5b1 had it under COERCE)');
  assert.equal(cameoFor('ASSAULT', 'destroy'), '1712', 'the crosswalk goes both ways');
  assert.deepEqual(ploverOf('036'), { type: 'AGREE', mode: null });
  assert.deepEqual(ploverOf('1384'), { type: 'THREATEN', mode: 'violence' });
  assert.equal(ploverOf('010'), null);
  assert.equal(cameoFor('ASSAULT', 'drone'), '195');
  assert.equal(cameoFor('REQUEST'), '100');
});

test('16 PLOVER types with their modes', () => {
  assert.equal(ploverTypes().length, 16);
  assert.ok(ploverType('CONSULT')?.modes.includes('phone'));
  assert.equal(ploverType('AID')?.requiresRecipient, true);
});

test('every code named by the crosswalk and the trigger lexicon exists', () => {
  const crosswalk = JSON.parse(readFileSync(packagePath('src', 'ontology', 'data', 'plover-cameo.json'), 'utf8')) as { toPlover: Record<string, string | null>; defaults: Record<string, string> };
  for (const code of [...Object.keys(crosswalk.toPlover), ...Object.values(crosswalk.defaults)]) assert.ok(cameo(code), `unknown CAMEO code ${code}`);
  for (const v of [...Object.values(crosswalk.toPlover), ...Object.keys(crosswalk.defaults)]) {
    if (!v) continue;
    const [type, mode] = v.split('/');
    assert.ok(ploverType(type!), `unknown PLOVER type ${type}`);
    if (mode) assert.ok(ploverType(type!)!.modes.includes(mode), `unknown mode ${v}`);
  }
  const lexicon = readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'triggers.txt'), 'utf8');
  for (const line of lexicon.split('\n')) {
    const m = /^=?\s*(\d{2,4})\s*(\S*)\s*:/.exec(line);
    if (!m) continue;
    assert.ok(cameo(m[1]!), `triggers.txt names unknown CAMEO code ${m[1]}`);
    if (m[2]) {
      const [type, mode] = m[2].split('/');
      assert.ok(ploverType(type!)?.modes.includes(mode!), `triggers.txt names unknown PLOVER mode ${m[2]}`);
    }
  }
});
