// Connecting a bot in webhook mode and Telegram's deliveries to it: the setup through the
// API against the Telegram simulator, then forged and genuine deliveries through inject.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Client } from '@temporalio/client';
import { bearer, buildTestApp } from '../../helpers/api.js';
import { newTenant, testDatabase } from '../../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../../helpers/temporal.js';
import { conversationSeen, textUpdate } from '../../helpers/telegram-bot.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../../dev/simulators/telegram.js';
import { conversationWorkflowId } from '../../../workflows/definitions.js';
import type { Sql } from '../../../infra/db/database.js';

const BOT = '810001:AAwebhookTestTokenForTheShopBot';
const OTHER_BOT = '810002:AAwebhookTestTokenForAnotherShop';
const PUBLIC_URL = 'http://127.0.0.1:8443/support';

describe('Telegram webhook: setup, secret check, delivery', function () {
  this.timeout(60_000);
  let sql: Sql;
  let client: Client;
  let tg: TelegramSimulator;
  let app: FastifyInstance;
  let shop: { tenantId: string; apiKey: string };
  let other: { tenantId: string; apiKey: string };

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    ({ sql } = await testDatabase());
    ({ client } = await devServerEnv());
    tg = await startTelegramSimulator({ bots: [{ token: BOT, username: 'shop_webhook_bot' }, OTHER_BOT] });
    app = await buildTestApp({ temporal: client, taskQueue: `tg-webhook-${process.pid}`, telegramApiRoot: tg.url, publicUrl: PUBLIC_URL });
    shop = await newTenant(sql, 'webhook');
    other = await newTenant(sql, 'webhook-other');
  });
  after(async () => {
    await app.close();
    await tg.close();
  });

  const put = (key: string, body: unknown) => app.inject({ method: 'PUT', url: '/v1/channels/telegram', headers: bearer(key), payload: body as object });
  const deliver = (tenantId: string, update: unknown, secret?: string) =>
    app.inject({
      method: 'POST',
      url: `/telegram/${tenantId}/webhook`,
      headers: secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret },
      payload: update as object,
    });
  const secretOf = (token: string) => tg.bots.get(token)?.webhook?.secretToken ?? '';

  it('PUT /v1/channels/telegram registers the webhook with its secret and remembers the bot\'s username', async () => {
    const res = await put(shop.apiKey, { token: BOT, mode: 'webhook', adminChatId: '-100123' });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.botUsername, 'shop_webhook_bot');
    assert.equal(body.webhookUrl, `${PUBLIC_URL}/telegram/${shop.tenantId}/webhook`);
    const hook = tg.bots.get(BOT)!.webhook!;
    assert.equal(hook.url, body.webhookUrl);
    assert.match(hook.secretToken ?? '', /^[A-Za-z0-9_-]{24,}$/);
    assert.ok(!app.bots.isPolling(shop.tenantId), 'webhook mode does not poll');
    assert.equal((await put(other.apiKey, { token: OTHER_BOT, mode: 'webhook' })).statusCode, 200);

    const refused = await put(other.apiKey, { token: '810009:AAaTokenTelegramHasNeverIssued', mode: 'webhook' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().message, /did not accept this bot token/);
  });

  it('POST /v1/channels/telegram/link answers a t.me deep link with a short signed token', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(shop.apiKey), payload: { customer: 'alice' } });
    assert.equal(res.statusCode, 200, res.body);
    const { token, url } = res.json();
    assert.match(token, /^[A-Za-z0-9_-]{1,64}$/, 'fits Telegram\'s start parameter');
    assert.equal(url, `https://t.me/shop_webhook_bot?start=${token}`);
    const second = (await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(shop.apiKey), payload: { customer: 'alice' } })).json();
    assert.notEqual(second.token, token, 'every link is new');

    const noBot = await newTenant(sql, 'no-bot');
    const refused = await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(noBot.apiKey), payload: { customer: 'alice' } });
    assert.equal(refused.statusCode, 409);
    assert.equal((await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', payload: { customer: 'alice' } })).statusCode, 401);
  });

  it('a delivery with a wrong or missing secret is refused with 401 and nothing happens', async () => {
    const token = (await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(shop.apiKey), payload: { customer: 'alice' } })).json().token as string;
    const update = textUpdate({ id: 701 }, `/start ${token}`);
    const attempts = [
      await deliver(shop.tenantId, update),
      await deliver(shop.tenantId, update, 'wrong-secret'),
      await deliver(shop.tenantId, update, secretOf(OTHER_BOT)),
      await deliver(shop.tenantId, update, ''),
      await deliver('no-such-tenant', update, secretOf(BOT)),
      await deliver(shop.tenantId, { not: 'an update' }, 'wrong-secret'),
    ];
    for (const res of attempts) assert.equal(res.statusCode, 401);
    assert.equal(tg.sent(BOT).length, 0, 'the bot said nothing');
    const [linked] = await sql`select 1 from telegram_links where tenant_id = ${shop.tenantId}`;
    assert.equal(linked, undefined, 'nobody was linked');
    const [used] = await sql`select 1 from telegram_link_tokens where tenant_id = ${shop.tenantId} and used_at is not null`;
    assert.equal(used, undefined, 'the token is still unused');
  });

  it('with the right secret, updates reach the bot: linking, then a message to the conversation', async () => {
    const token = (await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(shop.apiKey), payload: { customer: 'alice' } })).json().token as string;
    const linked = await deliver(shop.tenantId, textUpdate({ id: 702 }, `/start ${token}`), secretOf(BOT));
    assert.equal(linked.statusCode, 200);
    assert.match(tg.sent(BOT, 702).at(-1)?.text ?? '', /linked to your account "alice"/);

    const msg = await deliver(shop.tenantId, textUpdate({ id: 702 }, 'speed up 1005 please', { messageId: 12 }), secretOf(BOT));
    assert.equal(msg.statusCode, 200);
    const [conv] = await sql<{ id: string }[]>`select id from conversations where tenant_id = ${shop.tenantId} and external_ref = '702'`;
    assert.ok(conv);
    const seen = await conversationSeen(client, conversationWorkflowId(shop.tenantId, conv.id));
    assert.equal(seen.input.customer, 'alice');
    assert.deepEqual(seen.messages.map((m) => m.text), ['speed up 1005 please']);

    const malformed = await deliver(shop.tenantId, { message: 'no update_id' }, secretOf(BOT));
    assert.equal(malformed.statusCode, 400);
  });

  it('when Temporal cannot take the message, the delivery fails so that Telegram sends it again', async () => {
    // The same tenant and database, behind an app whose Temporal is unreachable.
    const cut = await buildTestApp({ telegramApiRoot: tg.url, publicUrl: PUBLIC_URL });
    try {
      const res = await cut.inject({
        method: 'POST', url: `/telegram/${shop.tenantId}/webhook`,
        headers: { 'x-telegram-bot-api-secret-token': secretOf(BOT) },
        payload: textUpdate({ id: 702 }, 'cancel 1005', { messageId: 13 }) as object,
      });
      assert.equal(res.statusCode, 500);
    } finally {
      await cut.close();
    }
  });

  it('a tenant that moved to polling no longer accepts webhook deliveries', async () => {
    const res = await put(other.apiKey, { token: OTHER_BOT, mode: 'polling' });
    assert.equal(res.statusCode, 200);
    const [old] = await sql<{ webhook_secret: string | null; webhook_secret_enc: string | null }[]>`
      select webhook_secret, webhook_secret_enc from tenant_channels where tenant_id = ${other.tenantId} and kind = 'telegram'`;
    assert.deepEqual(old, { webhook_secret: null, webhook_secret_enc: null });
    assert.ok(app.bots.isPolling(other.tenantId), 'polling mode polls');
    assert.equal((await deliver(other.tenantId, textUpdate({ id: 703 }, 'hello'), 'anything')).statusCode, 401);
  });
});
