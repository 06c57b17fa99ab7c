// The subscription workflow across two cycles on the time-skipping server, with its real
// activities: real PostgreSQL for the account and the invoices, the development gateway over
// real HTTP for the renewal's payment page and callback.
import assert from 'node:assert/strict';
import { Worker } from '@temporalio/worker';
import { timeSkippingSuite } from '../helpers/workflow-suite.js';
import { workflowBundle } from '../helpers/workflow-bundle.js';
import { devGatewayWorld, type BillingWorld } from '../helpers/payments.js';
import { eventually } from '../helpers/eventually.js';
import { testBox, testDatabase } from '../helpers/database.js';
import type { DevGatewaySim } from '../../dev/simulators/payments/dev-gateway.js';
import { createSubscriptionActivities } from '../../activities/billing-subscription.js';
import { createNotifyActivities } from '../../activities/notify.js';
import { createDevGateway } from '../../infra/payments/dev.js';
import { loadAccount, scheduleDowngrade, setPlan } from '../../infra/billing/account.js';
import { createBillingQuota } from '../../infra/billing/quota.js';
import { listInvoices } from '../../infra/billing/invoices.js';
import { subscriptionStateQuery, subscriptionWorkflowId } from '../../workflows/billing-definitions.js';

const DAY = 86_400_000;

