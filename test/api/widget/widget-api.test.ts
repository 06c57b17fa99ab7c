// The widget's calls as a panel's page makes them: only allowed origins, only signed
// customers are verified, anonymous visitors get knowledge-base answers and how to log in,
// attachments are checked on their bytes. No Temporal here: the anonymous path never reaches a workflow.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bearer, buildTestApp } from '../../helpers/api.js';
import { newTenant, testDatabase } from '../../helpers/database.js';
import { signCustomer } from '../../../api/widget/identity.js';

const ORIGIN = 'https://panel.example';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4360000000049454e44ae426082', 'hex');

describe('web chat widget API', function () {
  let app: FastifyInstance;
  let apiKey: string;
  let widgetId: string;
  let secret: string;
  const visitor = 'visitor-0123456789abcdef';

  before(async () => {
    const { sql } = await testDatabase();
    ({ apiKey } = await newTenant(sql, 'widget'));
    app = await buildTestApp();
  });
  after(() => app.close());

  it('PUT /v1/channels/widget gives the snippet, and keeps ID and secret when origins change', async () => {
    const res = await app.inject({ method: 'PUT', url: '/v1/channels/widget', headers: bearer(apiKey), payload: { allowedOrigins: [`${ORIGIN}/some/page`] } });
    assert.equal(res.statusCode, 200);
    const body = res.json<{ widgetId: string; secret: string; snippet: string; allowedOrigins: string[] }>();
    assert.deepEqual(body.allowedOrigins, [ORIGIN]);
    assert.match(body.snippet, new RegExp(`<script src="http://localhost(:\\d+)?/widget/v1/widget.js" data-widget-id="${body.widgetId}" async></script>`));
    ({ widgetId, secret } = body);
    const again = await app.inject({ method: 'PUT', url: '/v1/channels/widget', headers: bearer(apiKey), payload: { allowedOrigins: [ORIGIN, 'https://other.example'] } });
    assert.equal(again.json<{ widgetId: string }>().widgetId, widgetId);
    assert.equal(again.json<{ secret: string }>().secret, secret);
  });

  it('refuses a bad origin list with the field named', async () => {
    const res = await app.inject({ method: 'PUT', url: '/v1/channels/widget', headers: bearer(apiKey), payload: { allowedOrigins: ['not a url'] } });
    assert.equal(res.statusCode, 400);
    assert.match(JSON.stringify(res.json()), /allowedOrigins/);
  });

  it('refuses calls and preflights from origins the owner did not allow', async () => {
    const res = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}`, headers: { origin: 'https://evil.example' } });
    assert.equal(res.statusCode, 403);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    const pre = await app.inject({ method: 'OPTIONS', url: `/widget/v1/${widgetId}/messages`, headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(pre.statusCode, 403);
    const ok = await app.inject({ method: 'OPTIONS', url: `/widget/v1/${widgetId}/messages`, headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });
    assert.equal(ok.statusCode, 204);
    assert.equal(ok.headers['access-control-allow-origin'], ORIGIN);
  });

  it('refuses a forged customer signature, and accepts the HMAC and an HS256 JWT', async () => {
    const forged = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}&customer=alice&signature=${'0'.repeat(64)}`, headers: { origin: ORIGIN } });
    assert.equal(forged.statusCode, 401);
    assert.match(forged.json<{ message: string }>().message, /signature/);

    const signed = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}&customer=alice&signature=${signCustomer(secret, 'alice')}`, headers: { origin: ORIGIN } });
    assert.equal(signed.statusCode, 200);
    assert.deepEqual(signed.json<object>(), { verified: true, customer: 'alice', items: [] });

    const jwt = hs256(secret, { sub: 'bob', exp: Math.floor(Date.now() / 1000) + 600 });
    const viaJwt = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}&token=${jwt}`, headers: { origin: ORIGIN } });
    assert.equal(viaJwt.json<{ customer: string }>().customer, 'bob');
    const expired = hs256(secret, { sub: 'bob', exp: Math.floor(Date.now() / 1000) - 1 });
    const late = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}&token=${expired}`, headers: { origin: ORIGIN } });
    assert.equal(late.statusCode, 401);
    assert.match(late.json<{ message: string }>().message, /expired/);
  });

  it('answers an anonymous visitor with how to log in, in the browser language, once per message', async () => {
    const send = () => app.inject({
      method: 'POST', url: `/widget/v1/${widgetId}/messages?visitor=${visitor}`, headers: { origin: ORIGIN },
      payload: { clientId: 'msg-anon-0001', text: 'refill 1001', language: 'ru-RU' },
    });
    assert.equal((await send()).statusCode, 202);
    assert.equal((await send()).statusCode, 202, 'a retried send is accepted');
    const thread = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${visitor}`, headers: { origin: ORIGIN } });
    const items = thread.json<{ verified: boolean; items: Array<{ author: string; text: string }> }>();
    assert.equal(items.verified, false);
    assert.deepEqual(items.items.map((i) => i.author), ['customer', 'agent'], 'stored and answered once');
    assert.match(items.items[1]!.text, /войдите/);
  });

  it('answers an anonymous visitor\'s question from the knowledge base, citing the article, and keeps the login hint', async () => {
    const added = await app.inject({
      method: 'POST', url: '/v1/knowledge/articles', headers: bearer(apiKey),
      payload: { title: 'Paying with USDT', body: 'We accept USDT on the TRC-20 network: open Add funds, choose USDT and send the amount shown.', language: 'en' },
    });
    assert.equal(added.statusCode, 201, added.body);
    const kbVisitor = 'visitor-knowledge-000001';
    const ask = (clientId: string, text: string) => app.inject({
      method: 'POST', url: `/widget/v1/${widgetId}/messages?visitor=${kbVisitor}`, headers: { origin: ORIGIN },
      payload: { clientId, text, language: 'en-GB' },
    });
    assert.equal((await ask('msg-kb-00000001', 'how can I pay with USDT?')).statusCode, 202);
    assert.equal((await ask('msg-kb-00000002', 'can you design a logo for my shop?')).statusCode, 202);
    const thread = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/thread?visitor=${kbVisitor}`, headers: { origin: ORIGIN } });
    const answers = thread.json<{ items: Array<{ author: string; text: string }> }>().items.filter((i) => i.author === 'agent');
    assert.equal(answers.length, 2);
    assert.match(answers[0]!.text, /^Paying with USDT\n/, 'the article is cited by its title');
    assert.match(answers[0]!.text, /TRC-20/);
    assert.match(answers[0]!.text, /please log in/, 'the login hint stays');
    assert.doesNotMatch(answers[1]!.text, /TRC-20/, 'no article covers a logo: the hint alone');
    assert.match(answers[1]!.text, /please log in/);
    const { sql } = await testDatabase();
    const [conversation] = await sql`select 1 from conversations where id = ${`anon-${kbVisitor}`}`;
    assert.equal(conversation, undefined, 'nothing reached a conversation, so no order was read');
  });

  it('stores an image checked by its bytes and refuses other files', async () => {
    const up = await app.inject({ method: 'POST', url: `/widget/v1/${widgetId}/attachments?visitor=${visitor}`, headers: { origin: ORIGIN, 'content-type': 'image/png' }, payload: PNG });
    assert.equal(up.statusCode, 201);
    const { id } = up.json<{ id: string }>();
    const back = await app.inject({ method: 'GET', url: `/widget/v1/${widgetId}/attachments/${id}` });
    assert.equal(back.headers['content-type'], 'image/png');
    assert.deepEqual(back.rawPayload, PNG);

    const phonePhoto = await app.inject({ method: 'POST', url: `/widget/v1/${widgetId}/attachments?visitor=${visitor}`, headers: { origin: ORIGIN, 'content-type': 'image/png' }, payload: Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]) });
    assert.equal(phonePhoto.statusCode, 201, 'a 2 MB screenshot fits, above the API\'s usual 1 MB body limit');

    const fake = await app.inject({ method: 'POST', url: `/widget/v1/${widgetId}/attachments?visitor=${visitor}`, headers: { origin: ORIGIN, 'content-type': 'image/png' }, payload: Buffer.from('<script>alert(1)</script>') });
    assert.equal(fake.statusCode, 415);
    const huge = await app.inject({ method: 'POST', url: `/widget/v1/${widgetId}/attachments?visitor=${visitor}`, headers: { origin: ORIGIN, 'content-type': 'image/png' }, payload: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) });
    assert.equal(huge.statusCode, 413);
  });

  it('refuses an attachment of another chat', async () => {
    const up = await app.inject({ method: 'POST', url: `/widget/v1/${widgetId}/attachments?visitor=${visitor}`, headers: { origin: ORIGIN, 'content-type': 'image/png' }, payload: PNG });
    const other = 'visitor-fedcba9876543210';
    const res = await app.inject({
      method: 'POST', url: `/widget/v1/${widgetId}/messages?visitor=${other}`, headers: { origin: ORIGIN },
      payload: { clientId: 'msg-anon-0002', text: 'look', attachmentId: up.json<{ id: string }>().id },
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.json<{ message: string }>().message, /attachmentId/);
  });
});

function hs256(secret: string, payload: object): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
