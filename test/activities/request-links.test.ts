// What links a conversation and its requests, against a real Temporal server: a request is
// started once however often its local activity runs, with what its admission gave it, and
// a report to a conversation that has ended is "not reachable", not a failure retried forever.
import assert from 'node:assert/strict';
import { WorkflowNotFoundError } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createRequestLinkActivities, type RequestCommon } from '../../activities/request-links.js';
import type { Admission } from '../../activities/store.js';
import { devServerEnv, TEMPORAL_SETUP_TIMEOUT_MS } from '../helpers/temporal.js';
import type { SupportRequestInput } from '../../workflows/definitions.js';
import { DEFAULT_DECISION_SETTINGS } from '../../workflows/rules/types.js';

describe('conversation ↔ request links (dev server)', function () {
  this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
  const run = `${process.pid}-${Date.now()}`;
  const taskQueue = `links-${run}`;
  const common: RequestCommon = {
    tenantId: 't1', conversationId: 'c1', conversationWorkflowId: `Conversation:t1:c-${run}`, customer: 'alice', language: 'en',
    text: 'refill 1001, and how do I pay?', hasScreenshot: false, autoRefund: false, pilot: false,
    settings: DEFAULT_DECISION_SETTINGS,
    timings: { screenshotWaitSeconds: 60, staffWaitSeconds: 60, followUpAfterSeconds: 60, followUpCooldownSeconds: 60, maxFollowUps: 1, escalationReminderSeconds: 60 },
  };
  const admissions: Admission[] = [
    { orderId: '1001', intent: 'refill', requestId: '7', workflowId: `SupportRequest:t1:1001:refill:7-${run}`, outcome: 'opened' },
    { orderId: '', intent: 'other', requestId: '8', workflowId: `SupportRequest:t1::other:8-${run}`, outcome: 'opened' },
    { orderId: '1002', intent: 'cancel', requestId: '3', workflowId: `SupportRequest:t1:1002:cancel:3-${run}`, outcome: 'duplicate' },
  ];

  it('starts each opened request once across a retried activity, with its own order, intent and question', async () => {
    const { client } = await devServerEnv();
    let admitted = 0;
    const links = createRequestLinkActivities({ temporal: client, admitRequests: async () => (admitted++, admissions) });
    const input = { tenantId: 't1', conversationId: 'c1', messageId: 'm1', items: [], common };
    const activity = new MockActivityEnvironment({ taskQueue });
    const first = await activity.run(links.openRequests, input);
    const again = await activity.run(links.openRequests, input);
    assert.deepEqual(again, first, 'a retry reads the same admissions');
    assert.equal(admitted, 2);

    try {
      for (const a of admissions.slice(0, 2)) {
        const history = await client.workflow.getHandle(a.workflowId).fetchHistory();
        const starts = history.events!.filter((e) => e.workflowExecutionStartedEventAttributes);
        assert.equal(starts.length, 1, `${a.workflowId} started once`);
        const started = starts[0]!.workflowExecutionStartedEventAttributes!;
        assert.equal(started.taskQueue?.name, taskQueue, 'on the conversation’s own queue');
        const given = client.options.loadedDataConverter.payloadConverter.fromPayload<SupportRequestInput & { text?: string }>(started.input!.payloads![0]!);
        assert.equal(given.orderId, a.orderId);
        assert.equal(given.intent, a.intent);
        assert.equal(given.requestId, a.requestId);
        assert.equal(given.question, a.intent === 'other' ? common.text : undefined, 'only a question carries the text');
        assert.equal(given.text, undefined);
      }
      await assert.rejects(client.workflow.getHandle(admissions[2]!.workflowId).describe(), WorkflowNotFoundError, 'a duplicate joins, it is not started');
    } finally {
      for (const a of admissions.slice(0, 2)) await client.workflow.getHandle(a.workflowId).terminate('test over').catch(() => {});
    }
  });

  it('tells a report to an ended conversation apart from a failure', async () => {
    const { client } = await devServerEnv();
    const links = createRequestLinkActivities({ temporal: client, admitRequests: async () => [] });
    const reached = await new MockActivityEnvironment({ taskQueue }).run(links.reportToConversation, {
      conversationWorkflowId: `Conversation:t1:gone-${run}`,
      report: { requestId: '7', orderId: '1001', intent: 'refill' as const, decision: { code: 'refill.forward' } as never, state: 'monitoring' as const },
    });
    assert.equal(reached, false);
  });
});
