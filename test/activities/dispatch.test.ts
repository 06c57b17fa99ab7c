import assert from 'node:assert/strict';
import { createDispatchActivities, type DispatchInput } from '../../activities/dispatch.js';
import { createStoreActivities } from '../../activities/store.js';
import { saveProvider } from '../../infra/tenants/connections.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { freePort } from '../../dev/temporal/free-port.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';
import { saveTelegramBot, saveUserbot } from '../../infra/tenants/channels.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../dev/simulators/telegram.js';
import { UserbotUnavailableError } from '../../activities/telegram/userbot.js';

describe('dispatch to a provider: each attempt sent at most once (real PostgreSQL, provider simulator)', () => {
  let sims: Simulators;
  before(async () => {
    sims = await startSimulators({});
  });
  after(() => sims.close());

  async function setup(providerUrl = sims.config.provider.url) {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'dispatch');
    await saveProvider(sql, testBox, tenantId, { name: 'prov', dispatch: 'api', api: { url: providerUrl, key: sims.config.provider.key }, telegramChatId: null });
    const store = createStoreActivities({ sql });
    await store.recordConversation({ tenantId, conversationId: `${tenantId}-c`, channel: 'api', customer: 'alice' });
    const [a] = await store.admitRequests({ tenantId, conversationId: `${tenantId}-c`, messageId: 'm', items: [{ orderId: '1001', intent: 'refill' }] });
    const dispatch = createDispatchActivities({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' });
    const input: DispatchInput = { tenantId, requestId: a!.requestId, attempt: 1, kind: 'initial', intent: 'refill', provider: 'prov', externalId: '88123', drop: 300 };
    return { sql, dispatch, input };
  }

  const refills = () => sims.provider.actionsNamed('refill').length;

  it('creates the refill through the provider API once, however often the attempt is retried', async () => {
    const { dispatch, input } = await setup();
    const before = refills();
    const first = await dispatch.dispatchToProvider(input);
    assert.equal(first.status, 'sent');
    assert.equal(first.verdict, 'confirmed');
    assert.ok(first.providerRef, 'the provider\'s refill ID is kept');
    const again = await dispatch.dispatchToProvider(input);
    assert.deepEqual(again, first, 'a retry answers from the record');
    assert.equal(refills() - before, 1);
  });

  it('reads a provider refusal as declined', async () => {
    const { dispatch, input } = await setup();
    const r = await dispatch.dispatchToProvider({ ...input, externalId: '999999' });
    assert.equal(r.status, 'sent');
    assert.equal(r.verdict, 'declined');
    assert.match(r.detail, /Incorrect order ID/);
  });

  it('never resends an attempt that was interrupted after it may have left', async () => {
    const { sql, dispatch, input } = await setup();
    // What a worker killed mid-send leaves behind.
    await sql`insert into dispatch_attempts (request_id, attempt, kind, status) values (${input.requestId}, 1, 'initial', 'sending')`;
    const before = refills();
    const r = await dispatch.dispatchToProvider(input);
    assert.equal(r.status, 'unknown');
    assert.equal(refills(), before, 'nothing sent again');
    const [row] = await sql<{ status: string }[]>`select status from dispatch_attempts where request_id = ${input.requestId} and attempt = 1`;
    assert.equal(row?.status, 'unknown');
  });

  it('releases the attempt when the provider could not be reached at all, so the retry sends it', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api/v2`;
    const { sql, dispatch, input } = await setup(closed);
    await assert.rejects(dispatch.dispatchToProvider(input));
    const rows = await sql`select 1 from dispatch_attempts where request_id = ${input.requestId}`;
    assert.equal(rows.length, 0, 'no claim left behind');
    await saveProvider(sql, testBox, input.tenantId, { name: 'prov', dispatch: 'api', api: { url: sims.config.provider.url, key: sims.config.provider.key }, telegramChatId: null });
    const r = await dispatch.dispatchToProvider(input);
    assert.equal(r.status, 'sent');
  });

  it('says a person must act when the provider has no channel for the intent', async () => {
    const { dispatch, input } = await setup();
    const r = await dispatch.dispatchToProvider({ ...input, intent: 'speed_up' });
    assert.equal(r.status, 'unsupported');
    const none = await dispatch.dispatchToProvider({ ...input, attempt: 2, provider: 'unknown-provider' });
    assert.equal(none.status, 'unsupported');
    assert.match(none.detail, /no connection/);
  });

  describe('through Telegram', () => {
    const TOKEN = '123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp';
    const CHAT = '-1001234';
    let tg: TelegramSimulator;
    before(async () => {
      tg = await startTelegramSimulator({ bots: [TOKEN] });
    });
    after(() => tg.close());

    async function tgSetup(dispatchMode: 'telegram_bot' | 'userbot_then_bot', userbotFails = false) {
      const { sql, input } = await setup();
      await saveProvider(sql, testBox, input.tenantId, { name: 'prov', dispatch: dispatchMode, api: null, telegramChatId: CHAT });
      await saveTelegramBot(sql, testBox, input.tenantId, { token: TOKEN, mode: 'polling', adminChatId: null, webhookSecret: null });
      await saveUserbot(sql, testBox, input.tenantId, { apiId: 1, apiHash: '0'.repeat(32), session: 'x'.repeat(40) });
      const dispatch = createDispatchActivities({
        sql, box: testBox, telegramApiRoot: tg.url,
        userbotFactory: () => ({ send: async () => { if (userbotFails) throw new UserbotUnavailableError('session revoked'); return { messageId: 4242 }; } }),
      });
      return { dispatch, input };
    }

    it('asks the provider in its chat, naming its order ID, once per attempt', async () => {
      const { dispatch, input } = await tgSetup('telegram_bot');
      const speedUp = { ...input, intent: 'speed_up' as const };
      const before = tg.sent(TOKEN, CHAT).length;
      const r = await dispatch.dispatchToProvider(speedUp);
      assert.equal(r.status, 'sent');
      assert.equal(r.channel, 'telegram_bot');
      assert.equal(r.verdict, 'ambiguous', 'a chat message is confirmed only by the provider\'s answer');
      await dispatch.dispatchToProvider(speedUp);
      const sent = tg.sent(TOKEN, CHAT).slice(before);
      assert.equal(sent.length, 1);
      assert.match(sent[0]!.text ?? '', /88123/);
      assert.equal(r.providerRef, String(sent[0]!.message_id), 'replies to this message route back to the request');
    });

    it('uses the owner\'s account first and falls back to the bot silently', async () => {
      const ok = await tgSetup('userbot_then_bot');
      const viaUserbot = await ok.dispatch.dispatchToProvider(ok.input);
      assert.equal(viaUserbot.channel, 'userbot');
      assert.equal(viaUserbot.providerRef, '4242');
      const failing = await tgSetup('userbot_then_bot', true);
      const before = tg.sent(TOKEN, CHAT).length;
      const viaBot = await failing.dispatch.dispatchToProvider(failing.input);
      assert.equal(viaBot.channel, 'telegram_bot');
      assert.equal(tg.sent(TOKEN, CHAT).length, before + 1);
    });
  });

  it('follows an API-only provider up through its API: the refill status read again, a new refill asked once the last one completed without the count back', async () => {
    const { dispatch, input: base } = await setup();
    // An order no other test refills: the simulator refuses a second refill while one is open.
    const input = { ...base, externalId: '88138' };
    const first = await dispatch.dispatchToProvider(input);
    const refillId = first.providerRef!;
    assert.ok(refillId, 'the first refill went through the API');
    const before = refills();
    const statusReads = sims.provider.actionsNamed('refill_status').length;

    const pending = await dispatch.dispatchToProvider({ ...input, attempt: 2, kind: 'follow_up' });
    assert.equal(pending.status, 'sent', 'no "no channel for follow_up"');
    assert.equal(pending.channel, 'api');
    assert.match(pending.detail, new RegExp(`refill ${refillId} is pending`, 'i'));
    assert.equal(refills(), before, 'a refill still under way is not asked again');
    assert.equal(sims.provider.actionsNamed('refill_status').length, statusReads + 1);

    sims.provider.setRefillStatus(refillId, 'Completed');
    const again = await dispatch.dispatchToProvider({ ...input, attempt: 3, kind: 'follow_up' });
    assert.equal(again.status, 'sent');
    assert.equal(refills(), before + 1, 'a new refill once the last completed without the count back');
    assert.notEqual(again.providerRef, refillId);
    assert.match(again.detail, /was completed without the count back; asked again/i);
  });
});
