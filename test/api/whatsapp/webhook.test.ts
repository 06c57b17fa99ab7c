// The WhatsApp channel over real HTTP: the API listens on a free port, the simulator plays
// Meta (the handshake, signed deliveries, the Graph API with its 24-hour window), PostgreSQL
// is real and messages are handed to conversation workflows on the Temporal dev server.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Client } from '@temporalio/client';
import { bearer, buildTestApp } from '../../helpers/api.js';
import { newTenant, testBox, testDatabase } from '../../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../../helpers/temporal.js';
import { conversationSeen } from '../../helpers/telegram-bot.js';
import { DEMO_WHATSAPP, startWhatsAppSimulator, type WhatsAppSimulator } from '../../../dev/simulators/whatsapp.js';
import { conversationWorkflowId } from '../../../workflows/definitions.js';
import { createChannelActivities } from '../../../activities/channels.js';
import type { Sql } from '../../../infra/db/database.js';

const CUSTOMER = '4915550001';

describe('WhatsApp channel: set-up, webhook, linking, buttons and the 24-hour window', function () {
  this.timeout(60_000);
  let sql: Sql;
  let client: Client;
  let wa: WhatsAppSimulator;
  let app: FastifyInstance;
  let base: string;
  let shop: { tenantId: string; apiKey: string };

  const connect = { phoneNumberId: DEMO_WHATSAPP.phoneNumberId, accessToken: DEMO_WHATSAPP.accessToken, appSecret: DEMO_WHATSAPP.appSecret, verifyToken: DEMO_WHATSAPP.verifyToken };
  const api = (method: string, path: string, body?: unknown, key = shop.apiKey) =>
    app.inject({ method: method as 'GET', url: path, headers: bearer(key), ...(body === undefined ? {} : { payload: body as object }) });
  const linkToken = async (customer: string) => (await api('POST', '/v1/channels/whatsapp/link', { customer })).json().token as string;
  const conversationOf = async (waId: string) => {
    const [row] = await sql<{ id: string }[]>`select id from conversations where tenant_id = ${shop.tenantId} and channel = 'whatsapp' and external_ref = ${waId}`;
    return row?.id ?? null;
  };
  const seen = async (waId: string) => conversationSeen(client, conversationWorkflowId(shop.tenantId, (await conversationOf(waId))!));

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    ({ sql } = await testDatabase());
    ({ client } = await devServerEnv());
    wa = await startWhatsAppSimulator();
    app = await buildTestApp({ temporal: client, taskQueue: `wa-webhook-${process.pid}`, whatsappApiRoot: wa.apiRoot });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    shop = await newTenant(sql, 'whatsapp');
  });
  after(async () => {
    await app?.close();
    await wa?.close();
  });

  it('PUT /v1/channels/whatsapp checks the number with Meta, seals the secrets and never shows them', async () => {
    const put = await api('PUT', '/v1/channels/whatsapp', connect);
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json(), {
      phoneNumberId: DEMO_WHATSAPP.phoneNumberId,
      displayPhoneNumber: DEMO_WHATSAPP.displayPhoneNumber,
      accessTokenSet: true,
      webhookPath: `/whatsapp/${shop.tenantId}/webhook`,
      webhookUrl: null,
    });
    const got = await api('GET', '/v1/channels/whatsapp');
    assert.equal(got.statusCode, 200);
    assert.doesNotMatch(got.body, new RegExp(`${DEMO_WHATSAPP.accessToken}|${DEMO_WHATSAPP.appSecret}|${DEMO_WHATSAPP.verifyToken}`));
    const [stored] = await sql<{ secret_enc: string }[]>`select secret_enc from tenant_channels where tenant_id = ${shop.tenantId} and kind = 'whatsapp'`;
    assert.ok(stored && !stored.secret_enc.includes(DEMO_WHATSAPP.accessToken), 'the token is sealed at rest');
  });

  it('refuses bad PUT /v1/channels/whatsapp input with 400 naming the field, and changes nothing', async () => {
    const other = await newTenant(sql, 'whatsapp-bad');
    const cases: Array<[unknown, string]> = [
      [{ ...connect, phoneNumberId: '+1 555 0100' }, 'phoneNumberId'],
      [{ ...connect, accessToken: 'short' }, 'accessToken'],
      [{ ...connect, appSecret: undefined }, 'appSecret'],
      [{ ...connect, verifyToken: 'has spaces in it' }, 'verifyToken'],
    ];
    for (const [body, field] of cases) {
      const res = await api('PUT', '/v1/channels/whatsapp', body, other.apiKey);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(res.json().issues.some((i: { field: string }) => i.field === field), `${field} is named: ${res.body}`);
    }
    const refused = await api('PUT', '/v1/channels/whatsapp', { ...connect, accessToken: 'EAAGaTokenMetaHasNeverIssued' }, other.apiKey);
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().issues[0].field, 'accessToken');
    assert.equal((await api('GET', '/v1/channels/whatsapp', undefined, other.apiKey)).statusCode, 404, 'nothing was saved');
    assert.equal((await api('POST', '/v1/channels/whatsapp/link', { customer: 'alice' }, other.apiKey)).statusCode, 409);
  });

  it('answers Meta\'s verification handshake only with the right verify token', async () => {
    const url = `${base}/whatsapp/${shop.tenantId}/webhook`;
    const wrong = await fetch(`${url}?hub.mode=subscribe&hub.verify_token=not-the-token&hub.challenge=12345`);
    assert.equal(wrong.status, 403);
    assert.doesNotMatch(await wrong.text(), /12345/);
    const otherTenant = await fetch(`${base}/whatsapp/no-such-tenant/webhook?hub.mode=subscribe&hub.verify_token=${DEMO_WHATSAPP.verifyToken}&hub.challenge=1`);
    assert.equal(otherTenant.status, 403);
    // The simulator subscribes as Meta does and checks the challenge comes back.
    await wa.subscribe(url, DEMO_WHATSAPP.verifyToken);
  });

  it('refuses a forged or unsigned delivery with 401 and nothing changes', async () => {
    const token = await linkToken('alice');
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ changes: [{ field: 'messages', value: { metadata: { phone_number_id: DEMO_WHATSAPP.phoneNumberId }, messages: [{ from: CUSTOMER, id: 'wamid.FORGED1', timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: `LINK ${token}` } }] } }] }],
    });
    const forged = `sha256=${'0'.repeat(64)}`;
    assert.equal(await wa.deliverRaw(body, forged), 401);
    assert.equal(await wa.deliverRaw(body, null), 401);
    assert.equal(await wa.deliverRaw(body, 'sha1=abc'), 401);
    const [seenRow] = await sql`select 1 from whatsapp_messages_seen where tenant_id = ${shop.tenantId}`;
    assert.equal(seenRow, undefined, 'the message ID was not taken');
    const [linked] = await sql`select 1 from whatsapp_links where tenant_id = ${shop.tenantId}`;
    assert.equal(linked, undefined, 'nobody was linked');
    const [used] = await sql`select 1 from whatsapp_link_tokens where tenant_id = ${shop.tenantId} and used_at is not null`;
    assert.equal(used, undefined, 'the token is still unused');
    assert.equal(wa.sentTo(CUSTOMER).length, 0, 'the number said nothing');
  });

  it('a signed body that is not a webhook payload is 400; a message of an unknown shape is skipped', async () => {
    const sign = (body: string) => `sha256=${createHmac('sha256', DEMO_WHATSAPP.appSecret).update(body).digest('hex')}`;
    assert.equal(await wa.deliverRaw('{"object": "whatsapp_business_account", "entry": ', sign('{"object": "whatsapp_business_account", "entry": ')), 400);
    assert.equal(await wa.deliverRaw('[1, 2, 3]', sign('[1, 2, 3]')), 400);
    const odd = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'messages', value: { messages: [{ from: 'not-a-number', id: 'wamid.ODD', type: 'text' }] } }] }] });
    assert.equal(await wa.deliverRaw(odd, sign(odd)), 200);
    const [seenRow] = await sql`select 1 from whatsapp_messages_seen where tenant_id = ${shop.tenantId}`;
    assert.equal(seenRow, undefined, 'nothing was taken');
  });

  it('an unlinked number is told how to link and nothing reaches a conversation', async () => {
    const d = await wa.sendText('4915550999', 'refill 1001');
    assert.deepEqual(d.statuses, [200]);
    assert.match(wa.sentTo('4915550999').at(-1)?.text ?? '', /open the WhatsApp link on your account page/);
    assert.equal(await conversationOf('4915550999'), null);
  });

  it('links with a signed token and hands a message delivered twice to the conversation once', async () => {
    const token = await linkToken('alice');
    const link = await wa.sendText(CUSTOMER, `LINK ${token}`, { times: 2 });
    assert.deepEqual(link.statuses, [200, 200], 'both deliveries are acknowledged');
    const confirmations = wa.sentTo(CUSTOMER).filter((m) => /linked to your account "alice"/.test(m.text));
    assert.equal(confirmations.length, 1, 'the repeated delivery was not processed again');

    const again = await wa.sendText(CUSTOMER, `LINK ${token}`);
    assert.deepEqual(again.statuses, [200]);
    assert.match(wa.sentTo(CUSTOMER).at(-1)?.text ?? '', /already used/, 'a spent token does not link again');

    const msg = await wa.sendText(CUSTOMER, 'speed up 1005 please', { times: 2 });
    assert.deepEqual(msg.statuses, [200, 200]);
    const conv = await seen(CUSTOMER);
    assert.equal(conv.input.channel, 'whatsapp');
    assert.equal(conv.input.customer, 'alice');
    assert.deepEqual(conv.messages.map((m) => m.text), ['speed up 1005 please'], 'handed over once');
  });

  it('a lone order number gets three reply buttons; a press is said in the conversation, once', async () => {
    await wa.sendText(CUSTOMER, '1005');
    const question = wa.sentTo(CUSTOMER).at(-1)!;
    assert.equal(question.type, 'interactive');
    assert.match(question.text, /order 1005/);
    assert.deepEqual(question.buttons.map((b) => b.title), ['Refill', 'Cancel', 'Status']);

    const press = await wa.pressButton(CUSTOMER, question, 'ord:1005:refill');
    assert.deepEqual(press.statuses, [200]);
    await wa.pressButton(CUSTOMER, question, 'ord:1005:refill');
    const conv = await seen(CUSTOMER);
    assert.deepEqual(conv.messages.map((m) => m.text), ['speed up 1005 please', 'refill order 1005'], 'the same button pressed twice asks once');
  });

  it('a screenshot arrives as an image attachment with its caption', async () => {
    await wa.sendImage(CUSTOMER, 'refill 1005, see the drop');
    const conv = await seen(CUSTOMER);
    const last = conv.messages.at(-1)!;
    assert.equal(last.text, 'refill 1005, see the drop');
    assert.equal(last.attachments[0]?.kind, 'image');
    assert.match(last.attachments[0]?.name ?? '', /^whatsapp-media:\d+$/);
  });

  it('outside the 24-hour window a reply is not sent but kept, reported, and sent when the customer writes again', async () => {
    const late = '4915550777';
    await sql`insert into whatsapp_links (tenant_id, wa_id, customer) values (${shop.tenantId}, ${late}, 'bob')`;
    // Meta delivers a message a day and a half late: the window it opened is already closed.
    await wa.sendText(late, 'how long does a refill take?', { sentAt: new Date(Date.now() - 36 * 3600_000) });
    const conversationId = (await conversationOf(late))!;
    const delivery = createChannelActivities({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:9', whatsappApiRoot: wa.apiRoot });
    await assert.rejects(
      delivery.replyToCustomer({ tenantId: shop.tenantId, conversationId, channel: 'whatsapp', replyKey: 'late-1', text: 'A refill usually starts within 24 hours.' }),
      (err: Error & { type?: string }) => err.type === 'DeliveryRefused' && /outside the WhatsApp 24-hour window/.test(err.message),
    );
    assert.equal(wa.sentTo(late).length, 0, 'no free-form message left outside the window');
    const [kept] = await sql<{ delivered_at: Date | null; delivery_error: string }[]>`
      select delivered_at, delivery_error from replies where conversation_id = ${conversationId} and reply_key = 'late-1'`;
    assert.equal(kept?.delivered_at, null);
    assert.match(kept?.delivery_error ?? '', /24-hour window/);

    // The customer writes again: the window opens and the held reply goes out.
    await wa.sendText(late, 'hello?');
    const sent = wa.sentTo(late).map((m) => m.text);
    assert.deepEqual(sent, ['A refill usually starts within 24 hours.']);
    const [after] = await sql<{ delivered_at: Date | null }[]>`select delivered_at from replies where conversation_id = ${conversationId} and reply_key = 'late-1'`;
    assert.ok(after?.delivered_at, 'marked delivered');
  });

  it('DELETE /v1/channels/whatsapp disconnects: Meta\'s deliveries are refused from then on', async () => {
    assert.equal((await api('DELETE', '/v1/channels/whatsapp')).statusCode, 200);
    assert.equal((await api('GET', '/v1/channels/whatsapp')).statusCode, 404);
    const d = await wa.sendText(CUSTOMER, 'refill 1005');
    assert.deepEqual(d.statuses, [401]);
    assert.equal((await api('DELETE', '/v1/channels/whatsapp')).statusCode, 404);
  });
});
