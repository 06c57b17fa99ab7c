import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';

describe('API: authentication, connections and settings', () => {
  let app: FastifyInstance;
  let key: string;
  let tenantId: string;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    // Connecting a panel starts its ticket poller, so this app talks to a real Temporal.
    app = await buildTestApp({ temporal: (await devServerEnv()).client });
    ({ apiKey: key, tenantId } = await newTenant((await testDatabase()).sql, 'conn'));
  });
  after(() => app.close());

  it('refuses calls without a key or with an unknown key', async () => {
    const none = await app.inject({ method: 'GET', url: '/v1/settings' });
    assert.equal(none.statusCode, 401);
    assert.match(none.json().message, /Bearer/);
    const wrong = await app.inject({ method: 'GET', url: '/v1/settings', headers: bearer('sai_nope') });
    assert.equal(wrong.statusCode, 401);
  });

  it('connects a panel, keeps its key encrypted and never shows it back', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/v1/panel',
      headers: bearer(key),
      payload: { type: 'perfectpanel', url: 'https://panel.example/', apiKey: 'very-secret-panel-key' },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { type: 'perfectpanel', url: 'https://panel.example/', apiKeySet: true });
    const { sql } = await testDatabase();
    const [row] = await sql<{ api_key_enc: string }[]>`select api_key_enc from tenant_panels where tenant_id = ${tenantId}`;
    assert.ok(row && !row.api_key_enc.includes('very-secret-panel-key'), 'stored sealed');
    const get = await app.inject({ method: 'GET', url: '/v1/panel', headers: bearer(key) });
    assert.ok(!get.body.includes('very-secret-panel-key'));
  });

  it('names the field and the reason when a connection is invalid, and changes nothing', async () => {
    const res = await app.inject({ method: 'PUT', url: '/v1/panel', headers: bearer(key), payload: { type: 'perfectpanel', url: 'not a url', apiKey: '' } });
    assert.equal(res.statusCode, 400);
    const fields = res.json().issues.map((i: { field: string }) => i.field).sort();
    assert.deepEqual(fields, ['apiKey', 'url']);
    const get = await app.inject({ method: 'GET', url: '/v1/panel', headers: bearer(key) });
    assert.equal(get.json().url, 'https://panel.example/', 'the earlier panel is untouched');
  });

  it('requires the dispatch channel\'s details for a provider', async () => {
    const bad = await app.inject({ method: 'PUT', url: '/v1/providers/prov-a', headers: bearer(key), payload: { dispatch: 'api' } });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().issues.map((i: { field: string }) => i.field), ['api']);
    const ok = await app.inject({ method: 'PUT', url: '/v1/providers/prov-a', headers: bearer(key), payload: { dispatch: 'api', api: { url: 'http://127.0.0.1:9/api/v2', key: 'prov-secret' } } });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json().api, { url: 'http://127.0.0.1:9/api/v2', keySet: true });
    const missing = await app.inject({ method: 'GET', url: '/v1/providers/nobody', headers: bearer(key) });
    assert.equal(missing.statusCode, 404);
  });

  it('validates the count source template', async () => {
    const bad = await app.inject({ method: 'PUT', url: '/v1/count-source', headers: bearer(key), payload: { urlTemplate: 'http://127.0.0.1:9/count', countPath: 'count' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().issues[0].message, /\{link\}/);
  });

  it('patches settings, filling defaults, and rejects unknown or mistyped keys', async () => {
    const first = await app.inject({ method: 'GET', url: '/v1/settings', headers: bearer(key) });
    assert.equal(first.json().trackingIntervalSeconds, 21600);
    assert.equal(first.json().maxFollowUps, 3);
    const patched = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: bearer(key), payload: { minDrop: 50, replyLanguage: 'customer' } });
    assert.equal(patched.statusCode, 200);
    assert.equal(patched.json().minDrop, 50);
    assert.equal(patched.json().replyLanguage, 'customer');
    assert.equal(patched.json().followUpAfterSeconds, 86400, 'untouched values keep their defaults');
    const typo = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: bearer(key), payload: { minDorp: 5 } });
    assert.equal(typo.statusCode, 400);
    const wrongType = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: bearer(key), payload: { maxFollowUps: 'three' } });
    assert.equal(wrongType.statusCode, 400);
    assert.equal(wrongType.json().issues[0].field, 'maxFollowUps');
    const after = await app.inject({ method: 'GET', url: '/v1/settings', headers: bearer(key) });
    assert.equal(after.json().minDrop, 50, 'a refused PATCH changed nothing');
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const malformed = await app.inject({ method: 'PATCH', url: '/v1/settings', headers: { ...bearer(key), 'content-type': 'application/json' }, payload: '{"minDrop": ' });
    assert.equal(malformed.statusCode, 400);
    const small = await buildTestApp({ bodyLimit: 2048 });
    const huge = await small.inject({ method: 'PATCH', url: '/v1/settings', headers: { ...bearer(key), 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'a'.repeat(10_000) }) });
    assert.equal(huge.statusCode, 413);
    await small.close();
  });

  it('serves Swagger UI and an OpenAPI document listing the routes', async () => {
    const doc = await app.inject({ method: 'GET', url: '/docs/json' });
    assert.equal(doc.statusCode, 200);
    const paths = Object.keys(doc.json().paths);
    for (const p of ['/health', '/v1/panel', '/v1/providers/{name}', '/v1/tickets', '/v1/conversations/{id}', '/v1/requests/{id}', '/v1/settings']) {
      assert.ok(paths.includes(p), `${p} documented`);
    }
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(ui.statusCode, 200);
    assert.match(ui.body, /swagger/i);
  });

  it('reports /health as ok, and as degraded when Temporal cannot be reached', async () => {
    const ok = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(ok.statusCode, 200);
    const cut = await buildTestApp();
    const res = await cut.inject({ method: 'GET', url: '/health' });
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json(), { status: 'degraded', database: 'ok', temporal: 'unreachable' });
    await cut.close();
  });

  it('keeps a connected panel when ticket polling cannot start, and says so with 503', async () => {
    const cut = await buildTestApp();
    const res = await cut.inject({ method: 'PUT', url: '/v1/panel', headers: bearer(key), payload: { type: 'perfectpanel', url: 'https://other-panel.example/', apiKey: 'k2' } });
    assert.equal(res.statusCode, 503);
    assert.match(res.json().message, /send the same request again/);
    await cut.close();
  });
});
