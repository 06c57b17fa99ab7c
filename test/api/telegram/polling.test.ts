// The bot in polling mode against the Telegram simulator, with a real worker behind it:
// connected through the API, a customer links and writes, the request is decided and the
// answer comes back to the chat; an escalation is decided with a button in the admin chat.
import assert from 'node:assert/strict';
import { eventually } from '../../helpers/eventually.js';
import type { FastifyInstance } from 'fastify';
import { bearer, buildTestApp } from '../../helpers/api.js';
import { newTenant, testBox, testDatabase } from '../../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS, type DevServerEnv } from '../../helpers/temporal.js';
import { workflowBundle } from '../../helpers/workflow-bundle.js';
import { startSimulators, type Simulators } from '../../../dev/simulators/index.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../../dev/simulators/telegram.js';
import { saveCountSource, savePanel, saveProvider } from '../../../infra/tenants/connections.js';
import { patchTenantSettings } from '../../../infra/tenants/settings.js';
import { createActivities } from '../../../activities/index.js';
import { createWorkers } from '../../../worker/worker.js';
import type { Sql } from '../../../infra/db/database.js';

const BOT = '820001:AApollingTestTokenForTheShopBot';
const ADMIN_CHAT = -1009009;
const CUSTOMER = 901;

describe('Telegram bot in polling mode, end to end with a worker', function () {
  this.timeout(120_000);
  let sql: Sql;
  let temporal: DevServerEnv;
  let sims: Simulators;
  let tg: TelegramSimulator;
  let app: FastifyInstance;
  let worker: Awaited<ReturnType<typeof createWorkers>>;
  let running: Promise<void>;
  let shop: { tenantId: string; apiKey: string };
  const taskQueue = `tg-polling-${process.pid}`;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    ({ sql } = await testDatabase());
    temporal = await devServerEnv();
    sims = await startSimulators({});
    tg = await startTelegramSimulator({ bots: [{ token: BOT, username: 'shop_polling_bot' }] });
    shop = await newTenant(sql, 'polling');
    await savePanel(sql, testBox, shop.tenantId, sims.config.panel);
    // Both queues: the tracker that notices the refill runs on the background one.
    worker = await createWorkers({
      connection: temporal.env.nativeConnection,
      namespace: 'default',
      taskQueue,
      activities: createActivities({ sql, box: testBox, llm: null, temporal: temporal.client, taskQueue, telegramApiRoot: tg.url }),
      workflowBundle: await workflowBundle(),
    });
    running = worker.run();
    app = await buildTestApp({ temporal: temporal.client, taskQueue, telegramApiRoot: tg.url });
    const put = await app.inject({
      method: 'PUT', url: '/v1/channels/telegram', headers: bearer(shop.apiKey),
      payload: { token: BOT, mode: 'polling', adminChatId: String(ADMIN_CHAT) },
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.ok(app.bots.isPolling(shop.tenantId), 'PUT started polling');
  });
  after(async () => {
    await app?.close();
    worker?.shutdown();
    await running;
    await sims?.close();
    await tg?.close();
  });

  const say = (text: string, from: number | { id: number; username?: string } = CUSTOMER) => tg.pushMessage(BOT, { chatId: CUSTOMER, from, text });
  const request = (intent: string) =>
    eventually(`a ${intent} request`, async () => {
      const [row] = await sql<{ id: string; state: string; decision: string | null }[]>`
        select id::text, state, decision from requests where tenant_id = ${shop.tenantId} and intent = ${intent} order by id desc limit 1`;
      return row?.decision ? row : null;
    }, 30_000);

  it('a customer links with the deep link, writes, and the answer comes back to the chat', async () => {
    say('refill 1001');
    await tg.waitForSent(BOT, (m) => m.chat.id === CUSTOMER && /must be linked/.test(m.text ?? ''));

    const link = await app.inject({ method: 'POST', url: '/v1/channels/telegram/link', headers: bearer(shop.apiKey), payload: { customer: 'alice' } });
    const { url } = link.json() as { url: string };
    assert.match(url, /^https:\/\/t\.me\/shop_polling_bot\?start=/);
    say(`/start ${new URL(url).searchParams.get('start')}`);
    await tg.waitForSent(BOT, (m) => /linked to your account "alice"/.test(m.text ?? ''));

    // 1003 is alice's (its refill window has passed), 1013 is bob's: decided as alice.
    say('refill 1003 and 1013 please');
    const decisions = await eventually('both decisions', async () => {
      const rows = await sql<{ order_id: string; decision: string | null }[]>`
        select order_id, decision from requests where tenant_id = ${shop.tenantId} and intent = 'refill' order by order_id`;
      return rows.length === 2 && rows.every((r) => r.decision) ? rows : null;
    }, 30_000);
    assert.deepEqual(decisions.map((r) => [r.order_id, r.decision]), [['1003', 'refill.window_expired'], ['1013', 'order.not_owned']]);
    const answer = await tg.waitForSent(BOT, (m) => m.chat.id === CUSTOMER && /1003/.test(m.text ?? ''), 30_000);
    assert.match(answer.text ?? '', /1013/, 'one reply for the message, both orders in it');
  });

  it('"рефилл 1009" from the linked user: the reply, then the resolution, in the chat', async () => {
    await saveProvider(sql, testBox, shop.tenantId, { name: sims.config.providerName, dispatch: 'api', api: sims.config.provider, telegramChatId: null });
    await saveCountSource(sql, shop.tenantId, sims.config.countSource);
    await patchTenantSettings(sql, shop.tenantId, { trackingIntervalSeconds: 1 });
    say('рефилл 1009');
    const reply = await tg.waitForSent(BOT, (m) => m.chat.id === CUSTOMER && /1009/.test(m.text ?? '') && /100/.test(m.text ?? ''), 30_000);
    assert.match(reply.text ?? '', /refill/i);
    // The provider does the refill; the count comes back; the tracker notices.
    const refill = await eventually('the refill at the provider', () => [...sims.provider.state.refills.values()].find((r) => r.orderId === '88131'), 30_000);
    sims.provider.completeRefill(refill.id);
    const resolved = await tg.waitForSent(BOT, (m) => m.chat.id === CUSTOMER && m.message_id !== reply.message_id && /1009/.test(m.text ?? '') && /refilled/i.test(m.text ?? ''), 60_000);
    assert.ok(resolved);
  });

  it('an escalation is decided by a button in the admin chat; a press from elsewhere is refused', async () => {
    say('I want a refund for order 1001');
    const refund = await request('refund');
    assert.equal(refund.state, 'escalated');
    const notice = await tg.waitForSent(BOT, (m) => m.chat.id === ADMIN_CHAT && (m.text ?? '').includes(refund.id), 30_000);
    const answers = () => tg.bots.get(BOT)!.callbackAnswers.map((a) => a.text ?? '');

    const customerMessage = tg.sent(BOT, CUSTOMER).at(-1)!;
    tg.pushCallback(BOT, { chatId: CUSTOMER, from: { id: CUSTOMER, username: 'alice_tg' }, messageId: customerMessage.message_id, data: `esc:${refund.id}:resolve` });
    await eventually('the refusal', () => answers().some((a) => /Only members of the shop's admin chat/.test(a)), 30_000);
    assert.equal((await request('refund')).state, 'escalated', 'nothing decided');

    tg.pushCallback(BOT, { chatId: ADMIN_CHAT, from: { id: 77, username: 'boss' }, messageId: notice.message_id, data: `esc:${refund.id}:resolve` });
    await eventually('the answer', () => answers().some((a) => a === `Request ${refund.id} is now resolved.`), 30_000);
    const edited = await tg.waitForSent(BOT, (m) => m.message_id === notice.message_id && m.chat.id === ADMIN_CHAT && /Decided: resolve \(by @boss\)/.test(m.text ?? ''));
    assert.equal(edited.reply_markup, undefined, 'the buttons are gone');
    await eventually('the request resolved', async () => (await request('refund')).state === 'resolved', 30_000);

    tg.pushCallback(BOT, { chatId: ADMIN_CHAT, from: { id: 78, username: 'deputy' }, messageId: notice.message_id, data: `esc:${refund.id}:close` });
    await eventually('a refusal of the second decision', () => answers().some((a) => /^Not applied: .*resolved|has already finished/.test(a)), 10_000);
  });

  it('closing the app stops polling; later messages wait for the next start', async () => {
    await app.close();
    assert.ok(!app.bots.isPolling(shop.tenantId));
    const before = tg.sent(BOT).length;
    say('status 1001');
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(tg.sent(BOT).length, before, 'nobody answered');
    assert.equal(tg.bots.get(BOT)!.updates.length, 1, 'the message is kept for the next poll');
  });
});
