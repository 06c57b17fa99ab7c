// Fault injection on real processes: PostgreSQL, the Temporal dev server, the worker and the
// API run as separate OS processes against the simulators. Under 200 customer messages, each
// asking a refill or a cancel of its own simulator order, each of the four is killed -9 at
// random moments, several times, and started again. Then, from the simulators' own records
// and the API: every accepted message answered exactly once, every forward decision sent to
// the provider at most once (and when not at all, marked unknown on its timeline), no
// request stuck, no request charged twice.
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { connectDatabase, type Sql } from '../../../infra/db/database.js';
import { migrate } from '../../../infra/db/migrate.js';
import { createTenant } from '../../../infra/tenants/tenants.js';
import { saveCountSource, savePanel, saveProvider } from '../../../infra/tenants/connections.js';
import { patchTenantSettings } from '../../../infra/tenants/settings.js';
import { setPlan } from '../../../infra/billing/account.js';
import { startSimulators, demoExternalId, type Simulators } from '../../../dev/simulators/index.js';
import { testBox } from '../../helpers/database.js';
import { eventually } from '../../helpers/eventually.js';
import { TEMPORAL_SETUP_TIMEOUT_MS } from '../../helpers/temporal.js';
import { startDeployment, type Deployment, type Part } from './processes.js';

const MESSAGES = 200;
const KILLS_EACH = 2;
const PARTS: Part[] = ['postgres', 'temporal', 'worker', 'api'];

