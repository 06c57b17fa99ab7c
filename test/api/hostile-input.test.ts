// Text PostgreSQL cannot store (NUL, lone surrogates), oversized bodies and credentials in
// URLs, at every API entry: each ends in a 4xx naming the field, and nothing is written.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';
import { savePanel, saveProvider } from '../../infra/tenants/connections.js';
import type { Sql } from '../../infra/db/database.js';

const NUL = '\u0000';
const LONE = '\uD800';

describe('API: hostile input at every entry', () => {
  let app: FastifyInstance;
  let sql: Sql;
  let key: string;
  let tenantId: string;

  before(async () => {
    ({ sql } = await testDatabase());
    app = await buildTestApp();
    ({ apiKey: key, tenantId } = await newTenant(sql, 'hostile'));
  });
  after(() => app.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: bearer(key), ...(payload === undefined ? {} : { payload: payload as object }) });

  function refused(res: LightMyRequestResponse, field: string, reason: RegExp): void {
    assert.equal(res.statusCode, 400, res.body);
    const issue = (res.json().issues as Array<{ field: string; message: string }>).find((i) => i.field === field);
    assert.ok(issue, `an issue names ${field}: ${res.body}`);
    assert.match(issue.message, reason);
  }

  it('a ticket with NUL or a lone surrogate in any text field is refused with the field named, and opens no conversation', async () => {
    refused(await call('POST', '/v1/tickets', { customer: 'alice', text: `refill 1001${NUL}` }), 'text', /NUL/);
    refused(await call('POST', '/v1/tickets', { customer: `al${NUL}ice`, text: 'refill 1001' }), 'customer', /NUL/);
    refused(await call('POST', '/v1/tickets', { customer: 'alice', text: `refill 1001 ${LONE}` }), 'text', /surrogate/);
    refused(await call('POST', '/v1/tickets', { customer: 'alice', text: 'refill 1001', conversationId: `c${NUL}` }), 'conversationId', /NUL/);
    refused(await call('POST', '/v1/tickets', { customer: 'alice', text: 'see', attachments: [{ kind: 'image', name: `a${NUL}.png` }] }), 'attachments.0.name', /NUL/);
    const rows = await sql`select 1 from conversations where tenant_id = ${tenantId}`;
    assert.equal(rows.length, 0, 'nothing was written');
  });

  it('an over-long text is a 400 naming it, a body over the limit a 413', async () => {
    refused(await call('POST', '/v1/tickets', { customer: 'alice', text: 'x'.repeat(5000) }), 'text', /4000/);
    const huge = await call('POST', '/v1/tickets', { customer: 'alice', text: 'refill 1001 '.repeat(100_000) });
    assert.equal(huge.statusCode, 413);
  });

  it('NUL in a path or query parameter is a 400 naming it, never a bare 500', async () => {
    refused(await call('GET', `/v1/conversations/abc${encodeURIComponent(NUL)}`), 'params.id', /NUL/);
    refused(await call('GET', `/v1/requests/12${encodeURIComponent(NUL)}`), 'params.id', /NUL/);
    refused(await call('GET', `/v1/requests?orderId=10${encodeURIComponent(NUL)}`), 'querystring.orderId', /NUL/);
    refused(await call('PUT', `/v1/providers/prov${encodeURIComponent(NUL)}`, { dispatch: 'api', api: { url: 'http://127.0.0.1:9/api/v2', key: 'k' } }), 'params.name', /NUL/);
    refused(await call('POST', `/v1/providers/prov${encodeURIComponent(NUL)}/replies`, { text: 'done', replyId: 'r1' }), 'params.name', /NUL/);
    const hook = await app.inject({ method: 'POST', url: `/telegram/t${encodeURIComponent(NUL)}/webhook`, payload: { update_id: 1 } });
    assert.equal(hook.statusCode, 400, hook.body);
  });

  it('staff messages, provider replies, simulate input, link customers and setting keys with NUL are refused', async () => {
    refused(await call('POST', '/v1/escalations/1/decision', { action: 'reply', message: `we refilled it${NUL}` }), 'message', /NUL/);
    await saveProvider(sql, testBox, tenantId, { name: 'prov-a', dispatch: 'api', api: { url: 'http://127.0.0.1:9/api/v2', key: 'k' }, telegramChatId: null });
    refused(await call('POST', '/v1/providers/prov-a/replies', { text: `done${NUL}`, replyId: 'r1', externalOrderId: '88123' }), 'text', /NUL/);
    refused(await call('POST', '/v1/providers/prov-a/replies', { text: 'done', replyId: `r${LONE}`, externalOrderId: '88123' }), 'replyId', /surrogate/);
    refused(await call('POST', '/v1/channels/telegram/link', { customer: `bob${NUL}` }), 'customer', /NUL/);
    refused(await call('PATCH', '/v1/settings', { refillDaysOverride: { [`12${NUL}`]: 30 } }), 'refillDaysOverride."12"', /key .*NUL/);
    const sim = await call('POST', '/v1/simulate', { message: `refill 1001${NUL}`, orders: [] });
    assert.equal(sim.statusCode, 400, sim.body);
    const stored = await sql`select 1 from provider_messages where tenant_id = ${tenantId}`;
    assert.equal(stored.length, 0, 'no provider reply was recorded');
  });

  it('a provider reply for a provider the tenant never connected is 404', async () => {
    const res = await call('POST', '/v1/providers/never-configured/replies', { text: 'refill done', replyId: 'r-unknown', externalOrderId: '88123' });
    assert.equal(res.statusCode, 404, res.body);
    assert.match(res.json().message, /never-configured/);
    const stored = await sql`select 1 from provider_messages where tenant_id = ${tenantId} and provider = 'never-configured'`;
    assert.equal(stored.length, 0);
  });

  it('URLs carrying credentials are refused with the field named; a stored one is never shown back', async () => {
    const creds = /credentials/;
    refused(await call('PUT', '/v1/panel', { type: 'perfectpanel', url: 'https://admin:hunter2@panel.example/', apiKey: 'k' }), 'url', creds);
    refused(await call('PUT', '/v1/providers/prov-b', { dispatch: 'api', api: { url: 'https://u:p@prov.example/api/v2', key: 'k' } }), 'api.url', creds);
    refused(await call('PUT', '/v1/count-source', { urlTemplate: 'https://u:secretpw@count.example/?link={link}', countPath: 'count' }), 'urlTemplate', creds);
    assert.equal((await call('GET', '/v1/providers/prov-b')).statusCode, 404, 'the refused provider was not saved');

    // Saved by an earlier version that did not refuse them.
    await savePanel(sql, testBox, tenantId, { type: 'perfectpanel', url: 'https://admin:hunter2@panel.example/api', apiKey: 'k' });
    const panel = await call('GET', '/v1/panel');
    assert.equal(panel.statusCode, 200);
    assert.equal(panel.json().url, 'https://panel.example/api');
    assert.ok(!panel.body.includes('hunter2'));
  });
});