describe('tenant subscription across two cycles (time-skipping server, real database and dev gateway)', function () {
  this.timeout(180_000);
  const server = timeSkippingSuite();
  let w: BillingWorld<DevGatewaySim>;
  beforeEach(async () => {
    w = await devGatewayWorld();
  });
  afterEach(async () => w.close());

  async function run(body: (ctx: { start: () => Promise<void>; skipTo: (t: Date) => Promise<void>; closed: (n: number) => Promise<void> }) => Promise<void>) {
    const { sql } = await testDatabase();
    const taskQueue = `subscription-${w.tenantId}`;
    const activities = {
      ...createSubscriptionActivities({ sql, payments: { gateway: createDevGateway({ apiRoot: w.sim.url, secret: w.sim.secret }), callbackUrl: () => w.app.listeningOrigin } }),
      notifyOwner: createNotifyActivities({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:9' }).notifyOwner,
    };
    const worker = await Worker.create({ connection: server.env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities });
    const handle = () => server.env.client.workflow.getHandle(subscriptionWorkflowId(w.tenantId));
    await worker.runUntil(async () => {
      await body({
        start: async () => {
          await server.env.client.workflow.start('subscriptionWorkflow', { taskQueue, workflowId: subscriptionWorkflowId(w.tenantId), args: [{ tenantId: w.tenantId }] });
        },
        // Skips the server's clock to `t` (the workflow's timers fire on the way).
        skipTo: async (t) => {
          const ahead = t.getTime() - (await server.env.currentTimeMs());
          if (ahead > 0) await server.env.sleep(ahead);
        },
        closed: async (n) => {
          await eventually(`cycle ${n} closed`, async () => (await handle().query(subscriptionStateQuery)).cyclesClosed >= n);
        },
      });
      await handle().terminate('test over');
    });
  }

  const admits = async (now: Date, id: string) => {
    const { sql } = await testDatabase();
    return sql.begin((tx) => createBillingQuota({ now: () => now }).tryConsume(tx, w.tenantId, `${w.tenantId}-${id}`));
  };
  const blocked = async () => {
    const { sql } = await testDatabase();
    const [row] = await sql<{ b: string | null }[]>`select blocked_unpaid_invoice as b from billing_accounts where tenant_id = ${w.tenantId}`;
    return row?.b ?? null;
  };
  const pay = async (url: string) => {
    assert.equal((await fetch(`${url}/pay`, { method: 'POST' })).status, 200);
    await w.sim.callbacks.idle();
  };

  it('renews each anniversary; an unpaid renewal blocks new requests after three days until it is paid; a paid one blocks nothing', async () => {
    const { sql } = await testDatabase();
    const t0 = new Date(await server.env.currentTimeMs());
    const first = await loadAccount(sql, w.tenantId, t0);
    await run(async ({ start, skipTo, closed }) => {
      await start();
      await skipTo(new Date(first.cycleEnd.getTime() + 3_600_000));
      await closed(1);
      const [renewal] = await listInvoices(sql, w.tenantId);
      assert.deepEqual([renewal?.kind, renewal?.item, renewal?.amountCents, renewal?.status], ['renewal', 'starter', 2900, 'pending']);
      assert.equal(await blocked(), null, 'not blocked during the grace');
      assert.ok(await admits(new Date(first.cycleEnd.getTime() + 2 * DAY), 'in-grace'));

      await skipTo(new Date(first.cycleEnd.getTime() + 3 * DAY + 3_600_000));
      await eventually('the unpaid renewal blocks', async () => (await blocked()) === renewal!.id);
      assert.equal(await admits(new Date(first.cycleEnd.getTime() + 3 * DAY + 2 * 3_600_000), 'blocked'), false, 'new requests are blocked');

      await pay(renewal!.url!);
      assert.equal(await blocked(), null, 'paying lifts the block');
      assert.ok(await admits(new Date(first.cycleEnd.getTime() + 4 * DAY), 'after-payment'));

      // Second cycle: paid within its grace, nothing is blocked.
      const second = await loadAccount(sql, w.tenantId, new Date(first.cycleEnd.getTime() + 4 * DAY));
      await skipTo(new Date(second.cycleEnd.getTime() + 3_600_000));
      await closed(2);
      const renewals = (await listInvoices(sql, w.tenantId)).filter((i) => i.kind === 'renewal');
      assert.equal(renewals.length, 2, 'one renewal per anniversary');
      await pay(renewals[0]!.url!);
      await skipTo(new Date(second.cycleEnd.getTime() + 3 * DAY + 3_600_000));
      // The workflow reads the third cycle only after it has checked the second renewal.
      const state = await eventually('the second grace has passed', async () => {
        const s = await server.env.client.workflow.getHandle(subscriptionWorkflowId(w.tenantId)).query(subscriptionStateQuery);
        return s.cycleEnd !== second.cycleEnd.toISOString() && s;
      });
      assert.deepEqual([state.cyclesClosed, state.blockedBy], [2, renewal!.id], 'only the first renewal ever blocked');
      assert.equal(await blocked(), null, 'a paid renewal blocks nothing');
    });
  });

  it('applies a scheduled downgrade at the anniversary and invoices Enterprise overage per started block of 500', async () => {
    const { sql } = await testDatabase();
    const t0 = new Date(await server.env.currentTimeMs());
    await setPlan(sql, w.tenantId, 'enterprise', t0);
    for (let i = 0; i < 1300; i++) assert.ok(await admits(t0, `e${i}`));
    const account = await scheduleDowngrade(sql, w.tenantId, 'scale', t0);
    await run(async ({ start, skipTo, closed }) => {
      await start();
      await skipTo(new Date(account.cycleEnd.getTime() + 3_600_000));
      await closed(1);
      const after = await loadAccount(sql, w.tenantId, new Date(account.cycleEnd.getTime() + 3_600_000));
      assert.deepEqual([after.plan, after.scheduledPlan, after.requestsUsed, after.baseCredits], ['scale', null, 0, 6000]);
      const invoices = await listInvoices(sql, w.tenantId);
      const overage = invoices.find((i) => i.kind === 'overage');
      const renewal = invoices.find((i) => i.kind === 'renewal');
      // 1,300 requests on Enterprise: $299 for the plan + $79 for one started block = $378.
      assert.equal(overage?.amountCents, 7900);
      assert.equal(29_900 + overage!.amountCents, 37_800);
      assert.deepEqual([renewal?.item, renewal?.amountCents], ['scale', 14_900], 'the renewal is for the new plan');
    });
  });
});
