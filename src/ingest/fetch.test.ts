/**
 * Bounded, SSRF-safe fetching against a local server: private/loopback/link-local/metadata addresses are
 * refused (literal, after DNS resolution, and on redirects) unless allow-listed; size, type, status,
 * redirect and time limits hold.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ParleyError } from '../core/errors.js';
import { fetchBounded, refusedAddressReason } from './fetch.js';
import { startFixtureServer, type FixtureServer } from './testdata/server.js';

let server: FixtureServer;
const allow = { allowHosts: ['127.0.0.1'] };
before(async () => {
  server = await startFixtureServer({
    '/to-metadata': (_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-localhost': (_q, res) => res.writeHead(301, { location: server.url('/rss.xml').replace('127.0.0.1', 'localhost') }).end(),
    '/to-self': (_q, res) => res.writeHead(302, { location: '/rss.xml' }).end(),
    '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/big': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>' + 'x'.repeat(5000) + '</p>'),
    '/image': (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('png'),
    '/slow': () => undefined,
  });
});
after(() => server.close());

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof ParleyError, String(err));
    return err.code;
  }
}

test('address ranges: only public unicast addresses pass', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1']) {
    assert.notEqual(refusedAddressReason(a), null, a);
  }
  assert.equal(refusedAddressReason('8.8.8.8'), null);
  assert.equal(refusedAddressReason('2a00:1450:4001:80b::200e'), null);
});

test('loopback is refused by default and allowed by the allow-list', async () => {
  assert.equal(await code(fetchBounded(server.url('/rss.xml'))), 'FETCH_FORBIDDEN_ADDRESS');
  const res = await fetchBounded(server.url('/rss.xml'), allow);
  assert.equal(res.status, 200);
  assert.match(res.body, /Harbour Times World/);
});

test('a host name is checked on the addresses DNS returns', async () => {
  const viaName = server.url('/rss.xml').replace('127.0.0.1', 'localhost');
  assert.equal(await code(fetchBounded(viaName, allow)), 'FETCH_FORBIDDEN_ADDRESS');
  assert.equal(await code(fetchBounded(viaName, { allowHosts: ['localhost'] })), 'ok');
});

test('every redirect is checked again', async () => {
  assert.equal(await code(fetchBounded(server.url('/to-metadata'), allow)), 'FETCH_FORBIDDEN_ADDRESS');
  assert.equal(await code(fetchBounded(server.url('/to-localhost'), allow)), 'FETCH_FORBIDDEN_ADDRESS');
  const res = await fetchBounded(server.url('/to-self'), allow);
  assert.equal(res.finalUrl, server.url('/rss.xml'));
  assert.equal(await code(fetchBounded(server.url('/loop'), { ...allow, maxRedirects: 3 })), 'FETCH_TOO_MANY_REDIRECTS');
});

test('size, content type, status, scheme and time are bounded', async () => {
  assert.equal(await code(fetchBounded(server.url('/big'), { ...allow, maxBytes: 1000 })), 'FETCH_TOO_LARGE');
  assert.equal(await code(fetchBounded(server.url('/image'), allow)), 'FETCH_BAD_TYPE');
  assert.equal(await code(fetchBounded(server.url('/missing.xml'), allow)), 'FETCH_BAD_STATUS');
  assert.equal(await code(fetchBounded('file:///etc/passwd', allow)), 'FETCH_FORBIDDEN_ADDRESS');
  assert.equal(await code(fetchBounded(server.url('/slow'), { ...allow, timeoutMs: 150 })), 'FETCH_TIMEOUT');
});
