// The owner's-account sender. MTProto cannot be reached from a test machine, so the GramJS
// wrapper is held to its failure paths (no network for a missing session, a fast failure for
// a server that refuses), and the userbot-then-bot choice is checked with fakes.
import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { AuthKey } from 'telegram/crypto/AuthKey.js';
import { StringSession } from 'telegram/sessions/index.js';
import {
  createGramJsUserbot,
  sendViaUserbotThenBot,
  UserbotUnavailableError,
  type UserbotSender,
} from '../../../activities/telegram/userbot.js';
import { TelegramPermanentError } from '../../../activities/telegram/bot-sender.js';

/** A well-formed session whose data centre is this machine (GramJS dials port 80 on it). */
async function loopbackSession(): Promise<string> {
  const key = new AuthKey();
  await key.setKey(Buffer.alloc(256, 7));
  const session = new StringSession('');
  session.setDC(2, '127.0.0.1', 80);
  session.setAuthKey(key);
  return session.save();
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

const creds = { apiId: 12345, apiHash: '0123456789abcdef0123456789abcdef', connectTimeoutMs: 3_000 };

describe('createGramJsUserbot', () => {
  it('without a session it refuses at once, without touching the network', async () => {
    const started = Date.now();
    await assert.rejects(createGramJsUserbot({ ...creds, session: '' }).send('@provider', 'hi'), (err: unknown) => {
      assert.ok(err instanceof UserbotUnavailableError);
      assert.equal(err.reason, 'no_session');
      assert.equal(err.name, 'UserbotUnavailableError');
      return true;
    });
    assert.ok(Date.now() - started < 200);
  });

  it('a session string that is not a GramJS session is refused the same way', async () => {
    for (const session of ['not-a-session', '1AAAA', '1' + Buffer.from('short').toString('base64')]) {
      await assert.rejects(
        createGramJsUserbot({ ...creds, session }).send('@provider', 'hi'),
        (err: unknown) => err instanceof UserbotUnavailableError && err.reason === 'invalid_session',
        session,
      );
    }
  });

  it('missing api credentials are a configuration problem, not a retry', async () => {
    await assert.rejects(
      createGramJsUserbot({ ...creds, apiId: 0, session: await loopbackSession() }).send('@provider', 'hi'),
      (err: unknown) => err instanceof UserbotUnavailableError && err.reason === 'not_configured',
    );
  });

  it('a server that refuses the connection fails fast, as a retryable error that says nothing was sent', async function () {
    if (!(await portIsClosed(80))) this.skip();
    const started = Date.now();
    await assert.rejects(createGramJsUserbot({ ...creds, session: await loopbackSession() }).send('@provider', 'hi'), (err: unknown) => {
      assert.ok(err instanceof Error && !(err instanceof UserbotUnavailableError));
      assert.equal((err.cause as { code?: string } | undefined)?.code, 'ECONNREFUSED');
      return true;
    });
    assert.ok(Date.now() - started < 2_000, `took ${Date.now() - started} ms`);
  });
});

describe('sendViaUserbotThenBot', () => {
  const msg = { chatId: '-1001', text: 'Refill request: order 88123, 300 dropped.' };
  const botCalls: Array<[string, string]> = [];
  const bot = (chatId: string, text: string) => {
    botCalls.push([chatId, text]);
    return Promise.resolve({ messageId: 900 });
  };
  const userbot = (send: UserbotSender['send']): UserbotSender => ({ send });

  beforeEach(() => {
    botCalls.length = 0;
  });

  it('the userbot delivers when it can, and the bot stays silent', async () => {
    const got = await sendViaUserbotThenBot(userbot(() => Promise.resolve({ messageId: 41 })), bot, msg);
    assert.deepEqual(got, { messageId: 41, channel: 'userbot' });
    assert.equal(botCalls.length, 0);
  });

  it('any userbot failure falls back to the bot, and says why', async () => {
    for (const failure of [new UserbotUnavailableError('session revoked', 'unauthorized'), new Error('userbot: sending timed out')]) {
      const got = await sendViaUserbotThenBot(userbot(() => Promise.reject(failure)), bot, msg);
      assert.equal(got.channel, 'telegram_bot');
      assert.equal(got.messageId, 900);
      assert.equal(got.userbotError, failure.message);
    }
    assert.deepEqual(botCalls, [[msg.chatId, msg.text], [msg.chatId, msg.text]]);
  });

  it('no userbot at all goes straight to the bot, in the bot’s own chat when it has one', async () => {
    const got = await sendViaUserbotThenBot(null, bot, { ...msg, botChatId: '-1002' });
    assert.equal(got.channel, 'telegram_bot');
    assert.deepEqual(botCalls, [['-1002', msg.text]]);
  });

  it('when both fail, the bot’s error decides what happens next', async () => {
    const blocked = new TelegramPermanentError('telegram sendMessage: 403 Forbidden: bot was blocked by the user', 'blocked', 403);
    await assert.rejects(
      sendViaUserbotThenBot(userbot(() => Promise.reject(new Error('down'))), () => Promise.reject(blocked), msg),
      (err: unknown) => err === blocked,
    );
  });
});
