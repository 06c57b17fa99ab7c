import assert from 'node:assert/strict';
import { createStoreActivities } from '../../activities/store.js';
import type { RequestQuota } from '../../activities/quota.js';
import { newTenant, testDatabase } from '../helpers/database.js';
import { ApplicationFailure } from '@temporalio/common';
import { DATA_REJECTED } from '../../activities/db-rejections.js';

describe('request admission and the read model (real PostgreSQL)', () => {
  async function setup(quota?: RequestQuota) {
    const { sql } = await testDatabase();
    const { tenantId } = await newTenant(sql, 'store');
    const store = createStoreActivities({ sql, quota });
    for (const c of ['c1', 'c2', 'c3']) {
      await store.recordConversation({ tenantId, conversationId: `${tenantId}-${c}`, channel: 'api', customer: 'alice' });
    }
    return { sql, tenantId, store, conv: (c: string) => `${tenantId}-${c}` };
  }

  it('opens one request per order+intent and lets a second message join it', async () => {
    const { tenantId, store, conv } = await setup();
    const [first] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items: [{ orderId: '1001', intent: 'refill' }] });
    const [second] = await store.admitRequests({ tenantId, conversationId: conv('c2'), messageId: 'm2', items: [{ orderId: '1001', intent: 'refill' }] });
    assert.equal(first!.outcome, 'opened');
    assert.equal(second!.outcome, 'duplicate');
    assert.equal(second!.requestId, first!.requestId);
    const [cancel] = await store.admitRequests({ tenantId, conversationId: conv('c2'), messageId: 'm2', items: [{ orderId: '1001', intent: 'cancel' }] });
    assert.equal(cancel!.outcome, 'opened', 'another intent is another request');
  });

  it('returns the same requests when the same message is admitted again (a retried activity)', async () => {
    const { tenantId, store, conv, sql } = await setup();
    const items = [{ orderId: '2001', intent: 'refill' as const }, { orderId: '2002', intent: 'status' as const }];
    const a = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items });
    const b = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items });
    assert.deepEqual(b, a);
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from requests where tenant_id = ${tenantId}`;
    assert.equal(row?.n, 2, 'nothing opened twice');
  });

  it('admits exactly one request when many messages about one order arrive at once', async () => {
    const { tenantId, store, conv } = await setup();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.admitRequests({ tenantId, conversationId: conv(i % 2 ? 'c1' : 'c2'), messageId: `m${i}`, items: [{ orderId: '3001', intent: 'refill' }] }),
      ),
    );
    const outcomes = results.map((r) => r[0]!.outcome);
    assert.equal(outcomes.filter((o) => o === 'opened').length, 1);
    assert.equal(new Set(results.map((r) => r[0]!.requestId)).size, 1);
  });

  it('opens a new request once the previous one for the order is closed', async () => {
    const { tenantId, store, conv } = await setup();
    const [first] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items: [{ orderId: '4001', intent: 'refill' }] });
    await store.recordRequestProgress({ requestId: first!.requestId, state: 'closed', eventKey: 'e1', kind: 'closed', close: true });
    const [next] = await store.admitRequests({ tenantId, conversationId: conv('c2'), messageId: 'm2', items: [{ orderId: '4001', intent: 'refill' }] });
    assert.equal(next!.outcome, 'opened');
    assert.notEqual(next!.requestId, first!.requestId);
  });

  it('records a request as blocked, and starts nothing, when the quota says no', async () => {
    const atQuota: RequestQuota = { tryConsume: async () => false };
    const { tenantId, store, conv, sql } = await setup(atQuota);
    const [blocked] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items: [{ orderId: '5001', intent: 'refill' }] });
    assert.equal(blocked!.outcome, 'blocked');
    const [row] = await sql<{ state: string; decision: string; closed: boolean }[]>`
      select state, decision, closed_at is not null as closed from requests where id = ${blocked!.requestId}`;
    assert.deepEqual(row, { state: 'blocked', decision: 'quota.blocked', closed: true });
    const [other] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm2', items: [{ orderId: '', intent: 'other' }] });
    assert.equal(other!.outcome, 'opened', 'a question without an order is not counted against the plan');
  });

  it('writes each timeline event once, however often it is retried', async () => {
    const { tenantId, store, conv, sql } = await setup();
    const [r] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items: [{ orderId: '6001', intent: 'status' }] });
    const progress = { requestId: r!.requestId, state: 'closed' as const, decision: { code: 'status.report' as const, status: 'completed' as const }, eventKey: 'run:1', kind: 'decided' };
    await store.recordRequestProgress(progress);
    await store.recordRequestProgress(progress);
    const events = await sql`select kind from request_events where request_id = ${r!.requestId}`;
    assert.equal(events.length, 1);
    const [row] = await sql<{ decision: string; state: string }[]>`select decision, state from requests where id = ${r!.requestId}`;
    assert.deepEqual(row, { decision: 'status.report', state: 'closed' });
  });

  it('writes a batch of timeline events in order, with their own times, once; a refused event writes none of them', async () => {
    const { tenantId, store, conv, sql } = await setup();
    const [r] = await store.admitRequests({ tenantId, conversationId: conv('c1'), messageId: 'm1', items: [{ orderId: '6101', intent: 'status' }] });
    const requestId = r!.requestId;
    const batch = [
      { requestId, state: 'received' as const, eventKey: 'opened:1', kind: 'opened', at: '2026-01-02T03:04:05.000Z' },
      { requestId, state: 'closed' as const, decision: { code: 'status.report' as const, status: 'completed' as const }, eventKey: 'decided:2', kind: 'decided', at: '2026-01-02T03:04:06.000Z' },
      { requestId, state: 'closed' as const, eventKey: 'closed:3', kind: 'closed', close: true, at: '2026-01-02T03:04:06.000Z' },
    ];
    await store.recordRequestTimeline({ events: batch });
    await store.recordRequestTimeline({ events: batch }); // a retried sync
    const events = await sql<{ kind: string; at: Date }[]>`select kind, at from request_events where request_id = ${requestId} order by id`;
    assert.deepEqual(events.map((e) => [e.kind, e.at.toISOString()]), batch.map((e) => [e.kind, e.at]));
    const [row] = await sql<{ decision: string; state: string; closed: boolean }[]>`select decision, state, closed_at is not null as closed from requests where id = ${requestId}`;
    assert.deepEqual(row, { decision: 'status.report', state: 'closed', closed: true });

    const [other] = await store.admitRequests({ tenantId, conversationId: conv('c2'), messageId: 'm2', items: [{ orderId: '6102', intent: 'status' }] });
    await assert.rejects(store.recordRequestTimeline({ events: [
      { requestId: other!.requestId, state: 'received', eventKey: 'opened:1', kind: 'opened' },
      { requestId: other!.requestId, state: 'closed', eventKey: 'bad:2', kind: 'note', detail: { text: 'nul \u0000' } },
    ] }), (err: unknown) => err instanceof ApplicationFailure && err.type === DATA_REJECTED);
    assert.equal((await sql`select 1 from request_events where request_id = ${other!.requestId}`).length, 0, 'all or nothing');
  });

  it('a write PostgreSQL refuses for its content fails once, non-retryably, with a clear type; a later clean write works', async () => {
    const { tenantId, store, conv } = await setup();
    const write = (text: string, messageId: string) =>
      store.recordMessage({ tenantId, conversationId: conv('c1'), messageId, text, attachments: [], language: null, receivedAt: new Date().toISOString() });
    await assert.rejects(write('refill 1001\u0000', 'm-nul'), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure, 'an ApplicationFailure, so Temporal does not retry it');
      assert.equal(err.nonRetryable, true);
      assert.equal(err.type, DATA_REJECTED);
      assert.match(err.message, /22P05|22021/);
      return true;
    });
    await write('refill 1001', 'm-clean');
    // Other control characters are valid text: stored as they are.
    await write('refill 1001 \u0007\u001b[31m\u007f', 'm-control');
  });
});
