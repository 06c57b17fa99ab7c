// The message inbox against real PostgreSQL and a real Temporal server: while the worker is
// behind, messages wait their turn and go to their conversations oldest first as earlier ones
// are answered; nothing accepted is lost when Temporal refuses, and nothing is handed over
// twice. No worker runs here: a conversation that exists in Temporal is a message handed over,
// and a reply row is the answer the product records.
import assert from 'node:assert/strict';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { handMessageToConversation, type IntakeDeps } from '../../app/hand-message.js';
import { dispatchWaiting, startInboxDispatcher, type AdmissionLimits } from '../../app/message-inbox.js';
import { conversationWorkflowId, type ConversationInput } from '../../workflows/definitions.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { eventually } from '../helpers/eventually.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';

describe('message inbox: order of arrival under overload (PostgreSQL, dev server)', function () {
  this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
  let seq = 0;
  const silent = { warn: () => {}, info: () => {} };

  async function setup(limits: AdmissionLimits) {
    const { sql } = await testDatabase();
    const { client } = await devServerEnv();
    const { tenantId } = await newTenant(sql, 'inbox');
    const taskQueue = `inbox-${process.pid}-${++seq}`;
    const deps: IntakeDeps = { sql, temporal: client, taskQueue, admission: limits };
    const conversation = (n: number): ConversationInput => ({ tenantId, conversationId: `${taskQueue}-c${n}`, channel: 'api', customer: `customer${n}` });
    const send = (n: number, via: IntakeDeps = deps) =>
      handMessageToConversation(via, conversation(n), { messageId: `m${n}`, text: `status ${1000 + n}`, attachments: [], receivedAt: new Date().toISOString() });
    /** Whether message n reached its conversation in Temporal. */
    const handedOver = async (n: number) => {
      try {
        await client.workflow.getHandle(conversationWorkflowId(tenantId, conversation(n).conversationId)).describe();
        return true;
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) return false;
        throw err;
      }
    };
    const reached = async (...ns: number[]) => Promise.all(ns.map(handedOver));
    const answer = (n: number) => sql`insert into replies (conversation_id, reply_key, text) values (${conversation(n).conversationId}, ${`msg:m${n}`}, 'ok')`;
    const dispatch = () => dispatchWaiting({ sql, temporal: client, taskQueue, limits, log: silent });
    return { sql, client, tenantId, taskQueue, deps, conversation, send, reached, answer, dispatch };
  }

  it('hands messages over at once while the gate has room, then holds the rest and hands them over oldest first as earlier ones are answered', async () => {
    const t = await setup({ inFlight: 2, leaseSeconds: 600 });
    for (const n of [1, 2, 3, 4, 5]) await t.send(n);
    assert.deepEqual(await t.reached(1, 2, 3, 4, 5), [true, true, false, false, false], 'two in flight, three waiting');

    assert.deepEqual(await t.dispatch(), { handedOver: 0, waiting: 3 }, 'no room until one is answered');
    await t.answer(1);
    assert.deepEqual(await t.dispatch(), { handedOver: 1, waiting: 2 });
    assert.deepEqual(await t.reached(3, 4, 5), [true, false, false], 'the oldest waiting message goes first');

    // A new message queues behind the waiting ones even when the gate has room again.
    await t.answer(2);
    await t.answer(3);
    await t.send(6);
    assert.deepEqual(await t.reached(6), [false], 'a newcomer does not jump the queue');
    assert.deepEqual(await t.dispatch(), { handedOver: 2, waiting: 1 });
    assert.deepEqual(await t.reached(4, 5, 6), [true, true, false]);
  });

  it('stops counting a handed-over message after its lease, answered or not, so a stuck request cannot shut the gate', async () => {
    const t = await setup({ inFlight: 1, leaseSeconds: 1 });
    await t.send(1);
    await t.send(2);
    assert.deepEqual(await t.reached(1, 2), [true, false]);
    // Message 1 is never answered (a panel that does not answer); its lease runs out.
    await eventually('the waiting message to be handed over once the lease ran out', async () => (await t.dispatch()).handedOver === 1, 30_000);
    assert.deepEqual(await t.reached(2), [true]);
  });

  it('accepts a repeated delivery once and hands the message over once', async () => {
    const t = await setup({ inFlight: 5, leaseSeconds: 600 });
    await t.send(1);
    await t.send(1);
    const rows = await t.sql`select 1 from message_inbox where task_queue = ${t.taskQueue}`;
    assert.equal(rows.length, 1);
    const history = await t.client.workflow.getHandle(conversationWorkflowId(t.tenantId, t.conversation(1).conversationId)).fetchHistory();
    const signals = history.events!.filter((e) => e.workflowExecutionSignaledEventAttributes);
    assert.equal(signals.length, 1, 'handed over once (signal-with-start: one start, one signal)');
    const starts = history.events!.filter((e) => e.workflowExecutionStartedEventAttributes);
    assert.equal(starts.length, 1);
  });

  it('keeps a message Temporal refused in its place: a repeat or the dispatcher hands it over later', async () => {
    const t = await setup({ inFlight: 5, leaseSeconds: 600 });
    // A namespace Temporal does not know refuses at once, as an unreachable server would after its retries.
    const refusing: IntakeDeps = { ...t.deps, temporal: new Client({ connection: t.client.connection, namespace: `missing-${t.taskQueue}` }) };
    const state = async (n: number) => (await t.sql<{ dispatched: boolean; claimed: boolean }[]>`
      select dispatched_at is not null as dispatched, claimed_until is not null as claimed from message_inbox
      where task_queue = ${t.taskQueue} and message_id = ${`m${n}`}`)[0];
    await assert.rejects(t.send(1, refusing));
    assert.deepEqual(await state(1), { dispatched: false, claimed: false }, 'accepted, waiting its turn');
    // Message 2 queues behind message 1 rather than overtaking it.
    await t.send(2);
    assert.deepEqual(await t.reached(1, 2), [false, false]);
    assert.deepEqual(await state(2), { dispatched: false, claimed: false });

    // The channel delivers message 1 again (as Telegram does after a failed webhook): handed over at once.
    await t.send(1);
    assert.deepEqual(await t.reached(1, 2), [true, false]);
    assert.deepEqual(await state(1), { dispatched: true, claimed: false });

    // Nobody repeats message 2: the dispatcher hands it over.
    const dispatcher = startInboxDispatcher({ sql: t.sql, temporal: t.client, taskQueue: t.taskQueue, limits: t.deps.admission!, log: silent }, { busyMs: 50, idleMs: 50 });
    try {
      await eventually('the dispatcher to hand message 2 over', async () => (await t.reached(2))[0], 30_000);
    } finally {
      await dispatcher.stop();
    }
    assert.deepEqual(await state(2), { dispatched: true, claimed: false });
    const history = await t.client.workflow.getHandle(conversationWorkflowId(t.tenantId, t.conversation(1).conversationId)).fetchHistory();
    assert.equal(history.events!.filter((e) => e.workflowExecutionSignaledEventAttributes).length, 1, 'message 1 reached its conversation once');
  });

  it('hands every message over at once when no limit is configured', async () => {
    const t = await setup({ inFlight: 0, leaseSeconds: 1 });
    for (const n of [1, 2, 3]) await t.send(n);
    assert.deepEqual(await t.reached(1, 2, 3), [true, true, true]);
  });
});
