// The customer bot as a customer meets it: updates handed to the tenant's bot, its answers
// recorded, and what reached Temporal read back from the conversation workflow's history
// (no worker runs on this task queue, so the workflows only receive).
import assert from 'node:assert/strict';
import type { Client } from '@temporalio/client';
import { issueLinkToken, saveLink } from '../../../api/telegram/links.js';
import { telegramConversationId } from '../../../api/telegram/conversation.js';
import { escalationKeyboard } from '../../../activities/telegram/keyboards.js';
import { conversationWorkflowId } from '../../../workflows/definitions.js';
import { newTenant, testDatabase, testLinkKey } from '../../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../../helpers/temporal.js';
import { callbackUpdate, conversationSeen, photoUpdate, tenantTestBot, textsSent, textUpdate } from '../../helpers/telegram-bot.js';
import type { Sql } from '../../../infra/db/database.js';

const TOKEN = '4242:AAbotTestTokenForTheShopSupportBot';
const ADMIN_CHAT = -100777;

describe('Telegram bot: linking, messages, buttons', function () {
  this.timeout(60_000);
  let sql: Sql;
  let client: Client;
  const taskQueue = `tg-bot-test-${process.pid}`;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    ({ sql } = await testDatabase());
    ({ client } = await devServerEnv());
  });

  const tenantBot = (name: string) => tenantTestBot({ sql, client, taskQueue }, name, { token: TOKEN, adminChatId: String(ADMIN_CHAT) });

  const conversationsOf = async (tenantId: string) =>
    sql<{ id: string; channel: string; customer: string; external_ref: string }[]>`
      select id, channel, customer, external_ref from conversations where tenant_id = ${tenantId}`;

  it('an unlinked user is told how to link, and nothing else happens', async () => {
    const { tenantId, bot, calls } = await tenantBot('unlinked');
    await bot.handleUpdate(textUpdate({ id: 501 }, '/start'));
    assert.match(textsSent(calls)[0]!, /\/link/, 'the welcome explains how to link');
    await bot.handleUpdate(textUpdate({ id: 501 }, 'refill 1001 please'));
    await bot.handleUpdate(textUpdate({ id: 501 }, 'I am alice, my username is alice'));
    await bot.handleUpdate(photoUpdate({ id: 501 }, 'refill 1001'));
    const answers = textsSent(calls).slice(1);
    assert.equal(answers.length, 3);
    for (const a of answers) assert.match(a, /must be linked to your account/);
    assert.equal((await conversationsOf(tenantId)).length, 0, 'no conversation');
    const started = await client.workflow.count(`WorkflowId STARTS_WITH "Conversation:${tenantId}:"`);
    assert.equal(started.count, 0, 'no workflow started');
  });

  it('links with a deep-link token; then a message reaches the conversation as the linked customer', async () => {
    const { tenantId, bot, calls } = await tenantBot('token');
    const { token } = await issueLinkToken(sql, testLinkKey, tenantId, 'alice');
    await bot.handleUpdate(textUpdate({ id: 502 }, `/start ${token}`));
    assert.match(textsSent(calls).at(-1)!, /linked to your account "alice"/);

    const update = textUpdate({ id: 502 }, 'пополните 1001 пожалуйста', { messageId: 77 });
    await bot.handleUpdate(update);
    const [conv] = await conversationsOf(tenantId);
    assert.ok(conv, 'a conversation row');
    assert.equal(conv.channel, 'telegram');
    assert.equal(conv.customer, 'alice');
    assert.equal(conv.external_ref, '502', 'replies go back to this chat');
    const seen = await conversationSeen(client, conversationWorkflowId(tenantId, conv.id));
    assert.equal(seen.input.customer, 'alice');
    assert.equal(seen.input.channel, 'telegram');
    assert.deepEqual(seen.messages.map((m) => [m.messageId, m.text]), [['tg-502-77', 'пополните 1001 пожалуйста']]);
    assert.equal(textsSent(calls).length, 1, 'the bot itself says nothing more: the workflow answers');
    // The same visibility query that finds nothing for an unlinked user finds this one.
    for (let i = 0; (await client.workflow.count(`WorkflowId STARTS_WITH "Conversation:${tenantId}:"`)).count !== 1; i++) {
      assert.ok(i < 50, 'the conversation workflow is visible');
      await new Promise((r) => setTimeout(r, 100));
    }

    // Telegram delivers the same update again: the same message ID, so the workflow reads it once.
    await bot.handleUpdate(update);
    const again = await conversationSeen(client, conversationWorkflowId(tenantId, conv.id));
    assert.deepEqual(new Set(again.messages.map((m) => m.messageId)), new Set(['tg-502-77']));
  });

  it('refuses expired, forged, foreign and reused tokens', async () => {
    const { tenantId, bot, calls } = await tenantBot('refusals');
    const other = await newTenant(sql, 'other-shop');
    const last = () => textsSent(calls).at(-1)!;
    const dayAgo = new Date(Date.now() - 25 * 3600_000);

    const expired = await issueLinkToken(sql, testLinkKey, tenantId, 'alice', dayAgo);
    await bot.handleUpdate(textUpdate({ id: 503 }, `/start ${expired.token}`));
    assert.match(last(), /expired/);

    const good = await issueLinkToken(sql, testLinkKey, tenantId, 'alice');
    const flipped = good.token.slice(0, 20) + (good.token[20] === 'A' ? 'B' : 'A') + good.token.slice(21);
    await bot.handleUpdate(textUpdate({ id: 503 }, `/start ${flipped}`));
    assert.match(last(), /not valid/, 'an altered token');
    await bot.handleUpdate(textUpdate({ id: 503 }, `/start ${'x'.repeat(43)}`));
    assert.match(last(), /not valid/, 'a made-up token');
    const foreign = await issueLinkToken(sql, testLinkKey, other.tenantId, 'alice');
    await bot.handleUpdate(textUpdate({ id: 503 }, `/start ${foreign.token}`));
    assert.match(last(), /not valid/, 'another shop\'s token');

    await bot.handleUpdate(textUpdate({ id: 503 }, 'refill 1001'));
    assert.match(last(), /must be linked/, 'none of them linked the user');

    await bot.handleUpdate(textUpdate({ id: 504 }, `/start ${good.token}`));
    assert.match(last(), /linked to your account "alice"/);
    await bot.handleUpdate(textUpdate({ id: 503 }, `/start ${good.token}`));
    assert.match(last(), /already been used/, 'single use');
    await bot.handleUpdate(textUpdate({ id: 503 }, 'refill 1001'));
    assert.match(last(), /must be linked/);
    assert.equal((await conversationsOf(tenantId)).length, 0);
  });

  it('a lone order number gets buttons; a press sends the action into the conversation', async () => {
    const { tenantId, bot, calls } = await tenantBot('buttons');
    const link = await saveLink(sql, tenantId, 505, 'alice', 'token');
    await bot.handleUpdate(textUpdate({ id: 505 }, '1001'));
    const ask = calls.find((c) => c.method === 'sendMessage')!;
    assert.match(String(ask.payload.text), /order 1001/);
    const buttons = (ask.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    assert.deepEqual(buttons.map((b) => b.text), ['Refill', 'Cancel', 'Speed up', 'Status']);
    assert.equal((await conversationsOf(tenantId)).length, 0, 'the number alone is not sent on');

    const refill = buttons.find((b) => b.text === 'Refill')!.callback_data;
    await bot.handleUpdate(callbackUpdate({ id: 505 }, refill, { messageId: 9000 }));
    const answer = calls.find((c) => c.method === 'answerCallbackQuery')!;
    assert.match(String(answer.payload.text), /refill order 1001/);
    const seen = await conversationSeen(client, conversationWorkflowId(tenantId, telegramConversationId(505, link.id)));
    assert.deepEqual(seen.messages.map((m) => [m.messageId, m.text]), [['tg-505-9000-refill', 'refill order 1001']]);

    await bot.handleUpdate(textUpdate({ id: 505 }, '/status 1002', { messageId: 80 }));
    const after = await conversationSeen(client, conversationWorkflowId(tenantId, telegramConversationId(505, link.id)));
    assert.deepEqual(after.messages.at(-1)?.text, 'status order 1002');
  });

  it('a photo becomes an image attachment, its caption the text', async () => {
    const { tenantId, bot } = await tenantBot('photo');
    const link = await saveLink(sql, tenantId, 506, 'alice', 'code');
    await bot.handleUpdate(photoUpdate({ id: 506 }, 'refill 1001, here is the screenshot', { messageId: 31 }));
    const seen = await conversationSeen(client, conversationWorkflowId(tenantId, telegramConversationId(506, link.id)));
    const msg = seen.messages[0]!;
    assert.equal(msg.text, 'refill 1001, here is the screenshot');
    assert.equal(msg.attachments.length, 1);
    assert.equal(msg.attachments[0]!.kind, 'image');
    assert.match(msg.attachments[0]!.name ?? '', /large-file/, 'the largest size');
    assert.ok(!JSON.stringify(msg).includes(TOKEN), 'no download URL carrying the bot token');
  });

  it('escalation buttons pressed outside the admin chat are refused', async () => {
    const { bot, calls } = await tenantBot('admin-only');
    const buttons = escalationKeyboard('1').inline_keyboard.flat();
    assert.deepEqual(buttons.map((b) => [b.text, b.callback_data]), [['Resolve', 'esc:1:resolve'], ['Retry', 'esc:1:retry'], ['Close', 'esc:1:close']]);
    await bot.handleUpdate(callbackUpdate({ id: 507, username: 'mallory' }, buttons[0]!.callback_data, { chatId: 507, messageId: 5 }));
    await bot.handleUpdate(callbackUpdate({ id: 508 }, buttons[2]!.callback_data, { chatId: -100999, messageId: 6 }));
    const answers = calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => String(c.payload.text));
    assert.equal(answers.length, 2);
    for (const a of answers) assert.match(a, /Only members of the shop's admin chat/);
    assert.ok(!calls.some((c) => c.method.startsWith('edit')), 'the notice is left as it was');
  });

  it('in the admin chat, a request of another shop is not found', async () => {
    const { bot, calls } = await tenantBot('admin-foreign');
    const other = await newTenant(sql, 'foreign-shop');
    await sql`insert into conversations (id, tenant_id, channel, customer) values (${`c-${other.tenantId}`}, ${other.tenantId}, 'api', 'bob')`;
    const [req] = await sql<{ id: string }[]>`
      insert into requests (tenant_id, conversation_id, message_id, order_id, intent, workflow_id, state)
      values (${other.tenantId}, ${`c-${other.tenantId}`}, 'm1', '1001', 'refund', 'SupportRequest:x', 'escalated') returning id::text`;
    await bot.handleUpdate(callbackUpdate({ id: 509 }, `esc:${req!.id}:resolve`, { chatId: ADMIN_CHAT, messageId: 7 }));
    assert.match(String(calls.find((c) => c.method === 'answerCallbackQuery')?.payload.text), /No such request/);
  });
});
