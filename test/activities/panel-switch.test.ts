import assert from 'node:assert/strict';
import type { Client } from '@temporalio/client';
import { createTicketActivities, ticketConversationId } from '../../activities/tickets.js';
import { createOrderActivities } from '../../activities/orders.js';
import { createStoreActivities } from '../../activities/store.js';
import { DeliveryRefusedError, recordAndDeliver } from '../../activities/delivery.js';
import { closeRequestsOfPreviousPanels } from '../../app/panel-switch.js';
import { readPanel, savePanel } from '../../infra/tenants/connections.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';

/** Records what would be handed to, or signalled at, workflows. */
function recordingClient() {
  const handed: Array<{ workflowId: string; text: string }> = [];
  const signalled: string[] = [];
  const client = {
    workflow: {
      signalWithStart: async (_type: string, o: { workflowId: string; signalArgs: [{ text: string }] }) => {
        handed.push({ workflowId: o.workflowId, text: o.signalArgs[0].text });
      },
      getHandle: (workflowId: string) => ({ signal: async () => void signalled.push(workflowId) }),
    },
  } as unknown as Client;
  return { client, handed, signalled };
}

describe('switching to a different panel never mixes it with the previous one (real PostgreSQL, two panel simulators)', () => {
  let first: Simulators;
  let second: Simulators;
  before(async () => {
    first = await startSimulators({});
    second = await startSimulators({});
  });
  after(async () => {
    await first.close();
    await second.close();
  });

  it('keeps the new panel\'s ticket #N out of the old #N conversation, never posts there, and closes the old panel\'s requests', async () => {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'switch');
    const { client, handed, signalled } = recordingClient();
    const tickets = createTicketActivities({ sql, box: testBox, temporal: client, taskQueue: 'unused' });
    const store = createStoreActivities({ sql });
    const deps = { sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:1' };

    // The demo panel: carol's ticket, answered, and a request opened against it.
    assert.deepEqual(await savePanel(sql, testBox, tenantId, first.config.panel), { generation: 1, switched: false });
    const oldTicket = first.panel.addTicket('carol', 'Refill', 'refill 1001');
    await tickets.pollTickets({ tenantId });
    const oldConversation = ticketConversationId(tenantId, String(oldTicket));
    await store.recordConversation({ tenantId, conversationId: oldConversation, channel: 'panel_ticket', customer: 'carol' });
    const [opened] = await store.admitRequests({ tenantId, conversationId: oldConversation, messageId: 'm1', items: [{ orderId: '1001', intent: 'refill' }] });
    assert.equal(opened!.panelGeneration, 1);

    // The owner connects the real panel; its first ticket has the same number, another customer.
    assert.deepEqual(await savePanel(sql, testBox, tenantId, second.config.panel), { generation: 2, switched: true });
    assert.equal((await savePanel(sql, testBox, tenantId, second.config.panel)).generation, 2, 'the same panel again is no switch');
    const newTicket = second.panel.addTicket('zoe', 'Hello', 'cancel 1005');
    assert.equal(newTicket, oldTicket, 'the scenario needs the same ticket number on both panels');
    await tickets.pollTickets({ tenantId });
    const newConversation = ticketConversationId(tenantId, String(newTicket), 2);
    assert.notEqual(newConversation, oldConversation);
    const about = handed.filter((h) => h.workflowId.endsWith(`:${oldConversation}`) || h.workflowId.endsWith(`:${newConversation}`));
    assert.deepEqual(about.map((h) => [h.workflowId.endsWith(newConversation) ? 'new' : 'old', h.text]), [['old', 'refill 1001'], ['new', 'cancel 1005']], 'zoe\'s message was read, into its own conversation');

    // A late reply about carol's order is refused, and zoe's ticket gets nothing.
    await assert.rejects(recordAndDeliver(deps, oldConversation, 'late:1', 'Order 1001: refilled.'), DeliveryRefusedError);
    assert.equal(second.panel.state.tickets.get(newTicket)!.messages.filter((m) => m.isStaff).length, 0);
    const [refused] = await sql<{ delivery_error: string }[]>`select delivery_error from replies where conversation_id = ${oldConversation} and reply_key = 'late:1'`;
    assert.match(refused!.delivery_error, /panel connected before/);

    // Order 1001 of the new panel is not the order the old request is about.
    const orders = createOrderActivities({ sql, box: testBox });
    await assert.rejects(orders.fetchOrder({ tenantId, orderId: '1001', panelGeneration: 1 }), (err: Error & { type?: string }) => err.type === 'PanelChanged');
    assert.equal((await orders.fetchOrder({ tenantId, orderId: '1001', panelGeneration: 2 }))?.id, '1001');

    // The old panel's open request is told to close; repeating the call is harmless.
    assert.equal(await closeRequestsOfPreviousPanels({ sql, temporal: client }, tenantId), 1);
    assert.deepEqual(signalled, [opened!.workflowId]);
    assert.equal((await readPanel(sql, testBox, tenantId))?.generation, 2);
  });
});
