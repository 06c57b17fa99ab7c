// The fake Telegram Bot API, driven by grammY itself: a bot that polls and answers, a bot
// behind a webhook with its secret header, buttons, files, and the refusals real bots meet.
import { strict as assert } from 'node:assert';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, Bot, GrammyError, InlineKeyboard, webhookCallback } from 'grammy';
import { startTelegramSimulator, type TelegramSimulator } from '../../../dev/simulators/telegram.js';

const TOKEN = '123456:TEST-token-one';
const OTHER = '654321:TEST-token-two';

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('Telegram Bot API simulator', () => {
  let sim: TelegramSimulator;

  beforeEach(async () => {
    sim = await startTelegramSimulator({ bots: [{ token: TOKEN, username: 'shop_support_bot' }, OTHER], webhookRetryMs: 20 });
  });
  afterEach(async () => {
    await sim.close();
  });

  it('a grammY bot in polling mode receives a pushed message at once and replies to it', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: sim.url } });
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`, { reply_parameters: { message_id: ctx.message.message_id } }));
    const running = bot.start({ timeout: 30 });
    try {
      await new Promise((r) => setTimeout(r, 100)); // let the long poll begin
      const started = Date.now();
      const update = sim.pushMessage(TOKEN, { chatId: 777, from: { id: 777, first_name: 'Ann' }, text: 'refill 88123' });
      const reply = await sim.waitForSent(TOKEN, (m) => m.text === 'echo: refill 88123', 3_000);
      assert.ok(Date.now() - started < 2_000, 'the long poll answered when the update arrived, not at its timeout');
      assert.equal(reply.chat.id, 777);
      assert.equal(reply.reply_to_message?.message_id, update.message?.message_id);
      assert.equal(bot.botInfo.username, 'shop_support_bot');
      const methods = sim.bots.get(TOKEN)?.calls.map((c) => c.method) ?? [];
      assert.deepEqual(methods.slice(0, 2), ['getme', 'deletewebhook']);
    } finally {
      await bot.stop();
      await running;
    }
    assert.equal(sim.bots.get(TOKEN)?.updates.length, 0, 'stopping confirmed the handled update');
  });

  it('buttons: a callback is answered and the message edited', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: sim.url } });
    bot.callbackQuery('approve', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Approved' });
      await ctx.editMessageText('Refill approved', { reply_markup: undefined });
    });
    const msg = await bot.api.sendMessage(-1001234, 'Approve refill 88123?', { reply_markup: new InlineKeyboard().text('Approve', 'approve') });
    assert.deepEqual(sim.sent(TOKEN, -1001234)[0]?.reply_markup, { inline_keyboard: [[{ text: 'Approve', callback_data: 'approve' }]] });
    const running = bot.start({ timeout: 30 });
    try {
      sim.pushCallback(TOKEN, { chatId: -1001234, from: 42, messageId: msg.message_id, data: 'approve' });
      const edited = await sim.waitForSent(TOKEN, (m) => m.text === 'Refill approved', 3_000);
      assert.ok(edited.edit_date);
      assert.equal(edited.reply_markup, undefined);
      assert.equal(sim.bots.get(TOKEN)?.callbackAnswers[0]?.text, 'Approved');
    } finally {
      await bot.stop();
      await running;
    }
  });

  it('webhook mode delivers with the secret header; getUpdates then answers 409', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: sim.url } });
    bot.on('message:text', (ctx) => ctx.reply(`got ${ctx.message.text}`));
    const handle = webhookCallback(bot, 'http', { secretToken: 'hook-secret_1' });
    const seen: IncomingHttpHeaders[] = [];
    const { server, url } = await listen((req, res) => {
      seen.push(req.headers);
      void handle(req, res);
    });
    try {
      await bot.api.setWebhook(url, { secret_token: 'hook-secret_1' });
      sim.pushMessage(TOKEN, { chatId: 500, from: 500, text: 'hello' });
      await sim.waitForSent(TOKEN, (m) => m.text === 'got hello', 3_000);
      assert.equal(seen[0]?.['x-telegram-bot-api-secret-token'], 'hook-secret_1');
      await assert.rejects(bot.api.getUpdates(), (err: unknown) => err instanceof GrammyError && err.error_code === 409);
      const info = await bot.api.getWebhookInfo();
      assert.equal(info.url, url);
      assert.equal(info.pending_update_count, 0);
    } finally {
      await closeServer(server);
    }
  });

  it('a webhook that fails is retried until it accepts; the error is reported; a method in its answer runs', async () => {
    let calls = 0;
    const bodies: unknown[] = [];
    const { server, url } = await listen((req, res) => {
      calls += 1;
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(body));
        if (calls === 1) res.writeHead(502).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: 'sendMessage', chat_id: 9, text: 'via webhook reply' }));
      });
    });
    try {
      const api = new Api(TOKEN, { apiRoot: sim.url });
      await api.setWebhook(url);
      const update = sim.pushMessage(TOKEN, { chatId: 9, from: 9, text: 'once more' });
      for (let i = 0; i < 100 && (sim.bots.get(TOKEN)?.updates.length ?? 1) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(calls, 2);
      assert.deepEqual(bodies[1], bodies[0]);
      assert.equal((bodies[1] as { update_id: number }).update_id, update.update_id);
      const info = await api.getWebhookInfo();
      assert.match(info.last_error_message ?? '', /502/);
      await sim.waitForSent(TOKEN, (m) => m.text === 'via webhook reply' && m.chat.id === 9, 1_000);
      await api.deleteWebhook();
      assert.deepEqual(await api.getUpdates({ timeout: 0 }), []);
    } finally {
      await closeServer(server);
    }
  });

  it('photos: getFile and the file URL serve the bytes that were sent', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 4, 5]);
    const update = sim.pushMessage(TOKEN, { chatId: 31, from: 31, text: 'screenshot of the drop', photo: bytes });
    const api = new Api(TOKEN, { apiRoot: sim.url });
    const photo = update.message?.photo?.at(-1);
    assert.equal(update.message?.caption, 'screenshot of the drop');
    const file = await api.getFile(photo?.file_id ?? '');
    const res = await fetch(`${sim.url}/file/bot${TOKEN}/${file.file_path}`);
    assert.equal(res.status, 200);
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), bytes);
    assert.equal((await fetch(`${sim.url}/file/bot${OTHER}/${file.file_path}`)).status, 404, 'files belong to their bot');
  });

  it('getUpdates: a long poll ends early on an update; offset confirms; a second poll ends the first with 409', async () => {
    const api = new Api(TOKEN, { apiRoot: sim.url });
    const started = Date.now();
    const polling = api.getUpdates({ timeout: 20 });
    setTimeout(() => sim.pushMessage(TOKEN, { chatId: 1, from: 1, text: 'a' }), 100);
    const [first] = await polling;
    assert.ok(first && Date.now() - started < 2_000);
    sim.pushMessage(TOKEN, { chatId: 1, from: 1, text: 'b' });
    assert.equal((await api.getUpdates({ offset: first.update_id + 1 })).length, 1);
    assert.equal((await api.getUpdates({ offset: -1 }))[0]?.message?.text, 'b');

    const other = new Api(OTHER, { apiRoot: sim.url });
    const older = other.getUpdates({ timeout: 20 });
    await new Promise((r) => setTimeout(r, 50));
    const newer = other.getUpdates({ timeout: 0 });
    await assert.rejects(older, (err: unknown) => err instanceof GrammyError && err.error_code === 409);
    assert.deepEqual(await newer, [], 'bots do not see each other’s updates');
  });

  it('answers form and query-string requests too, the way curl and PHP clients send them', async () => {
    const body = new URLSearchParams({ chat_id: '2001', text: 'form text', reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'x', callback_data: 'x' }]] }) });
    const res = await fetch(`${sim.url}/bot${TOKEN}/sendMessage`, { method: 'POST', body });
    const json = (await res.json()) as { ok: boolean; result: { text: string; reply_markup: unknown } };
    assert.equal(json.ok, true);
    assert.equal(json.result.text, 'form text');
    assert.ok(json.result.reply_markup);
    const me = (await (await fetch(`${sim.url}/bot${TOKEN}/getMe`)).json()) as { result: { id: number; is_bot: boolean } };
    assert.deepEqual([me.result.id, me.result.is_bot], [123456, true]);
  });

  it('refuses as Telegram does: bad token 401, blocked 403, unknown chat 400, flood 429, outage 500', async () => {
    const code = async (p: Promise<unknown>): Promise<[number, string]> => {
      try {
        await p;
        return [200, ''];
      } catch (err) {
        assert.ok(err instanceof GrammyError);
        return [err.error_code, err.description];
      }
    };
    const api = new Api(TOKEN, { apiRoot: sim.url });
    assert.deepEqual(await code(new Api('999:nope', { apiRoot: sim.url }).getMe()), [401, 'Unauthorized']);
    sim.pushMessage(TOKEN, { chatId: 55, from: 55, text: 'hi' });
    sim.bots.get(TOKEN)?.blocked.add('55');
    assert.deepEqual(await code(api.sendMessage(55, 'x')), [403, 'Forbidden: bot was blocked by the user']);
    assert.deepEqual(await code(api.sendMessage('@nobody_here', 'x')), [400, 'Bad Request: chat not found']);
    assert.deepEqual(await code(api.sendMessage(56, '')), [400, 'Bad Request: message text is empty']);
    sim.failNext(TOKEN, 1, { code: 429, retryAfter: 3 });
    await assert.rejects(api.sendMessage(56, 'x'), (err: unknown) => err instanceof GrammyError && err.parameters.retry_after === 3);
    sim.failNext(TOKEN, 1);
    assert.equal((await code(api.sendMessage(56, 'x')))[0], 500);
    assert.equal((await code(api.sendMessage(56, 'x')))[0], 200);
    await assert.rejects(api.setWebhook('https://example.com/hook'), /127\.0\.0\.1/);
  });
});
