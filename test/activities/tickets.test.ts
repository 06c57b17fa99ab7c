import assert from 'node:assert/strict';
import type { Client } from '@temporalio/client';
import { createTicketActivities, ticketConversationId } from '../../activities/tickets.js';
import { DeliveryRefusedError, recordAndDeliver } from '../../activities/delivery.js';
import { savePanel } from '../../infra/tenants/connections.js';
import { saveTelegramBot } from '../../infra/tenants/channels.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../dev/simulators/telegram.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';

/** Records what would be handed to conversation workflows. */
function recordingClient() {
  const handed: Array<{ workflowId: string; messageId: string; text: string; customer: string }> = [];
  const client = {
    workflow: {
      signalWithStart: async (_type: string, o: { workflowId: string; args: [{ customer: string }]; signalArgs: [{ messageId: string; text: string }] }) => {
        handed.push({ workflowId: o.workflowId, messageId: o.signalArgs[0].messageId, text: o.signalArgs[0].text, customer: o.args[0].customer });
      },
    },
  } as unknown as Client;
  return { client, handed };
}

describe('panel tickets: polling and replies (real PostgreSQL, panel simulator)', () => {
  let sims: Simulators;
  before(async () => {
    sims = await startSimulators({});
  });
  after(() => sims.close());

  async function setup() {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'tickets');
    await savePanel(sql, testBox, tenantId, sims.config.panel);
    const { client, handed } = recordingClient();
    const tickets = createTicketActivities({ sql, box: testBox, temporal: client, taskQueue: 'unused' });
    return { sql, tenantId, tickets, handed };
  }

  it('cleans what PostgreSQL cannot store out of a panel ticket before a conversation sees it, and clips a 1 MB text', async () => {
    const { sql, tenantId, tickets, handed } = await setup();
    const id = sims.panel.addTicket('da\u0000ve', 'Help', `refill 1001\u0000 please \uD800${'x'.repeat(1_000_000)}`);
    await tickets.pollTickets({ tenantId });
    const mine = handed.filter((h) => h.workflowId.endsWith(ticketConversationId(tenantId, String(id))));
    assert.equal(mine.length, 1, 'the message is handed over, not stuck');
    assert.equal(mine[0]!.customer, 'dave');
    assert.ok(mine[0]!.text.startsWith('refill 1001 please \uFFFD'), 'NUL removed, the lone surrogate replaced');
    assert.equal(mine[0]!.text.length, 4000, 'clipped to a customer message');
    const [conv] = await sql<{ customer: string }[]>`select customer from conversations where tenant_id = ${tenantId} and external_ref = ${String(id)}`;
    assert.equal(conv?.customer, 'dave', 'the conversation row was stored');
  });

  it('hands each new customer message over once, as the ticket\'s author, and never our own replies', async () => {
    const { tenantId, tickets, handed } = await setup();
    const id = sims.panel.addTicket('carol', 'Order problem', 'refill 1001 please');
    await tickets.pollTickets({ tenantId });
    const mine = () => handed.filter((h) => h.workflowId.endsWith(ticketConversationId(tenantId, String(id))));
    assert.equal(mine().length, 1);
    assert.equal(mine()[0]!.customer, 'carol', 'the ticket\'s author is the customer');
    await tickets.pollTickets({ tenantId });
    assert.equal(mine().length, 1, 'a second poll hands nothing over again');
    sims.panel.addCustomerMessage(id, 'and cancel 1005');
    await tickets.pollTickets({ tenantId });
    assert.deepEqual(mine().map((h) => h.text), ['refill 1001 please', 'and cancel 1005']);
  });

  it('gives overlapping polls the same message IDs, so the conversation handles each once', async () => {
    const { tenantId, tickets, handed } = await setup();
    const id = sims.panel.addTicket('dave', 'Help', 'speed up 1015');
    await Promise.all([tickets.pollTickets({ tenantId }), tickets.pollTickets({ tenantId })]);
    const mine = handed.filter((h) => h.workflowId.endsWith(ticketConversationId(tenantId, String(id))));
    assert.ok(mine.length >= 1);
    assert.equal(new Set(mine.map((h) => h.messageId)).size, 1, 'one message, one ID');
  });

  it('answers inside the ticket once, even when the delivery is retried after a lost answer', async () => {
    const { sql, tenantId, tickets } = await setup();
    const id = sims.panel.addTicket('erin', 'Refill', 'refill 1001');
    await tickets.pollTickets({ tenantId });
    const conv = ticketConversationId(tenantId, String(id));
    await recordAndDeliver({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' }, conv, 'msg:1', 'We asked the provider to refill order 1001.');
    await recordAndDeliver({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' }, conv, 'msg:1', 'We asked the provider to refill order 1001.');
    // A delivery whose answer was lost: posted, but not marked delivered.
    await sql`update replies set delivered_at = null where conversation_id = ${conv}`;
    await recordAndDeliver({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' }, conv, 'msg:1', 'We asked the provider to refill order 1001.');
    const staff = sims.panel.state.tickets.get(id)!.messages.filter((m) => m.isStaff);
    assert.equal(staff.length, 1);
    assert.match(staff[0]!.message, /refill order 1001/);
  });

  it('reports a reply the panel refuses for good (a locked ticket) at once, with the reason kept', async () => {
    const { sql, tenantId, tickets } = await setup();
    const id = sims.panel.addTicket('frank', 'Refill', 'refill 1001');
    await tickets.pollTickets({ tenantId });
    sims.panel.state.tickets.get(id)!.status = 'locked';
    const conv = ticketConversationId(tenantId, String(id));
    await assert.rejects(recordAndDeliver({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' }, conv, 'msg:1', 'Order 1001: refilled.'), DeliveryRefusedError);
    const [row] = await sql<{ delivery_error: string; delivered_at: Date | null }[]>`select delivery_error, delivered_at from replies where conversation_id = ${conv}`;
    assert.match(row!.delivery_error, /locked/i);
    assert.equal(row!.delivered_at, null);
  });

  describe('Telegram conversations', () => {
    const TOKEN = '555001:AAdeliveryTestTokenForTheShopBotX';
    let tg: TelegramSimulator;
    before(async () => {
      tg = await startTelegramSimulator({ bots: [TOKEN] });
    });
    after(() => tg.close());

    it('sends the reply to the chat the message came from, once', async () => {
      const { sql, tenantId } = await setup();
      await saveTelegramBot(sql, testBox, tenantId, { token: TOKEN, mode: 'polling', adminChatId: null, webhookSecret: null });
      const conv = `tg-test-${tenantId}`;
      await sql`insert into conversations (id, tenant_id, channel, customer, external_ref) values (${conv}, ${tenantId}, 'telegram', 'alice', '424242')`;
      const deps = { sql, box: testBox, telegramApiRoot: tg.url };
      await recordAndDeliver(deps, conv, 'msg:1', 'Order 1001: refilled.');
      await recordAndDeliver(deps, conv, 'msg:1', 'Order 1001: refilled.');
      const sent = tg.sent(TOKEN, '424242');
      assert.equal(sent.length, 1);
      assert.equal(sent[0]!.text, 'Order 1001: refilled.');
    });
  });
});
