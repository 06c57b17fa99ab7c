// Pilot mode end to end on a real Temporal dev server and PostgreSQL: a reply waits as a
// draft and nothing leaves before the verdict; approve sends it, edit sends the edited text,
// reject sends nothing; a second verdict is 409; agreement is computed per intent and code.
import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { createPilotActivities } from '../../activities/pilot.js';
import { createTenantBot } from '../../api/telegram/bot.js';
import type { BotEnv } from '../../api/telegram/context.js';
import { BOT_INFO, callbackUpdate, recordCalls, textUpdate } from '../helpers/telegram-bot.js';
import { agreementReport } from '../../infra/pilot/drafts.js';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testBox, testDatabase, testLinkKey } from '../helpers/database.js';
import { eventually } from '../helpers/eventually.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';

describe('pilot mode: drafts wait for staff (Temporal dev server, PostgreSQL)', function () {
  this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
  const taskQueue = `pilot-${process.pid}-${Date.now()}`;
  const sent: Array<{ conversationId: string; text: string }> = [];
  let app: FastifyInstance;
  let worker: Worker;
  let running: Promise<void>;
  let tenant: { tenantId: string; apiKey: string };

  before(async () => {
    const { env, client } = await devServerEnv();
    const { sql } = await testDatabase();
    tenant = await newTenant(sql, 'pilot');
    app = await buildTestApp({ temporal: client, taskQueue });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: fileURLToPath(new URL('../workflows/probes/pilot-probe.ts', import.meta.url)),
      activities: {
        ...createPilotActivities({ sql }),
        async sendProbeReply(input: { conversationId: string; text: string }) {
          sent.push(input);
        },
      },
    });
    running = worker.run();
  });
  after(async () => {
    worker.shutdown();
    await running;
    await app.close();
  });

  async function draftFor(conversationId: string, intent: string, decision: string, text: string): Promise<string> {
    const { client } = await devServerEnv();
    await client.workflow.start('pilotProbeWorkflow', {
      taskQueue, workflowId: `pilot-probe-${tenant.tenantId}-${conversationId}`,
      args: [{ tenantId: tenant.tenantId, conversationId, intent, decision, text }],
    });
    const draft = await eventually(`the draft of ${conversationId}`, async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/pilot/drafts', headers: bearer(tenant.apiKey) });
      return res.json().drafts.find((d: { conversationId: string }) => d.conversationId === conversationId) as { id: string; text: string; kind: string } | undefined;
    });
    assert.equal(draft.text, text);
    assert.equal(draft.kind, 'reply');
    return draft.id;
  }

  /** The tenant's bot with its admin chat, recording what it sends. */
  async function adminChatBot(adminChatId: number) {
    const { client } = await devServerEnv();
    const { sql } = await testDatabase();
    const env: BotEnv = {
      sql, box: testBox, temporal: client, taskQueue, logger: pino({ level: 'silent' }), apiRoot: 'http://127.0.0.1:9',
      linkKey: testLinkKey, tenantId: tenant.tenantId, mode: 'webhook', adminChatId: String(adminChatId),
    };
    const bot = createTenantBot(env, { token: '4242:AApilotTestToken', botInfo: BOT_INFO });
    return { bot, calls: recordCalls(bot) };
  }

  const decide = (id: string, payload: object) =>
    app.inject({ method: 'POST', url: `/v1/pilot/drafts/${id}/decision`, headers: bearer(tenant.apiKey), payload });

  it('sends an approved reply unchanged, and nothing before the approval', async () => {
    const id = await draftFor('c-approve', 'refill', 'refill.forward', 'We asked the provider to refill the missing 300.');
    assert.equal(sent.filter((s) => s.conversationId === 'c-approve').length, 0, 'the draft waits: nothing left');
    const res = await decide(id, { action: 'approve' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().sentText, 'We asked the provider to refill the missing 300.');
    await eventually('the approved reply sent', () => sent.some((s) => s.conversationId === 'c-approve'));
    assert.deepEqual(sent.filter((s) => s.conversationId === 'c-approve').map((s) => s.text), ['We asked the provider to refill the missing 300.']);
    const again = await decide(id, { action: 'reject' });
    assert.equal(again.statusCode, 409);
  });

  it('sends the edited text of an edited draft, and nothing of a rejected one', async () => {
    const edited = await draftFor('c-edit', 'refill', 'refill.forward', 'We asked for a refill.');
    const bad = await decide(edited, { action: 'edit' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().issues.map((i: { field: string }) => i.field), ['text']);
    assert.equal((await decide(edited, { action: 'edit', text: 'We asked the provider to refill the 300 that dropped.' })).statusCode, 200);
    await eventually('the edited reply sent', () => sent.some((s) => s.conversationId === 'c-edit'));
    assert.deepEqual(sent.filter((s) => s.conversationId === 'c-edit').map((s) => s.text), ['We asked the provider to refill the 300 that dropped.']);

    const rejected = await draftFor('c-reject', 'status', 'status.report', 'Your order is completed.');
    const res = await decide(rejected, { action: 'reject' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().sentText, null);
    const { client } = await devServerEnv();
    assert.equal(await client.workflow.getHandle(`pilot-probe-${tenant.tenantId}-c-reject`).result(), null, 'the workflow finished without sending');
    assert.equal(sent.filter((s) => s.conversationId === 'c-reject').length, 0);
  });

  it('takes Approve and Reject presses from the admin chat only, like the API', async () => {
    const ADMIN_CHAT = -100555;
    const { bot, calls } = await adminChatBot(ADMIN_CHAT);
    const id = await draftFor('c-telegram', 'speed_up', 'speed_up.forward', 'We asked the provider to speed it up.');
    await bot.handleUpdate(callbackUpdate({ id: 77 }, `pd:${id}:approve`, { messageId: 5, chatId: 77 }));
    const refused = calls.find((c) => c.method === 'answerCallbackQuery');
    assert.equal(refused?.payload.show_alert, true, 'a press outside the admin chat is refused');
    assert.equal(sent.filter((s) => s.conversationId === 'c-telegram').length, 0);
    await bot.handleUpdate(callbackUpdate({ id: 78, username: 'boss' }, `pd:${id}:approve`, { messageId: 6, chatId: ADMIN_CHAT, text: 'Reply draft' }));
    await eventually('the approved reply sent', () => sent.some((s) => s.conversationId === 'c-telegram'));
    assert.deepEqual(sent.filter((s) => s.conversationId === 'c-telegram').map((s) => s.text), ['We asked the provider to speed it up.']);
    const edit = calls.find((c) => c.method === 'editMessageText');
    assert.match(String(edit?.payload.text), /Approved by @boss/);
    assert.equal((await decide(id, { action: 'reject' })).statusCode, 409, 'decided in the chat, so the API sees it decided');
  });

  it('takes an edit as a reply to the draft in the admin chat, and only there', async () => {
    const ADMIN_CHAT = -100556;
    const { bot, calls } = await adminChatBot(ADMIN_CHAT);
    const id = await draftFor('c-tg-edit', 'refill', 'refill.forward', 'We asked for a refill.');
    const replyToDraft = (chatId: number, text: string) => {
      const update = textUpdate({ id: 79, username: 'boss' }, text, { chatId, replyTo: 9 });
      update.message!.reply_to_message!.text = `Reply draft (refill.forward) #${id}:\n\nWe asked for a refill.`;
      return update;
    };
    await bot.handleUpdate(replyToDraft(-100999, 'Not from the admin chat.'));
    assert.equal(calls.length, 0, 'a reply in another chat is not a verdict');
    await bot.handleUpdate(replyToDraft(ADMIN_CHAT, 'We asked the provider to refill your 300 followers.'));
    await eventually('the edited reply sent', () => sent.some((s) => s.conversationId === 'c-tg-edit'));
    assert.deepEqual(sent.filter((s) => s.conversationId === 'c-tg-edit').map((s) => s.text), ['We asked the provider to refill your 300 followers.']);
    assert.match(String(calls.find((c) => c.method === 'sendMessage')?.payload.text), new RegExp(`Draft #${id} edited by @boss`));
    assert.equal((await decide(id, { action: 'approve' })).statusCode, 409);
  });

  it('computes the agreement per intent and decision code, and hides other tenants\' drafts', async () => {
    const { sql } = await testDatabase();
    const report = await agreementReport(sql, tenant.tenantId, new Date(Date.now() - 3_600_000), new Date(Date.now() + 60_000));
    assert.deepEqual({ drafts: report.drafts, approvedUnchanged: report.approvedUnchanged, agreement: report.agreement }, { drafts: 5, approvedUnchanged: 2, agreement: 0.4 });
    assert.deepEqual(report.byIntent.refill, { drafts: 3, approvedUnchanged: 1, agreement: 0.333 });
    assert.deepEqual(report.byDecision['status.report'], { drafts: 1, approvedUnchanged: 0, agreement: 0 });
    const other = await newTenant(sql, 'pilot-other');
    const list = await app.inject({ method: 'GET', url: '/v1/pilot/drafts', headers: bearer(other.apiKey) });
    assert.deepEqual(list.json().drafts, []);
    const pending = await draftFor('c-foreign', 'refill', 'refill.forward', 'Draft of another tenant.');
    const foreign = await app.inject({ method: 'POST', url: `/v1/pilot/drafts/${pending}/decision`, headers: bearer(other.apiKey), payload: { action: 'approve' } });
    assert.equal(foreign.statusCode, 404);
    assert.equal((await decide(pending, { action: 'approve' })).statusCode, 200);
  });
});
