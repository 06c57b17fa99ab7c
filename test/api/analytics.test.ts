// Analytics match a scripted day of requests written through the product's own write paths
// (the store, reply delivery, billing quota, pilot drafts), and never count another tenant's.
import { strict as assert } from 'node:assert';
import type { FastifyInstance } from 'fastify';
import { createStoreActivities, type RequestProgress } from '../../activities/store.js';
import { createChannelActivities } from '../../activities/channels.js';
import { createPilotActivities } from '../../activities/pilot.js';
import { createBillingQuota } from '../../infra/billing/quota.js';
import type { Channel } from '../../workflows/definitions.js';
import type { DecisionCode, Intent } from '../../workflows/rules/types.js';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';

describe('analytics over a scripted day (real PostgreSQL)', () => {
  let app: FastifyInstance;
  let tenant: { tenantId: string; apiKey: string };

  /** One customer message opening one request, taken through the given steps. */
  async function scripted(tenantId: string, conv: string, channel: Channel, intent: Intent, orderId: string, code: DecisionCode,
    steps: Array<Omit<RequestProgress, 'requestId' | 'eventKey'>>): Promise<void> {
    const { sql } = await testDatabase();
    const store = createStoreActivities({ sql, quota: createBillingQuota() });
    const replies = createChannelActivities({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:9' });
    const conversationId = `${tenantId}-${conv}`;
    await store.recordConversation({ tenantId, conversationId, channel: 'api', customer: conv });
    // The channel as the intake wrote it (telegram and ticket conversations carry their own).
    await sql`update conversations set channel = ${channel} where id = ${conversationId}`;
    await store.recordMessage({ tenantId, conversationId, messageId: 'm1', text: `${intent} ${orderId}`, attachments: [], language: 'en', receivedAt: new Date().toISOString() });
    const [admitted] = await store.admitRequests({ tenantId, conversationId, messageId: 'm1', items: [{ orderId, intent }] });
    assert.ok(admitted);
    await store.recordRequestProgress({ requestId: admitted.requestId, eventKey: 'decided', kind: 'decided', state: 'received', decision: { code } });
    await replies.replyToCustomer({ tenantId, conversationId, channel: 'api', replyKey: 'm1', text: `About ${orderId}: ${code}` });
    for (const [i, step] of steps.entries()) await store.recordRequestProgress({ ...step, requestId: admitted.requestId, eventKey: `s${i}` });
  }

  before(async () => {
    app = await buildTestApp();
    const { sql } = await testDatabase();
    tenant = await newTenant(sql, 'analytics');
    const t = tenant.tenantId;
    await scripted(t, 'alice', 'api', 'refill', '1001', 'refill.forward', [
      { kind: 'dispatched', state: 'dispatched' },
      { kind: 'followed_up', state: 'monitoring' },
      { kind: 'followed_up', state: 'monitoring' },
      { kind: 'resolved', state: 'resolved', close: true },
    ]);
    await scripted(t, 'bob', 'telegram', 'status', '2001', 'status.report', [{ kind: 'closed', state: 'closed', close: true }]);
    await scripted(t, 'carol', 'panel_ticket', 'refund', '3001', 'refund.escalate', [
      { kind: 'escalated', state: 'escalated' },
      { kind: 'staff_decision', state: 'resolved', close: true },
    ]);
    await scripted(t, 'carol2', 'panel_ticket', 'cancel', '3002', 'cancel.forward', [{ kind: 'dispatched', state: 'dispatched' }]);
    await scripted(t, 'dan', 'api', 'other', '', 'other.answer', [{ kind: 'closed', state: 'closed', close: true }]);
    // Two reply drafts in pilot: one approved unchanged, one edited.
    const pilot = createPilotActivities({ sql });
    for (const [key, action] of [['d1', 'approve'], ['d2', 'edit']] as const) {
      const { draftId } = await pilot.createPilotDraft({ tenantId: t, draftKey: key, kind: 'reply', conversationId: `${t}-alice`, workflowId: 'w', intent: 'refill', decision: 'refill.forward', text: 'draft' });
      await pilot.recordPilotVerdict({ tenantId: t, draftId, action, finalText: 'sent', by: 'test' });
    }
    // Another tenant's busy day never shows.
    const other = await newTenant(sql, 'analytics-other');
    await scripted(other.tenantId, 'eve', 'api', 'refund', '4001', 'refund.escalate', [{ kind: 'escalated', state: 'escalated' }]);
  });
  after(() => app.close());

  it('counts requests by intent, decision and channel, and the rates a person would compute by hand', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/analytics', headers: bearer(tenant.apiKey) });
    assert.equal(res.statusCode, 200, res.body);
    const a = res.json();
    assert.deepEqual(a.requests, {
      total: 5,
      byIntent: { refill: 1, status: 1, refund: 1, cancel: 1, other: 1 },
      byDecision: { 'refill.forward': 1, 'status.report': 1, 'refund.escalate': 1, 'cancel.forward': 1, 'other.answer': 1 },
      byChannel: { api: 2, telegram: 1, panel_ticket: 2 },
    });
    assert.equal(a.resolutionRate, 0.8, '4 of 5 closed');
    assert.equal(a.escalationRate, 0.2, 'the refund went to a person');
    assert.equal(a.automationRate, 0.6, 'refill, status and the answered question closed with no person');
    assert.equal(a.followUpsPerRequest, 0.4, '2 follow-ups over 5 requests');
    assert.deepEqual({ drafts: a.pilot.drafts, approvedUnchanged: a.pilot.approvedUnchanged, agreement: a.pilot.agreement }, { drafts: 2, approvedUnchanged: 1, agreement: 0.5 });
    assert.deepEqual(a.usage, { requests: 4, trackingCredits: 0 }, 'the question without an order is not counted');
    for (const p of [a.firstReplySeconds, a.resolutionSeconds]) {
      assert.ok(typeof p.p50 === 'number' && typeof p.p95 === 'number' && p.p50 <= p.p95);
    }
    console.log(`      analytics of the scripted day: ${JSON.stringify({ requests: a.requests, automationRate: a.automationRate, resolutionRate: a.resolutionRate, escalationRate: a.escalationRate, followUpsPerRequest: a.followUpsPerRequest, pilot: a.pilot.agreement, usage: a.usage })}`);
  });

  it('counts only the window asked for, and names a bad window', async () => {
    const before = await app.inject({ method: 'GET', url: '/v1/analytics?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z', headers: bearer(tenant.apiKey) });
    assert.equal(before.json().requests.total, 0);
    assert.equal(before.json().automationRate, null);
    const bad = await app.inject({ method: 'GET', url: '/v1/analytics?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', headers: bearer(tenant.apiKey) });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().issues.map((i: { field: string }) => i.field), ['from']);
    const garbled = await app.inject({ method: 'GET', url: '/v1/analytics?to=yesterday', headers: bearer(tenant.apiKey) });
    assert.equal(garbled.statusCode, 400);
  });
});
