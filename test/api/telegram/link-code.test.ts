// Linking with a one-time code delivered inside the panel: the simulated Perfect Panel
// receives the ticket with the code, and only that code (in time, in 5 tries) links.
import assert from 'node:assert/strict';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { createTenantBot } from '../../../api/telegram/bot.js';
import { findLink } from '../../../api/telegram/links.js';
import { savePanel } from '../../../infra/tenants/connections.js';
import { startSimulators, type Simulators } from '../../../dev/simulators/index.js';
import type { Sql } from '../../../infra/db/database.js';
import { newTenant, testBox, testDatabase, testLinkKey } from '../../helpers/database.js';
import { BOT_INFO, recordCalls, textsSent, textUpdate } from '../../helpers/telegram-bot.js';

describe('Telegram bot: linking with a one-time code posted into a panel ticket', () => {
  let sql: Sql;
  let sims: Simulators;

  before(async () => {
    ({ sql } = await testDatabase());
    sims = await startSimulators({});
  });
  after(() => sims.close());

  async function tenantBot(name: string, withPanel = true) {
    const { tenantId } = await newTenant(sql, name);
    if (withPanel) await savePanel(sql, testBox, tenantId, sims.config.panel);
    const bot = createTenantBot({
      sql, box: testBox, logger: pino({ level: 'silent' }), apiRoot: 'http://127.0.0.1:9', linkKey: testLinkKey, tenantId,
      // Nothing here reaches a conversation; a client to a closed port proves it.
      temporal: new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) }),
      taskQueue: 'unused', mode: 'webhook', adminChatId: null,
    }, { token: '4242:AAcodeTestTokenForTheShopSupportBot', botInfo: BOT_INFO });
    return { tenantId, bot, calls: recordCalls(bot) };
  }

  const codeTicketsFor = (username: string) =>
    [...sims.panel.state.tickets.values()].filter((t) => t.user === username && /Telegram link code/.test(t.subject));
  const codeIn = (ticket: { messages: Array<{ message: string }> }) => /\b(\d{6})\b/.exec(ticket.messages[0]!.message)![1]!;

  it('posts a code into a new ticket on the account; the code sent back links the chat', async () => {
    const { tenantId, bot, calls } = await tenantBot('code-ok');
    const before = codeTicketsFor('carol').length;
    await bot.handleUpdate(textUpdate({ id: 601 }, '/link carol'));
    assert.match(textsSent(calls).at(-1)!, /6-digit code is waiting/);
    const tickets = codeTicketsFor('carol');
    assert.equal(tickets.length, before + 1, 'the panel has a new ticket for carol');
    const code = codeIn(tickets.at(-1)!);

    const wrong = code === '000000' ? '000001' : '000000';
    await bot.handleUpdate(textUpdate({ id: 601 }, wrong));
    assert.match(textsSent(calls).at(-1)!, /not right\. 4 tries left/);
    assert.equal(await findLink(sql, tenantId, 601), null);

    await bot.handleUpdate(textUpdate({ id: 601 }, code));
    assert.match(textsSent(calls).at(-1)!, /linked to your account "carol"/);
    assert.equal((await findLink(sql, tenantId, 601))?.customer, 'carol');

    await bot.handleUpdate(textUpdate({ id: 601 }, code));
    assert.doesNotMatch(textsSent(calls).at(-1)!, /linked to your account/, 'the code works once');
  });

  it('five wrong tries spend the code; the right one then links nothing', async () => {
    const { tenantId, bot, calls } = await tenantBot('code-tries');
    await bot.handleUpdate(textUpdate({ id: 602 }, '/link dave'));
    const code = codeIn(codeTicketsFor('dave').at(-1)!);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) await bot.handleUpdate(textUpdate({ id: 602 }, wrong));
    assert.match(textsSent(calls).at(-1)!, /no tries are left/);
    await bot.handleUpdate(textUpdate({ id: 602 }, code));
    assert.match(textsSent(calls).at(-1)!, /must be linked/, 'the code is gone: the digits are just an unlinked message');
    assert.equal(await findLink(sql, tenantId, 602), null);

    await bot.handleUpdate(textUpdate({ id: 602 }, '/link dave'));
    assert.match(textsSent(calls).at(-1)!, /wait \d+ s/, 'a new code only after a pause');
  });

  it('another Telegram user cannot use the code meant for the one who asked', async () => {
    const { tenantId, bot, calls } = await tenantBot('code-other-user');
    await bot.handleUpdate(textUpdate({ id: 603 }, '/link erin'));
    const code = codeIn(codeTicketsFor('erin').at(-1)!);
    await bot.handleUpdate(textUpdate({ id: 604 }, code));
    assert.match(textsSent(calls).at(-1)!, /must be linked/);
    assert.equal(await findLink(sql, tenantId, 604), null);
  });

  it('an expired code is refused', async () => {
    const { tenantId, bot, calls } = await tenantBot('code-expired');
    await bot.handleUpdate(textUpdate({ id: 605 }, '/link frank'));
    const code = codeIn(codeTicketsFor('frank').at(-1)!);
    await sql`update telegram_link_codes set expires_at = now() - interval '1 second' where tenant_id = ${tenantId}`;
    await bot.handleUpdate(textUpdate({ id: 605 }, code));
    assert.match(textsSent(calls).at(-1)!, /expired/);
    assert.equal(await findLink(sql, tenantId, 605), null);
  });

  it('without a panel, or without a username, /link explains itself', async () => {
    const { bot, calls } = await tenantBot('code-no-panel', false);
    await bot.handleUpdate(textUpdate({ id: 606 }, '/link'));
    assert.match(textsSent(calls).at(-1)!, /\/link alice/);
    await bot.handleUpdate(textUpdate({ id: 606 }, '/link gina'));
    assert.match(textsSent(calls).at(-1)!, /not available/);
  });
});
