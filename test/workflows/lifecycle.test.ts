import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import proto from '@temporalio/proto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { completedR30Order, ORDER_LINK, timeSkippingSuite } from '../helpers/workflow-suite.js';
import { mockActivities, newWorld, type MockWorld } from '../helpers/mock-activities.js';
import {
  escalationDecisionUpdate,
  orderCheckSignal,
  providerReplySignal,
  type SupportRequestInput,
} from '../../workflows/definitions.js';
import type { Intent } from '../../workflows/rules/types.js';
import { DEFAULT_DECISION_SETTINGS } from '../../workflows/rules/types.js';

const LINK = ORDER_LINK;

describe('request lifecycle after a forward decision (time-skipping server)', function () {
  this.timeout(120_000);
  let seq = 0;

  const server = timeSkippingSuite();

  const order = completedR30Order;

  /** Runs one request workflow against mocked activities while `body` drives it. */
  // Waiting on h.result() would unlock time skipping on a server other suites share, and the
  // clock could leap past this request's timers; the tests watch the timeline instead.
  async function run(world: MockWorld, intent: Intent, body: (h: WorkflowHandle, until: (p: () => boolean) => Promise<void>, closed: () => Promise<string | undefined>) => Promise<void>, extra: Partial<SupportRequestInput> = {}) {
    const n = ++seq;
    const taskQueue = `lifecycle-${process.pid}-${n}`;
    const worker = await Worker.create({
      connection: server.env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: mockActivities(world, async () => ({ language: 'en', confidence: 1, intents: [] }), server.env.client),
    });
    const input: SupportRequestInput = {
      tenantId: `t${n}`, requestId: String(500 + n), conversationId: `c${n}`, conversationWorkflowId: `Conversation:t${n}:c${n}`,
      customer: 'alice', orderId: '1001', intent, language: 'en', hasScreenshot: false, settings: DEFAULT_DECISION_SETTINGS,
      timings: { screenshotWaitSeconds: 3600, staffWaitSeconds: 7 * 86400, followUpAfterSeconds: 3600, followUpCooldownSeconds: 1800, maxFollowUps: 2, escalationReminderSeconds: 600 },
      ...extra,
    };
    const until = async (p: () => boolean) => {
      for (let i = 0; !p(); i++) {
        if (i > 1200) throw new Error(`condition not met; timeline: ${world.progress.map((e) => e.kind).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    let handle: WorkflowHandle | undefined;
    // Closed means the run has ended too: deliveries come after the closing record, and a
    // run terminated mid-activity would leave the shared server's clock locked.
    const closed = async () => {
      await until(() => world.progress.some((p) => p.close));
      for (let i = 0; (await handle!.describe()).status.name === 'RUNNING'; i++) {
        if (i > 1200) throw new Error(`still running after closing; timeline: ${world.progress.map((e) => e.kind).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return world.progress.filter((p) => p.close).at(-1)?.state;
    };
    await worker.runUntil(async () => {
      const h = await server.env.client.workflow.start('supportRequestWorkflow', { taskQueue, workflowId: `req-${process.pid}-${n}`, args: [input] });
      handle = h;
      try {
        await body(h, until, closed);
      } finally {
        // A workflow left without its worker would hold the server's clock once its timer fires,
        // and so would one terminated mid-activity: let its activities finish first.
        for (let i = 0; i < 600 && ((await h.describe()).raw.pendingActivities?.length ?? 0) > 0; i++) await new Promise((r) => setTimeout(r, 50));
        await h.terminate('test over').catch(() => undefined);
      }
    });
  }

  const EventType = proto.temporal.api.enums.v1.EventType;
  const kinds = (w: MockWorld) => w.progress.map((p) => p.kind);
  const stateOf = (w: MockWorld) => w.progress.at(-1)?.state;

  /**
   * Signals order checks with no progress until the request continues as new. The test
   * server may refuse or drop a signal sent while one run hands over to the next, so each
   * wait ends on the check being read or on the new run, whichever comes first. The next
   * check goes only once the task that read one has completed: a check is read (and shows on
   * the timeline) inside its task, and a signal arriving before that task completes makes the
   * server refuse the task's continue-as-new, so a test signalling at once could keep the
   * request from ever continuing.
   */
  async function checkUntilContinued(h: WorkflowHandle, world: MockWorld, now: number): Promise<void> {
    const firstRun = (await h.describe()).runId;
    const continued = async () => (await h.describe()).runId !== firstRun;
    const taskDone = async () => {
      const last = (await h.fetchHistory()).events?.at(-1)?.eventType;
      return last !== EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED && last !== EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED;
    };
    for (let round = 1; !(await continued()); round++) {
      if (round > 80) throw new Error(`never continued as new; timeline: ${kinds(world).join(', ')}`);
      await h.signal(orderCheckSignal, { round, order: order(now), currentCount: 5700 }).catch((err: unknown) => {
        if (!(err instanceof WorkflowNotFoundError)) throw err;
      });
      for (let i = 0; world.progress.filter((p) => p.kind === 'checked').length < round; i++) {
        if (await continued()) return;
        if (i > 1200) throw new Error(`check ${round} not read; timeline: ${kinds(world).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      for (let i = 0; !(await taskDone()); i++) {
        if (await continued()) return;
        if (i > 1200) throw new Error(`the task that read check ${round} never completed`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  it('escalates a panel outage as a panel outage, not as a question without an order action', async () => {
    const world = newWorld();
    world.panelDown = true;
    await run(world, 'refill', async (_h, until) => {
      // The panel's budget is a day of tries; the server's clock skips through it. First in
      // the suite, so no other test's leftovers can hold the clock.
      await until(() => world.fetchCalls > 0);
      await server.env.sleep('25 hours');
      await until(() => world.ownerNotices.some((n) => n.kind === 'escalation'));
    });
    const notice = world.ownerNotices.find((n) => n.kind === 'escalation')!;
    assert.match(notice.text, /the panel could not be reached: .*ECONNREFUSED/);
    assert.doesNotMatch(notice.text, /question without an order action/);
    assert.ok(kinds(world).includes('order_lookup_failed'));
    assert.equal(world.dispatches.length, 0);
  });

  it('keeps notice and timeline keys unique across continue-as-new, so a later escalation notice is not dropped', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    world.dispatchResult = (d) => ({ status: 'sent', channel: 'api', providerRef: `r${d.attempt}`, verdict: d.attempt === 1 ? 'declined' : 'confirmed', detail: d.attempt === 1 ? 'busy, try later' : 'ok' });
    await run(world, 'refill', async (h, until) => {
      // Escalated at once (declined), then sent again by staff: notices before the new run.
      await until(() => stateOf(world) === 'escalated');
      await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'retry' }] });
      await checkUntilContinued(h, world, now);
      // In the new run the follow-ups run out: its escalation notice must reach the owner.
      await server.env.sleep('61 minutes');
      await until(() => world.dispatches.length === 3);
      await server.env.sleep('31 minutes');
      await until(() => world.dispatches.length === 4);
      await server.env.sleep('31 minutes');
      await until(() => world.ownerNotices.filter((n) => n.kind === 'escalation').length >= 2);
    }, { continueAfterEvents: 60 });
    // A key may be written twice by a retried activity, but never for two different things:
    // the second would be dropped as a retry of the first.
    const reused = (items: Array<{ key: string; what: string }>) => {
      const byKey = new Map<string, Set<string>>();
      for (const i of items) byKey.set(i.key, (byKey.get(i.key) ?? new Set()).add(i.what));
      return [...byKey].filter(([, whats]) => whats.size > 1).map(([key]) => key);
    };
    assert.deepEqual(reused(world.ownerNotices.map((n) => ({ key: n.key, what: n.text }))), [], 'a notice key was reused');
    // The event's kind and state name it: its detail may differ on a re-run after a workflow
    // task timed out on a loaded machine (the history length it reports has grown).
    assert.deepEqual(reused(world.progress.map((p) => ({ key: p.eventKey, what: `${p.kind}:${p.state}` }))), [], 'a timeline key was reused across runs');
    assert.equal(new Set(world.ownerNotices.filter((n) => n.kind === 'escalation').map((n) => n.key)).size, 2);
    assert.match(world.ownerNotices.filter((n) => n.kind === 'escalation')[1]!.text, /no progress after 2 follow-ups \(last heard: ok\)/);
  });

  it('resolves a refill on the first check that shows the count restored, and tells the customer', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted === 1);
      assert.ok(kinds(world).includes('monitoring'));
      assert.equal(world.dispatches[0]?.drop, 300);
      assert.equal(world.dispatches[0]?.externalId, '88123', 'the provider\'s own order ID');
      await assert.rejects(h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'resolve' }] }), WorkflowUpdateFailedError, 'no decision while monitoring');
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 6000 });
      assert.equal(await closed(), 'resolved');
    });
    assert.equal(world.dispatches.length, 1, 'dispatched once');
    assert.equal(world.customerOutcomes.length, 1);
    assert.match(world.customerOutcomes[0]!.text, /1001/);
    assert.equal(world.progress.at(-1)?.close, true);
  });

  it('follows up when nothing moves, then resolves when the refill completes', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted > 0);
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 5700 });
      await server.env.sleep('61 minutes');
      await until(() => world.dispatches.length === 2);
      assert.equal(world.dispatches[1]!.kind, 'follow_up');
      assert.equal(world.dispatches[1]!.attempt, 2);
      await h.signal(orderCheckSignal, { round: 2, order: order(now), currentCount: 5800, refillState: 'completed' });
      assert.equal(await closed(), 'resolved');
    });
    assert.ok(kinds(world).includes('followed_up'));
  });

  it('escalates after the last follow-up, reminds the owner, and takes a staff decision through the update', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    // An API-only provider: its follow-ups go through the API, and the escalation says what it showed.
    world.dispatchResult = (d) => d.kind === 'follow_up'
      ? { status: 'sent', channel: 'api', providerRef: 'refill-1', verdict: 'ambiguous', detail: 'refill refill-1 is In progress at the provider' }
      : { status: 'sent', channel: 'api', providerRef: 'refill-1', verdict: 'confirmed', detail: 'ok' };
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted > 0);
      await server.env.sleep('61 minutes');
      await until(() => world.dispatches.length === 2);
      await server.env.sleep('31 minutes');
      await until(() => world.dispatches.length === 3);
      await server.env.sleep('31 minutes');
      await until(() => stateOf(world) === 'escalated' && world.ownerNotices.length === 1);
      assert.equal(world.ownerNotices[0]!.kind, 'escalation');
      assert.match(world.ownerNotices[0]!.text, /no progress after 2 follow-ups \(last heard: refill refill-1 is In progress at the provider\)/);
      assert.doesNotMatch(world.ownerNotices[0]!.text, /no channel/);
      await server.env.sleep('11 minutes');
      await until(() => world.ownerNotices.some((n) => n.kind === 'reminder'));

      await assert.rejects(h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'reply' }] }), (err: Error) => /needs a message/.test(String((err.cause as Error | undefined)?.message)));
      const replied = await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'reply', message: 'We are on it with the provider.' }] });
      assert.equal(replied.state, 'escalated', 'a reply keeps the request with staff');
      const done = await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'resolve' }] });
      assert.equal(done.state, 'resolved');
      assert.equal(await closed(), 'resolved');
    });
    assert.equal(world.dispatches.length, 3, 'initial + 2 follow-ups, nothing more');
    assert.ok(world.customerOutcomes.some((o) => o.text.includes('We are on it with the provider.')));
  });

  it('escalates at once when the provider declines, and a retry dispatches again', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    world.dispatchResult = (d) =>
      d.attempt === 1
        ? { status: 'sent', channel: 'api', providerRef: null, verdict: 'declined', detail: 'Refill not possible' }
        : { status: 'sent', channel: 'api', providerRef: 'r2', verdict: 'confirmed', detail: 'ok' };
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => stateOf(world) === 'escalated');
      assert.equal(world.ownerNotices[0]?.kind, 'provider_declined');
      assert.match(world.ownerNotices[0]!.text, /Refill not possible/);
      const retried = await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'retry' }] });
      assert.equal(retried.state, 'monitoring');
      assert.equal(world.dispatches[1]?.kind, 'retry');
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 6000 });
      assert.equal(await closed(), 'resolved');
    });
  });

  it('reads a provider refusal in its chat as declined, and ignores a reply delivered twice', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    await run(world, 'refill', async (h, until) => {
      await until(() => world.trackingStarted > 0);
      await h.signal(providerReplySignal, { replyId: 'tg:1', text: 'checking', verdict: 'ambiguous' });
      await h.signal(providerReplySignal, { replyId: 'tg:1', text: 'checking', verdict: 'ambiguous' });
      await until(() => kinds(world).includes('provider_reply'));
      assert.equal(stateOf(world), 'monitoring', 'ambiguous keeps monitoring');
      await h.signal(providerReplySignal, { replyId: 'tg:2', text: 'refill not possible, order too old', verdict: 'declined' });
      await until(() => stateOf(world) === 'escalated');
      const decided = await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'close', message: 'Sorry, the provider cannot refill this order.' }] });
      assert.equal(decided.state, 'closed');
    });
    assert.equal(kinds(world).filter((k) => k === 'provider_reply').length, 2, 'the duplicate was read once');
  });

  it('reads a reply the offline reader is unsure of again (the LLM reader when configured), and escalates a refusal it finds', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    world.readProvider = () => ({ verdict: 'declined', confidence: 0.8, source: 'llm' });
    await run(world, 'refill', async (h, until) => {
      await until(() => world.trackingStarted > 0);
      await h.signal(providerReplySignal, { replyId: 'tg:9', text: 'у этого сервиса рефилла нет', verdict: 'ambiguous' });
      await until(() => stateOf(world) === 'escalated' && world.ownerNotices.some((n) => n.kind === 'escalation'));
    });
    assert.deepEqual(world.providerReadings, ['у этого сервиса рефилла нет']);
    assert.match(world.ownerNotices.find((n) => n.kind === 'escalation')!.text, /the provider declined: у этого сервиса рефилла нет/);
  });

  it('reports a cancel that ends partial honestly, and stops tracking', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    const running = order(now, { status: 'in_progress', remains: 400, createdAt: new Date(now - 3600_000).toISOString() });
    world.orders.set('1001', running);
    await run(world, 'cancel', async (h, until, closed) => {
      await until(() => world.trackingStarted > 0);
      assert.equal(world.dispatches[0]?.intent, 'cancel');
      await h.signal(orderCheckSignal, { round: 1, order: { ...running, status: 'partial', remains: 300 }, currentCount: null });
      assert.equal(await closed(), 'closed');
    });
    const ended = world.progress.find((p) => p.kind === 'ended');
    assert.equal(ended?.detail?.outcome, 'cancel.ended_partial');
    const told = world.customerOutcomes[0]!.text;
    assert.match(told, /partial/i);
    assert.match(told, /700 of 1000/, 'what was delivered, as the panel shows it');
  });

  it('resolves a speed-up once the order moves', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    const slow = order(now, { status: 'pending', remains: 1000, createdAt: new Date(now - 5 * 3600_000).toISOString() });
    world.orders.set('1001', slow);
    world.dispatchResult = () => ({ status: 'sent', channel: 'telegram_bot', providerRef: '77', verdict: 'ambiguous', detail: 'Speed up order 88123' });
    await run(world, 'speed_up', async (h, until, closed) => {
      await until(() => world.trackingStarted > 0);
      await h.signal(orderCheckSignal, { round: 1, order: slow, currentCount: null });
      await h.signal(orderCheckSignal, { round: 2, order: { ...slow, status: 'in_progress', remains: 700 }, currentCount: null });
      assert.equal(await closed(), 'resolved');
    });
    assert.equal(world.progress.filter((p) => p.kind === 'checked').length, 2);
  });

  it('hands a refund that cannot be a cancel to a person with the update', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    await run(world, 'refund', async (h, until, closed) => {
      await until(() => stateOf(world) === 'escalated' && world.ownerNotices.length > 0);
      assert.equal(world.dispatches.length, 0, 'money is never dispatched by the machine');
      await h.executeUpdate(escalationDecisionUpdate, { args: [{ action: 'resolve', message: 'Refunded to your balance.' }] });
      assert.equal(await closed(), 'resolved');
    });
  });

  it('continues a long-monitored request as new without dispatching again or losing its place', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted > 0);
      await checkUntilContinued(h, world, now);
      // Old rounds are still recognised as old in the new run.
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 6000 });
      await h.signal(orderCheckSignal, { round: 100, order: order(now), currentCount: 6000 });
      assert.equal(await closed(), 'resolved');
      const newRun = world.progress.slice(world.progress.findIndex((p) => p.kind === 'continued_as_new'));
      const roundsRead = newRun.filter((p) => p.kind === 'checked').map((p) => (p.detail as { round: number }).round);
      assert.ok(!roundsRead.includes(1), `the stale round was ignored (rounds read: ${roundsRead.join(', ')})`);
      assert.equal(roundsRead.at(-1), 100, 'the new round resolved the request');
    }, { continueAfterEvents: 60 });
    assert.equal(world.dispatches.length, 1, 'dispatched once across both runs');
  });

  it('resolves a refill whose customer cannot be told (a locked ticket), with the failed delivery on its timeline and told to the owner', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    world.deliveryRefused = 'the panel refused the reply: Ticket is locked';
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted === 1);
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 6000 });
      assert.equal(await closed(), 'resolved');
      await until(() => kinds(world).includes('delivery_failed') && world.ownerNotices.some((n) => n.kind === 'delivery_failed'));
    });
    const failed = world.progress.find((p) => p.kind === 'delivery_failed')!;
    assert.equal(failed.detail?.permanent, true);
    assert.match(String(failed.detail?.reason), /Ticket is locked/);
    assert.ok(kinds(world).indexOf('resolved') < kinds(world).indexOf('delivery_failed'), 'the state is recorded before the delivery is tried');
    assert.match(world.ownerNotices.find((n) => n.kind === 'delivery_failed')!.text, /could not be delivered: .*Ticket is locked/);
  });

  it('records a timeline event the database refuses (a NUL in a provider reply) as refused, and the request goes on', async () => {
    const world = newWorld();
    const now = await server.env.currentTimeMs();
    world.orders.set('1001', order(now));
    world.counts.set(LINK, 5700);
    world.databaseRefuses = '\\u0000';
    await run(world, 'refill', async (h, until, closed) => {
      await until(() => world.trackingStarted === 1);
      await h.signal(providerReplySignal, { replyId: 'tg:nul', text: 'ok\u0000', verdict: 'ambiguous' });
      await until(() => world.progress.some((p) => p.detail?.refused !== undefined));
      await h.signal(orderCheckSignal, { round: 1, order: order(now), currentCount: 6000 });
      assert.equal(await closed(), 'resolved');
    });
    assert.match(String(world.progress.find((p) => p.detail?.refused)!.detail!.refused), /0x00/);
  });
});