describe('fault injection: kill -9 of each process under load (real processes)', function () {
  this.timeout(20 * 60_000);
  let dataDir: string;
  let sims: Simulators;
  let dep: Deployment | undefined;
  let sql: Sql | undefined;

  before(async function () {
    this.timeout(TEMPORAL_SETUP_TIMEOUT_MS);
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-faults-'));
    await chmod(dataDir, 0o755);
    sims = await startSimulators({});
    sims.panel.state.tickets.clear();
  });
  after(async () => {
    await sql?.end({ timeout: 5 });
    await dep?.stopAll();
    await sims.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A copy of demo order `from` (1001: refill forward; 1005: cancel forward) under a new ID. */
  function cloneOrder(from: number, id: number): string {
    const panelOrder = sims.panel.state.orders.get(from)!;
    const providerOrder = sims.provider.state.orders.get(demoExternalId(from))!;
    const externalId = String(900_000 + id);
    const link = `https://www.instagram.com/alice.fault.${id}/`;
    sims.panel.state.orders.set(id, { ...panelOrder, id, externalId, link });
    sims.provider.state.orders.set(externalId, { ...providerOrder, id: externalId, link });
    const count = sims.countSource.state.counts.get(panelOrder.link);
    if (count !== undefined) sims.countSource.state.counts.set(link, count);
    return externalId;
  }

  it('answers every message once and sends every dispatch at most once through kills of all four', async () => {
    dep = await startDeployment(dataDir, `faults-${randomUUID()}`);
    sql = connectDatabase(dep.databaseUrl);
    const db = sql;
    await migrate(db);
    const tenantId = `faults-${process.pid}`;
    const { apiKey } = await createTenant(db, 'faults', tenantId);
    await setPlan(db, tenantId, 'scale', new Date());
    await savePanel(db, testBox, tenantId, sims.config.panel);
    await saveProvider(db, testBox, tenantId, { name: sims.config.providerName, dispatch: 'api', api: sims.config.provider, telegramChatId: null });
    await saveCountSource(db, tenantId, sims.config.countSource);
    // Follow-ups and tracking rounds stay out of the window this test watches.
    // One customer writes every message here: the per-customer daily limit must not refuse them.
    await patchTenantSettings(db, tenantId, { followUpAfterSeconds: 86_400, trackingIntervalSeconds: 3_600, ticketPollSeconds: 3_600, maxRequestsPerCustomerPerDay: 100_000 });

    const orders = Array.from({ length: MESSAGES }, (_, i) => {
      const id = 300_000 + i;
      const intent = i % 5 === 4 ? 'cancel' : 'refill';
      return { id, intent, externalId: cloneOrder(intent === 'cancel' ? 1005 : 1001, id) };
    });

    // The load: each message retried with its Idempotency-Key until the API accepts it.
    const conversations = new Map<number, string>();
    const send = async (o: (typeof orders)[number]) => {
      for (;;) {
        try {
          const res = await fetch(`${dep!.apiUrl}/v1/tickets`, {
            method: 'POST',
            headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': `fault-${o.id}` },
            body: JSON.stringify({ customer: 'alice', text: `${o.intent} ${o.id} please` }),
            signal: AbortSignal.timeout(15_000),
          });
          if (res.status === 202) {
            conversations.set(o.id, ((await res.json()) as { conversationId: string }).conversationId);
            return;
          }
        } catch {
          // the API is down or slow: the client retries, as a real one would
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    let next = 0;
    const senders = Array.from({ length: 8 }, async () => {
      while (next < orders.length) await send(orders[next++]!);
    });

    // The faults: every part killed KILLS_EACH times at random moments while the load runs.
    const kills: Record<Part, number> = { postgres: 0, temporal: 0, worker: 0, api: 0 };
    const plan = PARTS.flatMap((p) => Array<Part>(KILLS_EACH).fill(p)).sort(() => Math.random() - 0.5);
    for (const part of plan) {
      await new Promise((r) => setTimeout(r, 1_000 + Math.random() * 3_000));
      await dep.kill(part);
      kills[part]++;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 1_500));
      await dep.start(part);
    }
    await Promise.all(senders);
    assert.equal(conversations.size, MESSAGES, 'every message accepted');

    // Settled: every request has gone past its dispatch and every conversation has answered.
    await eventually('every request past its dispatch', async () => {
      const [row] = await db<{ total: number; settled: number }[]>`
        select count(*)::int as total, count(*) filter (where state in ('monitoring', 'resolved', 'closed', 'escalated'))::int as settled
        from requests where tenant_id = ${tenantId}`;
      return row && row.total === MESSAGES && row.settled === MESSAGES;
    }, 10 * 60_000, 1_000);
    await eventually('every conversation answered', async () => {
      const [row] = await db<{ n: number }[]>`
        select count(distinct c.id)::int as n from conversations c join replies r on r.conversation_id = c.id
        where c.tenant_id = ${tenantId} and r.delivered_at is not null`;
      return row?.n === MESSAGES;
    }, 10 * 60_000, 1_000);

    // Exactly once, as a customer sees it: one reply in each conversation.
    let lost = 0;
    let duplicated = 0;
    for (const conversationId of conversations.values()) {
      const res = await fetch(`${dep.apiUrl}/v1/conversations/${conversationId}`, { headers: { authorization: `Bearer ${apiKey}` } });
      const replies = ((await res.json()) as { replies: unknown[] }).replies.length;
      if (replies === 0) lost++;
      if (replies > 1) duplicated++;
    }

    // At most once, as the provider saw it; not at all only when marked unknown.
    const calls = new Map<string, number>();
    for (const a of [...sims.provider.actionsNamed('refill'), ...sims.provider.actionsNamed('cancel')]) {
      for (const id of String(a.params.order ?? a.params.orders ?? '').split(',')) calls.set(id, (calls.get(id) ?? 0) + 1);
    }
    const unknown = new Set(
      (await db<{ order_id: string }[]>`
        select r.order_id from dispatch_attempts d join requests r on r.id = d.request_id
        where r.tenant_id = ${tenantId} and d.status = 'unknown'`).map((r) => Number(r.order_id)),
    );
    const sentTwice = orders.filter((o) => (calls.get(o.externalId) ?? 0) > 1).length;
    const neverSent = orders.filter((o) => (calls.get(o.externalId) ?? 0) === 0 && !unknown.has(o.id)).length;

    // Charged once: one ledger entry per request.
    const [charges] = await db<{ entries: number; requests: number }[]>`
      select (select count(*)::int from billing_ledger where tenant_id = ${tenantId} and kind = 'request') as entries,
             (select count(*)::int from requests where tenant_id = ${tenantId}) as requests`;

    console.log(`      faults: ${MESSAGES} messages; kills ${JSON.stringify(kills)}; replies lost ${lost}, duplicated ${duplicated}; ` +
      `dispatches sent twice ${sentTwice}, never sent and not marked unknown ${neverSent}, marked unknown ${unknown.size}; ` +
      `ledger ${charges?.entries} entries for ${charges?.requests} requests`);
    assert.deepEqual(kills, { postgres: KILLS_EACH, temporal: KILLS_EACH, worker: KILLS_EACH, api: KILLS_EACH });
    assert.equal(lost, 0, 'no message left unanswered');
    assert.equal(duplicated, 0, 'no message answered twice');
    assert.equal(sentTwice, 0, 'no dispatch reached the provider twice');
    assert.equal(neverSent, 0, 'every forward decision reached the provider or is marked unknown');
    assert.equal(charges?.entries, charges?.requests, 'each request charged exactly once');
  });
});
