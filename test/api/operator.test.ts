// The operator's calls: creating a tenant without touching the database, answered only to the
// operator key, checked before the body (the codec endpoint: codec.test.ts).
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { bearer, buildTestApp } from '../helpers/api.js';

const OPERATOR_KEY = 'operator-key-for-this-test-0123456789';

describe('API: operator calls', () => {
  let app: FastifyInstance;
  let closed: FastifyInstance;
  before(async () => {
    app = await buildTestApp({ operator: { apiKey: OPERATOR_KEY, codec: null, codecCorsOrigin: null } });
    closed = await buildTestApp();
  });
  after(async () => {
    await app.close();
    await closed.close();
  });

  it('creates a tenant whose key then works on the tenant API', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/operator/tenants', headers: bearer(OPERATOR_KEY), payload: { name: 'New Shop' } });
    assert.equal(res.statusCode, 201);
    const { apiKey, name } = res.json();
    assert.equal(name, 'New Shop');
    const settings = await app.inject({ method: 'GET', url: '/v1/settings', headers: bearer(apiKey) });
    assert.equal(settings.statusCode, 200);
  });

  it('refuses a wrong key before looking at the body, and is absent without an operator key', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/v1/operator/tenants', headers: bearer('nope'), payload: { bogus: 1 } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().issues, undefined, 'no field rules revealed');
    const tenantKey = await app.inject({ method: 'POST', url: '/v1/operator/tenants', payload: { name: 'x' } });
    assert.equal(tenantKey.statusCode, 401);
    const off = await closed.inject({ method: 'POST', url: '/v1/operator/tenants', headers: bearer(OPERATOR_KEY), payload: { name: 'x' } });
    assert.equal(off.statusCode, 404);
  });
});

describe('API: failed authentication is rate limited', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp();
  });
  after(() => app.close());

  it('answers 429 after repeated wrong keys, and 401 with field rules hidden before that', async () => {
    const first = await app.inject({ method: 'POST', url: '/v1/tickets', headers: bearer('sai_wrong'), payload: { nonsense: true } });
    assert.equal(first.statusCode, 401, 'authentication comes before body validation');
    assert.equal(first.json().issues, undefined);
    let last = first.statusCode;
    for (let i = 0; i < 25 && last !== 429; i++) {
      last = (await app.inject({ method: 'GET', url: '/v1/settings', headers: bearer(`sai_guess_${i}`) })).statusCode;
    }
    assert.equal(last, 429);
  });
});

describe('API: public webhooks are rate limited per address', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp({ webhookRatePerMinute: 5 });
  });
  after(() => app.close());

  it('answers 429 once an address exceeds its webhook calls, and tenant routes are unaffected', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/telegram/some-tenant/webhook', payload: { update_id: i } })).statusCode);
    }
    assert.ok(codes.slice(0, 5).every((c) => c !== 429), `first calls pass to the secret check: ${codes.join(',')}`);
    assert.deepEqual(codes.slice(5), [429, 429]);
    const other = await app.inject({ method: 'GET', url: '/livez' });
    assert.equal(other.statusCode, 200);
  });
});
