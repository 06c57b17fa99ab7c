// A tenant cannot point the service at addresses inside its own network: refused when saved,
// with a 400 naming the field, and nothing stored.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { setTenantUrlPolicy } from '../../infra/net/tenant-http.js';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testDatabase } from '../helpers/database.js';

describe('API: tenant URLs inside the network are refused', () => {
  let app: FastifyInstance;
  let key: string;

  before(async () => {
    app = await buildTestApp();
    ({ apiKey: key } = await newTenant((await testDatabase()).sql, 'ssrf'));
  });
  beforeEach(() => setTenantUrlPolicy({ allowPrivate: false, allowLoopback: false }));
  after(async () => {
    setTenantUrlPolicy({ allowPrivate: false, allowLoopback: true });
    await app.close();
  });

  const internal = [
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/',
    'http://localhost:9000/', // a name resolving to 127.0.0.1
    'http://2130706433/', // 127.0.0.1 written as one number
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
  ];

  for (const url of internal) {
    it(`a panel at ${url} → 400 naming "url", nothing saved`, async () => {
      const res = await app.inject({ method: 'PUT', url: '/v1/panel', headers: bearer(key), payload: { type: 'perfectpanel', url, apiKey: 'k' } });
      assert.equal(res.statusCode, 400, res.body);
      assert.deepEqual(res.json().issues.map((i: { field: string }) => i.field), ['url']);
      assert.match(res.json().issues[0].message, /loopback|private/);
      const get = await app.inject({ method: 'GET', url: '/v1/panel', headers: bearer(key) });
      assert.equal(get.statusCode, 404, 'no panel was stored');
    });
  }

  it('a provider API and a count source inside the network are refused by field', async () => {
    const provider = await app.inject({
      method: 'PUT', url: '/v1/providers/prov-a', headers: bearer(key),
      payload: { dispatch: 'api', api: { url: 'http://192.168.1.10/api/v2', key: 'k' } },
    });
    assert.equal(provider.statusCode, 400);
    assert.equal(provider.json().issues[0].field, 'api.url');
    assert.equal((await app.inject({ method: 'GET', url: '/v1/providers/prov-a', headers: bearer(key) })).statusCode, 404);
    const count = await app.inject({
      method: 'PUT', url: '/v1/count-source', headers: bearer(key),
      payload: { urlTemplate: 'http://127.0.0.1:8080/count?link={link}', countPath: 'count' },
    });
    assert.equal(count.statusCode, 400);
    assert.equal(count.json().issues[0].field, 'urlTemplate');
  });

  it('with loopback allowed by the operator, loopback passes and private ranges still do not', async () => {
    setTenantUrlPolicy({ allowPrivate: false, allowLoopback: true });
    const count = await app.inject({
      method: 'PUT', url: '/v1/count-source', headers: bearer(key),
      payload: { urlTemplate: 'http://127.0.0.1:8080/count?link={link}', countPath: 'count' },
    });
    assert.equal(count.statusCode, 200);
    const provider = await app.inject({
      method: 'PUT', url: '/v1/providers/prov-b', headers: bearer(key),
      payload: { dispatch: 'api', api: { url: 'http://10.1.2.3/api/v2', key: 'k' } },
    });
    assert.equal(provider.statusCode, 400);
  });
});
