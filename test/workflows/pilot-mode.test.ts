// Pilot mode in the live workflows (SPEC 10.4): with the tenant in pilot, the conversation's
// reply and the request's provider dispatch are drafts; nothing leaves before staff's verdict;
// approve sends the draft, edit sends the edited text, reject sends nothing; every verdict is kept.
import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import { completedR30Order, ORDER_LINK, sendCustomerMessage, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { mockActivities, newWorld, type MockWorld } from '../helpers/mock-activities.js';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { pilotDraftDecisionUpdate, type ConversationInput, type PilotDraftDecision } from '../../workflows/definitions.js';

const NOW = Date.now();

/** The validator's reason, which the client carries as the update failure's cause. */
const refusedBecause = (reason: RegExp) => (err: { cause?: { message?: string } }) => reason.test(err.cause?.message ?? '');

describe('pilot mode in the conversation and request workflows (time-skipping server)', function () {
  this.timeout(180_000);
  let seq = 0;
  const server = timeSkippingSuite();

  function pilotWorld(): MockWorld {
    const w = newWorld();
    w.orders.set('1001', completedR30Order(NOW));
    w.counts.set(ORDER_LINK, 5700);
    w.settings = { mode: 'pilot' };
    return w;
  }

  /** Runs `script` with a worker up, after "refill 1001" reached a fresh pilot conversation. */
  async function scenario(w: MockWorld, script: (ctx: { waitFor: (what: string, p: () => boolean) => Promise<void>; decide: (n: number, d: Omit<PilotDraftDecision, 'draftId'>) => Promise<unknown> }) => Promise<void>) {
    seq++;
    const input: ConversationInput = { tenantId: `pt${seq}`, conversationId: `pc${seq}`, channel: 'api', customer: 'alice' };
    const taskQueue = `pilot-${process.pid}-${seq}`;
    const classify = async () => ({ language: 'en', confidence: 1, intents: [{ intent: 'refill' as const, orderIds: ['1001'] }] });
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: mockActivities(w, classify, server.env.client) });
    const waitFor = async (what: string, p: () => boolean) => {
      const deadline = Date.now() + 60_000;
      while (!p()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; progress: ${JSON.stringify(w.progress.map((e) => e.kind))}`);
        await server.env.sleep('1 second');
      }
    };
    const decide = (n: number, d: Omit<PilotDraftDecision, 'draftId'>) =>
      server.env.client.workflow.getHandle(w.drafts[n - 1]!.workflowId).executeUpdate(pilotDraftDecisionUpdate, { args: [{ draftId: String(n), by: 'staff', ...d }] });
    await worker.runUntil(async () => {
      await sendCustomerMessage(server.env, taskQueue, input, { messageId: 'm1', text: 'refill 1001' });
      await script({ waitFor, decide });
    });
  }

  const draftNo = (w: MockWorld, kind: 'reply' | 'dispatch') => w.drafts.findIndex((d) => d.kind === kind) + 1;

  it('sends nothing before approval; an approved reply and dispatch leave unchanged', async () => {
    const w = pilotWorld();
    await scenario(w, async ({ waitFor, decide }) => {
      await waitFor('both drafts', () => draftNo(w, 'reply') > 0 && draftNo(w, 'dispatch') > 0);
      assert.equal(w.replies.length, 0, 'the reply waits for staff');
      assert.equal(w.dispatches.length, 0, 'the dispatch waits for staff');
      const reply = w.drafts[draftNo(w, 'reply') - 1]!;
      assert.deepEqual([reply.intent, reply.decision], ['refill', 'refill.forward']);
      assert.match(reply.text, /300/);
      const dispatch = w.drafts[draftNo(w, 'dispatch') - 1]!;
      assert.match(dispatch.text, /refill of order 1001 to provider prov-a \(their order 88123\), drop 300/);

      await assert.rejects(decide(draftNo(w, 'dispatch'), { action: 'edit', text: 'something else' }), refusedBecause(/approved or rejected, not edited/));
      await decide(draftNo(w, 'reply'), { action: 'approve' });
      await waitFor('the reply', () => w.replies.length === 1);
      assert.equal(w.replies[0]!.text, reply.text);
      assert.equal(w.dispatches.length, 0, 'the dispatch still waits');
      await decide(draftNo(w, 'dispatch'), { action: 'approve' });
      await waitFor('the dispatch', () => w.dispatches.length === 1);
      await waitFor('monitoring', () => w.progress.some((p) => p.kind === 'monitoring'));
    });
    assert.deepEqual(w.verdicts.map((v) => v.action).sort(), ['approve', 'approve']);
  });

  it('sends the edited reply, and a rejected dispatch never reaches the provider but a person', async () => {
    const w = pilotWorld();
    await scenario(w, async ({ waitFor, decide }) => {
      await waitFor('both drafts', () => draftNo(w, 'reply') > 0 && draftNo(w, 'dispatch') > 0);
      await decide(draftNo(w, 'reply'), { action: 'edit', text: 'We have asked for your 300 followers back.' });
      await waitFor('the reply', () => w.replies.length === 1);
      assert.equal(w.replies[0]!.text, 'We have asked for your 300 followers back.');

      await decide(draftNo(w, 'dispatch'), { action: 'reject' });
      await waitFor('the escalation', () => w.ownerNotices.some((n) => n.kind === 'escalation'));
      assert.match(w.ownerNotices.find((n) => n.kind === 'escalation')!.text, /staff rejected the dispatch/);
      // The escalation's message to the customer is a draft too: rejected, it is never sent.
      await waitFor('the escalation message draft', () => w.drafts.some((d) => d.decision === 'request.escalated'));
      await decide(w.drafts.findIndex((d) => d.decision === 'request.escalated') + 1, { action: 'reject' });
      await waitFor('its verdict kept', () => w.verdicts.length === 3);
    });
    assert.equal(w.dispatches.length, 0);
    assert.equal(w.customerOutcomes.length, 0);
    assert.deepEqual(w.verdicts.map((v) => [v.action, v.finalText]), [
      ['edit', 'We have asked for your 300 followers back.'],
      ['reject', null],
      ['reject', null],
    ]);
  });

  it('sends nothing for a rejected reply, and nothing twice when a verdict comes again', async () => {
    const w = pilotWorld();
    await scenario(w, async ({ waitFor, decide }) => {
      await waitFor('the reply draft', () => draftNo(w, 'reply') > 0);
      await decide(draftNo(w, 'reply'), { action: 'reject' });
      await waitFor('its verdict kept', () => w.verdicts.some((v) => v.draftId === String(draftNo(w, 'reply'))));
      await assert.rejects(decide(draftNo(w, 'reply'), { action: 'approve' }), refusedBecause(/not waiting for a verdict/));
      // The dispatch's approval proves the workflows moved past the rejected reply.
      await waitFor('the dispatch draft', () => draftNo(w, 'dispatch') > 0);
      await decide(draftNo(w, 'dispatch'), { action: 'approve' });
      await waitFor('the dispatch', () => w.dispatches.length === 1);
    });
    assert.equal(w.replies.length, 0);
  });

  it('leaves live tenants untouched: no drafts', async () => {
    const w = pilotWorld();
    w.settings = {};
    await scenario(w, async ({ waitFor }) => {
      await waitFor('the reply and the dispatch', () => w.replies.length === 1 && w.dispatches.length === 1);
    });
    assert.equal(w.drafts.length, 0);
  });
});
