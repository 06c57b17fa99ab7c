// Sending as the tenant's bot, against the Bot API simulator: delivered messages land in the
// chat, and each failure comes back as the kind a retry policy can act on.
import { strict as assert } from 'node:assert';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { sendBotMessage, TelegramPermanentError } from '../../../activities/telegram/bot-sender.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../../dev/simulators/telegram.js';

const TOKEN = '700100:provider-dispatch-bot';
const PROVIDER_CHAT = '-1009876543';

describe('sendBotMessage', () => {
  let sim: TelegramSimulator;
  const send = (over: Partial<Parameters<typeof sendBotMessage>[0]> = {}) =>
    sendBotMessage({ token: TOKEN, apiRoot: sim.url, chatId: PROVIDER_CHAT, text: 'Refill request: order 88123, 300 dropped.', ...over });

  beforeEach(async () => {
    sim = await startTelegramSimulator({ bots: [TOKEN] });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('delivers the text to the chat and returns Telegram’s message ID', async () => {
    const { messageId } = await send();
    const [msg] = sim.sent(TOKEN, PROVIDER_CHAT);
    assert.equal(msg?.message_id, messageId);
    assert.equal(msg?.text, 'Refill request: order 88123, 300 dropped.');
    assert.equal(msg?.chat.type, 'supergroup');
  });

  it('answers a given message in the thread, and still sends when that message is gone', async () => {
    const provider = sim.pushMessage(TOKEN, { chatId: Number(PROVIDER_CHAT), from: 5005, text: 'which order?' });
    const threaded = await send({ text: 'Order 88123', replyToMessageId: provider.message?.message_id });
    const sent = sim.sent(TOKEN, PROVIDER_CHAT).find((m) => m.message_id === threaded.messageId);
    assert.equal(sent?.reply_to_message?.text, 'which order?');
    const orphan = await send({ text: 'Order 88124', replyToMessageId: 999_999 });
    assert.ok(orphan.messageId > threaded.messageId);
  });

  it('a bot blocked or removed from the chat is a permanent failure', async () => {
    sim.bots.get(TOKEN)?.blocked.add(PROVIDER_CHAT);
    await assert.rejects(send(), (err: unknown) => {
      assert.ok(err instanceof TelegramPermanentError);
      assert.equal(err.name, 'TelegramPermanentError');
      assert.equal(err.reason, 'blocked');
      assert.equal(err.errorCode, 403);
      assert.doesNotMatch(err.message, /provider-dispatch-bot/, 'the token stays out of messages');
      return true;
    });
  });

  it('an unknown chat and a wrong token are permanent failures', async () => {
    await assert.rejects(send({ chatId: '@no_such_provider' }), (err: unknown) => err instanceof TelegramPermanentError && err.reason === 'chat_not_found');
    await assert.rejects(send({ token: '700100:revoked' }), (err: unknown) => err instanceof TelegramPermanentError && err.reason === 'unauthorized');
  });

  it('Telegram down (500) or flooding (429) is retryable, with the wait Telegram asked for', async () => {
    sim.failNext(TOKEN, 1, { code: 500 });
    await assert.rejects(send(), (err: unknown) => err instanceof Error && !(err instanceof TelegramPermanentError) && /500/.test(err.message));
    sim.failNext(TOKEN, 1, { code: 429, retryAfter: 7 });
    await assert.rejects(send(), (err: unknown) => err instanceof Error && !(err instanceof TelegramPermanentError) && /retry after 7s/.test(err.message));
    assert.equal(sim.sent(TOKEN).length, 0);
    await send();
    assert.equal(sim.sent(TOKEN).length, 1, 'the retry delivers once');
  });

  it('an unreachable API is retryable and says the request never left (ECONNREFUSED)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    await assert.rejects(send({ apiRoot: `http://127.0.0.1:${port}` }), (err: unknown) => {
      assert.ok(err instanceof Error && !(err instanceof TelegramPermanentError));
      assert.equal((err.cause as { code?: string } | undefined)?.code, 'ECONNREFUSED');
      return true;
    });
  });
});
