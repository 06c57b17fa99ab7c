import assert from 'node:assert/strict';
import { devGatewayWorld, type BillingWorld } from '../helpers/payments.js';
import type { DevGatewaySim } from '../../dev/simulators/payments/dev-gateway.js';
import { createBillingQuota } from '../../infra/billing/quota.js';
import { testDatabase } from '../helpers/database.js';
import { assertLedgerExplainsBalances } from '../infra/billing/ledger-balances.js';

interface InvoiceView { id: string; url: string; amount: number; currency: string; status: string; kind: string }

describe('billing API with the development gateway (real HTTP callbacks)', () => {
  let w: BillingWorld<DevGatewaySim>;
  beforeEach(async () => {
    w = await devGatewayWorld();
  });
  afterEach(async () => w.close());

  const get = async (url: string) => {
    const res = await w.app.inject({ method: 'GET', url, headers: w.auth });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const post = (url: string, payload: unknown) => w.app.inject({ method: 'POST', url, headers: w.auth, payload: payload as object });
  const gatewayIdOf = (inv: InvoiceView) => inv.url.split('/').pop()!;
  /** Pays on the gateway's page and waits for its callback to have been acknowledged. */
  const payPage = async (inv: InvoiceView, body?: unknown) => {
    const before = w.sim.callbacks.attempts.length;
    const res = await fetch(`${inv.url}/pay`, { method: 'POST', ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
    assert.equal(res.status, 200);
    await w.sim.callbacks.idle();
    assert.ok(w.sim.callbacks.attempts.length > before, 'the gateway called back');
  };

  it('shows the plan, cycle, requests and credits of a new tenant', async () => {
    const b = await get('/v1/billing');
    assert.equal(b.plan, 'starter');
    assert.deepEqual(b.requests, { limit: 50, bonus: 0, used: 0, remaining: 50 });
    assert.deepEqual(b.credits, { base: 500, prepaid: 0, level: 'ok' });
    assert.equal(b.scheduledPlan, null);
    assert.ok(new Date(b.cycle.end) > new Date(b.cycle.start));
  });

  it('adds a paid small pack once although the gateway calls back twice, and refuses a forged callback', async () => {
    const res = await post('/v1/billing/credit-packs', { pack: 'small' });
    assert.equal(res.statusCode, 201, res.body);
    const { invoice } = res.json() as { invoice: InvoiceView };
    assert.deepEqual([invoice.amount, invoice.currency, invoice.status], [900, 'USD', 'pending']);
    assert.match(invoice.url, /^http:\/\/127\.0\.0\.1:\d+\/invoices\//);
    const page = await fetch(invoice.url);
    assert.match(await page.text(), /\$9\.00/);

    await payPage(invoice);
    assert.equal(await w.sim.replay(gatewayIdOf(invoice)), 200, 'a replay is acknowledged');
    assert.equal((await get('/v1/billing')).credits.prepaid, 1000);

    assert.equal(await w.sim.forge(gatewayIdOf(invoice)), 401);
    const raw = await w.app.inject({ method: 'POST', url: '/v1/payments/dev/callback', headers: { 'content-type': 'application/json' }, payload: '{"id":"x","order_id":"inv-1"}' });
    assert.equal(raw.statusCode, 401, 'no signature');
    const after = await get('/v1/billing');
    assert.equal(after.credits.prepaid, 1000, 'nothing changed');

    const invoices = (await get('/v1/billing/invoices')).invoices as InvoiceView[];
    assert.deepEqual(invoices.map((i) => [i.kind, i.status]), [['credit_pack', 'paid']]);
    const tx = (await get('/v1/billing/transactions')).transactions as Array<{ kind: string; amount: number }>;
    assert.deepEqual(tx.filter((t) => t.kind === 'payment' || t.kind === 'prepaid_credits').map((t) => [t.kind, t.amount]).sort(), [['payment', 900], ['prepaid_credits', 1000]]);
    assert.ok(after.notices.some((n: { text: string }) => /is paid: \+1000 prepaid credits/.test(n.text)), 'the owner is told');
    await assertLedgerExplainsBalances((await testDatabase()).sql, w.tenantId);
  });

  it('upgrades on payment with the unused requests as a bonus, and schedules a downgrade', async () => {
    const { sql } = await testDatabase();
    const quota = createBillingQuota();
    for (let i = 0; i < 45; i++) await sql.begin((tx) => quota.tryConsume(tx, w.tenantId, `${w.tenantId}-r${i}`));

    const res = await post('/v1/billing/plan', { plan: 'growth' });
    assert.equal(res.statusCode, 201, res.body);
    const { invoice } = res.json() as { invoice: InvoiceView };
    // On the cycle's first day the whole difference ($69 - $29) is due.
    assert.equal(invoice.amount, 4000);
    assert.equal((await get('/v1/billing')).plan, 'starter', 'nothing changes before payment');

    await payPage(invoice);
    const b = await get('/v1/billing');
    assert.equal(b.plan, 'growth');
    assert.deepEqual(b.requests, { limit: 200, bonus: 5, used: 0, remaining: 205 });
    assert.equal(b.credits.base, 2000);

    const down = await post('/v1/billing/plan', { plan: 'starter' });
    assert.equal(down.statusCode, 200, down.body);
    assert.deepEqual(down.json(), { scheduledPlan: 'starter', from: b.cycle.end });
    const later = await get('/v1/billing');
    assert.deepEqual([later.plan, later.scheduledPlan], ['growth', 'starter'], 'scheduled, not applied');
    const kinds = ((await get('/v1/billing/transactions')).transactions as Array<{ kind: string }>).map((t) => t.kind);
    for (const k of ['payment', 'upgrade_bonus', 'requests_reset', 'base_credits_grant']) assert.ok(kinds.includes(k), k);
    await assertLedgerExplainsBalances(sql, w.tenantId);
  });

  it('keeps an underpaid invoice open and applies nothing until the rest arrives', async () => {
    const { invoice } = (await post('/v1/billing/credit-packs', { pack: 'medium' })).json() as { invoice: InvoiceView };
    await payPage(invoice, { amountCents: 1000 });
    assert.equal(((await get('/v1/billing/invoices')).invoices as InvoiceView[])[0]!.status, 'underpaid_open');
    assert.equal((await get('/v1/billing')).credits.prepaid, 0);
    await payPage(invoice);
    assert.equal((await get('/v1/billing')).credits.prepaid, 5000);
  });

  it('marks an expired invoice and credits nothing', async () => {
    const { invoice } = (await post('/v1/billing/credit-packs', { pack: 'large' })).json() as { invoice: InvoiceView };
    assert.equal((await fetch(`${invoice.url}/expire`, { method: 'POST' })).status, 200);
    await w.sim.callbacks.idle();
    assert.equal(((await get('/v1/billing/invoices')).invoices as InvoiceView[])[0]!.status, 'expired');
    assert.equal((await fetch(`${invoice.url}/pay`, { method: 'POST' })).status, 409, 'an expired page cannot be paid');
    assert.equal((await get('/v1/billing')).credits.prepaid, 0);
  });

  it('answers bad input with 400 naming the field, and changes nothing', async () => {
    const plan = await post('/v1/billing/plan', { plan: 'platinum' });
    assert.equal(plan.statusCode, 400);
    assert.equal(plan.json().issues[0].field, 'plan');
    const pack = await post('/v1/billing/credit-packs', { pack: 'huge' });
    assert.equal(pack.statusCode, 400);
    assert.equal(pack.json().issues[0].field, 'pack');
    const same = await post('/v1/billing/plan', { plan: 'starter' });
    assert.equal(same.statusCode, 409);
    assert.equal(((await get('/v1/billing/invoices')).invoices as unknown[]).length, 0);
  });

  it('gives two simultaneous upgrades one invoice', async () => {
    const [a, b] = await Promise.all([post('/v1/billing/plan', { plan: 'scale' }), post('/v1/billing/plan', { plan: 'scale' })]);
    assert.deepEqual([a.statusCode, b.statusCode], [201, 201]);
    assert.equal(a.json().invoice.id, b.json().invoice.id);
    const other = await post('/v1/billing/plan', { plan: 'growth' });
    assert.equal(other.statusCode, 409, 'another upgrade waits for the open one');
    assert.equal(((await get('/v1/billing/invoices')).invoices as unknown[]).length, 1);
  });

  it('applies an invoice once when two callbacks race', async () => {
    const { invoice } = (await post('/v1/billing/credit-packs', { pack: 'xl' })).json() as { invoice: InvoiceView };
    const inv = w.sim.invoices.get(gatewayIdOf(invoice))!;
    inv.status = 'paid';
    inv.paidCents = inv.amountCents;
    const statuses = await Promise.all([w.sim.replay(inv.id), w.sim.replay(inv.id), w.sim.replay(inv.id)]);
    assert.deepEqual(statuses, [200, 200, 200]);
    assert.equal((await get('/v1/billing')).credits.prepaid, 50_000);
    await assertLedgerExplainsBalances((await testDatabase()).sql, w.tenantId);
  });
});
