// The customer bot speaks the customer's language (SPEC 10.1): welcome, help, linking, the
// order buttons, in every reply language; English for a language it has no texts for.
import assert from 'node:assert/strict';
import type { Client } from '@temporalio/client';
import { BOT_TEXTS, botTexts } from '../../../api/telegram/bot-texts.js';
import { saveLink } from '../../../api/telegram/links.js';
import { SUPPORTED_REPLY_LANGUAGES } from '../../../workflows/replies/languages.js';
import { testDatabase } from '../../helpers/database.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../../helpers/temporal.js';
import { tenantTestBot, textsSent, textUpdate } from '../../helpers/telegram-bot.js';
import type { Sql } from '../../../infra/db/database.js';

describe('Telegram bot texts in every reply language', function () {
  this.timeout(60_000);

  it('has every text and button in every reply language, written in that language', () => {
    assert.deepEqual(Object.keys(BOT_TEXTS).sort(), [...SUPPORTED_REPLY_LANGUAGES].sort());
    const en = BOT_TEXTS.en;
    for (const [lang, t] of Object.entries(BOT_TEXTS)) {
      const rendered = Object.entries(t).map(([key, v]) => [key, typeof v === 'function' ? (v as (x: never) => string)('alice' as never) : v] as const);
      for (const [key, v] of rendered) assert.ok(typeof v === 'object' || String(v).trim(), `${lang}.${key} is empty`);
      if (lang === 'en') continue;
      for (const key of ['welcome', 'help', 'howToLink', 'unsupported', 'notAccepted'] as const) assert.notEqual(t[key], en[key], `${lang}.${key} is still English`);
      assert.notDeepEqual(t.buttons, en.buttons, `${lang} buttons are still English`);
      // Commands and the example order stay as they are, so the help still works when followed.
      assert.match(t.help, /\/status 1001/);
      assert.match(t.codeWrong(2), /2/);
    }
  });

  it('falls back to English for a language without texts, and reads regional tags', () => {
    assert.equal(botTexts('ja'), BOT_TEXTS.en);
    assert.equal(botTexts(undefined), BOT_TEXTS.en);
    assert.equal(botTexts('pt-br'), BOT_TEXTS.pt);
  });

  describe('as a customer meets it', () => {
    let sql: Sql;
    let client: Client;
    before(async function () {
      this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
      ({ sql } = await testDatabase());
      ({ client } = await devServerEnv());
    });

    const tenantBot = (name: string) => tenantTestBot({ sql, client, taskQueue: `tg-lang-${process.pid}` }, name, { token: '4242:AAlangTestToken', adminChatId: null });

    it('welcomes, helps and explains linking in Spanish to a Spanish Telegram user', async () => {
      const { bot, calls } = await tenantBot('lang-es');
      const maria = { id: 601, languageCode: 'es' };
      await bot.handleUpdate(textUpdate(maria, '/start'));
      await bot.handleUpdate(textUpdate(maria, '/help'));
      await bot.handleUpdate(textUpdate(maria, 'reponer 1001'));
      assert.deepEqual(textsSent(calls), [BOT_TEXTS.es.welcome, BOT_TEXTS.es.help, BOT_TEXTS.es.howToLink]);
    });

    it('labels the order buttons in Russian for a Russian user', async () => {
      const { tenantId, bot, calls } = await tenantBot('lang-ru');
      await saveLink(sql, tenantId, 602, 'alice', 'token');
      await bot.handleUpdate(textUpdate({ id: 602, languageCode: 'ru' }, '1001'));
      const ask = calls.find((c) => c.method === 'sendMessage')!;
      assert.equal(ask.payload.text, 'Что сделать с заказом 1001?');
      const buttons = (ask.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat();
      assert.deepEqual(buttons.map((b) => b.text), ['Докрутка', 'Отмена', 'Ускорить', 'Статус']);
    });
  });
});
