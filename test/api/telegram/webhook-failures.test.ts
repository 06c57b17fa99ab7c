// A webhook update whose handling fails: no token or update in the log, Telegram asked to
// deliver again only while that can help, an update that can never succeed recorded and
// acknowledged. And the webhook secret stored sealed.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Client, Connection } from '@temporalio/client';
import { buildApp } from '../../../api/app.js';
import { createLogger } from '../../../infra/logger.js';
import { bearer } from '../../helpers/api.js';
import { newTenant, testBox, testDatabase, testLinkKey } from '../../helpers/database.js';
import { textUpdate } from '../../helpers/telegram-bot.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../../dev/simulators/telegram.js';
import { MAX_REDELIVERIES } from '../../../api/telegram/failed-updates.js';
import type { Sql } from '../../../infra/db/database.js';

const BOT = '820001:AAfailingWebhookTokenMustNeverBeLogged';
const TOKEN_SECRET_PART = 'AAfailingWebhookTokenMustNeverBeLogged';

describe('Telegram webhook: failed updates', function () {
  this.timeout(60_000);
  let sql: Sql;
  let tg: TelegramSimulator;
  let app: FastifyInstance;
  let shop: { tenantId: string; apiKey: string };
  const logLines: string[] = [];

  before(async () => {
    ({ sql } = await testDatabase());
    tg = await startTelegramSimulator({ bots: [BOT] });
    const capture = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
    app = await buildApp({
      sql, box: testBox, taskQueue: 'unused', logger: createLogger({ LOG_LEVEL: 'debug' }, 'test', capture),
      // These updates never reach a workflow (the user is not linked): Temporal stays unreachable.
      temporal: new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) }),
      telegram: { apiRoot: tg.url, publicUrl: 'http://127.0.0.1:8443', linkKey: testLinkKey },
    });
    shop = await newTenant(sql, 'webhook-fail');
    const res = await app.inject({ method: 'PUT', url: '/v1/channels/telegram', headers: bearer(shop.apiKey), payload: { token: BOT, mode: 'webhook' } });
    assert.equal(res.statusCode, 200, res.body);
  });
  after(async () => {
    await app.close();
    await tg.close();
  });

  const secret = () => tg.bots.get(BOT)?.webhook?.secretToken ?? '';
  const deliver = (update: unknown) =>
    app.inject({ method: 'POST', url: `/telegram/${shop.tenantId}/webhook`, headers: { 'x-telegram-bot-api-secret-token': secret() }, payload: update as object });
  const failures = async (updateId: number) =>
    (await sql<{ attempts: number; acknowledged: boolean; error: string }[]>`
      select attempts, acknowledged, error from telegram_failed_updates where tenant_id = ${shop.tenantId} and update_id = ${updateId}`)[0];

  it('stores the webhook secret sealed, never in plain text', async () => {
    const [row] = await sql<{ webhook_secret: string | null; webhook_secret_enc: string | null }[]>`
      select webhook_secret, webhook_secret_enc from tenant_channels where tenant_id = ${shop.tenantId} and kind = 'telegram'`;
    assert.equal(row?.webhook_secret, null);
    assert.ok(row?.webhook_secret_enc && !row.webhook_secret_enc.includes(secret()));
    assert.equal(testBox.open(row.webhook_secret_enc), secret());
  });

  it('an update that can never succeed (the user blocked the bot) is recorded and acknowledged; the log shows no token', async () => {
    tg.bots.get(BOT)!.blocked.add('7001');
    const update = textUpdate({ id: 7001 }, 'refill 1001 my secret text', { messageId: 5 }) as { update_id: number };
    const res = await deliver(update);
    assert.equal(res.statusCode, 200, 'acknowledged, so Telegram does not deliver it for a day');
    const row = await failures(update.update_id);
    assert.equal(row?.acknowledged, true);
    assert.match(row!.error, /blocked/);

    const log = logLines.join('');
    assert.match(log, /an update failed for good/, 'the failure is logged');
    assert.ok(!log.includes(TOKEN_SECRET_PART), 'no bot token in any log line');
    assert.ok(!log.includes('my secret text'), 'no update content in the log');
  });

  it('a transient failure (the Bot API answers 502) is answered 500 so Telegram delivers again, a bounded number of times', async () => {
    const update = textUpdate({ id: 7002 }, 'hello', { messageId: 6 }) as { update_id: number };
    tg.failNext(BOT, 1, { code: 502, description: 'Bad Gateway' });
    assert.equal((await deliver(update)).statusCode, 500);
    assert.equal((await deliver(update)).statusCode, 200, 'the redelivery succeeds');
    assert.ok(tg.sent(BOT, 7002).length >= 1, 'the user got the answer');

    const stuck = textUpdate({ id: 7003 }, 'hello', { messageId: 7 }) as { update_id: number };
    const codes: number[] = [];
    for (let i = 0; i <= MAX_REDELIVERIES; i++) {
      tg.failNext(BOT, 1, { code: 502, description: 'Bad Gateway' });
      codes.push((await deliver(stuck)).statusCode);
    }
    assert.deepEqual(codes, [...Array<number>(MAX_REDELIVERIES).fill(500), 200], 'then recorded and acknowledged');
    assert.equal((await failures(stuck.update_id))?.acknowledged, true);
    assert.ok(!logLines.join('').includes(TOKEN_SECRET_PART));
  });
});
