// The demo guide is quoted in the README: every decision it promises must really follow
// from the seeded world, read over HTTP through the product's own clients.
import assert from 'node:assert/strict';
import { readLinkCount } from '../../../activities/count-source.js';
import { toOrderSnapshot } from '../../../activities/panel/adapter.js';
import { PerfectPanelClient } from '../../../activities/panel/perfect-panel.js';
import { ProviderApiClient } from '../../../activities/providers/api-v2.js';
import { startSimulators, type Simulators } from '../../../dev/simulators/index.js';
import { DEMO_CUSTOMER, DEMO_ORDERS_GUIDE, demoExternalId, demoSeed } from '../../../dev/simulators/seed.js';
import { parseRefillPeriod } from '../../../workflows/rules/refill-period.js';
import {
  DECISION_CODES,
  ORDER_INTENTS,
  type DecisionCode,
  type OrderIntent,
  type OrderSnapshot,
  type RefillPeriod,
} from '../../../workflows/rules/types.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const MIN_DROP = 1;
const SPEED_UP_MIN_AGE_MINUTES = 60;

/** The rulebook's decision, written out plainly here to check the seed independently. */
function expectedDecision(intent: OrderIntent, o: OrderSnapshot, period: RefillPeriod, count: number | null, now: Date): DecisionCode {
  const open = ['pending', 'in_progress', 'processing'].includes(o.status);
  const closed = o.status === 'canceled' || o.status === 'refunded';
  const ageMinutes = (now.getTime() - Date.parse(o.createdAt)) / 60_000;
  switch (intent) {
    case 'refill': {
      if (!o.service.refill || period.kind === 'none') return 'refill.not_available';
      if (period.kind === 'days' && ageMinutes > period.days * 24 * 60) return 'refill.window_expired';
      if (closed) return 'refill.order_canceled';
      if (open) return 'refill.order_not_completed';
      if (count === null) return 'refill.forward_unverified';
      const delivered = o.status === 'completed' ? o.quantity : o.quantity - o.remains;
      if (count < o.startCount) return 'refill.below_start_count';
      return o.startCount + delivered - count < MIN_DROP ? 'refill.no_drop' : 'refill.forward';
    }
    case 'cancel':
      if (closed) return 'cancel.already_canceled';
      if (o.status === 'completed') return 'cancel.already_completed';
      if (o.status === 'partial') return 'cancel.already_partial';
      return o.service.cancel ? 'cancel.forward' : 'cancel.not_available';
    case 'speed_up':
      if (o.status === 'completed') return 'speed_up.already_completed';
      if (closed || o.status === 'partial') return 'speed_up.order_closed';
      return ageMinutes < (o.service.averageTimeMinutes ?? SPEED_UP_MIN_AGE_MINUTES) ? 'speed_up.too_early' : 'speed_up.forward';
    case 'status':
      return 'status.report';
    case 'refund':
      if (closed || o.status === 'partial') return 'refund.already_refunded';
      return open && o.service.cancel ? 'refund.forward_cancel' : 'refund.escalate';
  }
}

describe('demo seed', () => {
  let sims: Simulators;
  let panel: PerfectPanelClient;
  const world = demoSeed(NOW);

  before(async () => {
    sims = await startSimulators({ now: NOW });
    panel = new PerfectPanelClient({ url: sims.config.panel.url, apiKey: sims.config.panel.apiKey });
  });
  after(async () => {
    await sims.close();
  });

  it('the guide covers every order decision of the rulebook', () => {
    const claimed = new Set(Object.values(DEMO_ORDERS_GUIDE).flatMap((e) => Object.values(e.decisions)));
    // refund.executed is no rule's decision: an autonomous refund turns refund.forward_cancel into it (1017).
    const orderCodes = DECISION_CODES.filter((c) => /^(order|refill|cancel|speed_up|status|refund)\./.test(c) && c !== 'refund.executed');
    assert.deepEqual(orderCodes.filter((c) => !claimed.has(c)), []);
  });

  it('lists every seeded order in the guide, with IDs from 1001 up', () => {
    const seeded = world.panelOrders.map((o) => String(o.id));
    assert.deepEqual(seeded.filter((id) => !(id in DEMO_ORDERS_GUIDE)), []);
    assert.equal(seeded[0], '1001');
  });

  it('names services so that the refill period parser reads what the seed means', () => {
    for (const s of world.services) assert.deepEqual(parseRefillPeriod(s.name), world.refillPeriods[s.id], s.name);
  });

  for (const [orderId, entry] of Object.entries(DEMO_ORDERS_GUIDE)) {
    it(`order ${orderId} (${entry.what}) leads to the decisions the guide claims`, async () => {
      const order = await panel.getOrder(orderId);
      if (entry.owner === null) {
        assert.equal(order, null);
        for (const code of Object.values(entry.decisions)) assert.equal(code, 'order.not_found');
        return;
      }
      assert.ok(order, `order ${orderId} exists on the panel`);
      assert.equal(order.user, entry.owner);
      if (order.user !== DEMO_CUSTOMER) {
        for (const code of Object.values(entry.decisions)) assert.equal(code, 'order.not_owned');
        return;
      }
      const services = new Map((await panel.getServices()).map((s) => [s.id, s]));
      const snapshot = toOrderSnapshot(order, services.get(order.serviceId));
      const count = snapshot.link ? await readLinkCount(sims.config.countSource, snapshot.link) : null;
      const period = world.refillPeriods[order.serviceId];
      assert.ok(period);
      for (const intent of ORDER_INTENTS) {
        assert.equal(expectedDecision(intent, snapshot, period, count, sims.panel.now()), entry.decisions[intent], `${orderId} ${intent}`);
      }
      if (entry.drop !== undefined) {
        const delivered = snapshot.status === 'completed' ? snapshot.quantity : snapshot.quantity - snapshot.remains;
        assert.equal(snapshot.startCount + delivered - (count ?? NaN), entry.drop);
      }
    });
  }

  it('gives every panel order a matching provider order (external_id, status, quantities)', async () => {
    const provider = new ProviderApiClient({ url: sims.config.provider.url, key: sims.config.provider.key });
    const orders = await panel.getOrders(world.panelOrders.map((o) => String(o.id)));
    const statuses = await provider.statuses([...orders.values()].map((o) => o.externalId));
    for (const o of orders.values()) {
      assert.equal(o.externalId, demoExternalId(Number(o.id)));
      assert.equal(o.provider, sims.config.providerName);
      const st = statuses.get(o.externalId);
      assert.ok(st && 'status' in st, `provider knows ${o.externalId}`);
      // Order 1017's provider canceled it before the panel caught up; every other order agrees.
      assert.equal(st.rawStatus, o.id === '1017' ? 'Canceled' : o.status);
      assert.equal(st.remains, o.remains);
      assert.equal(st.startCount, o.startCount);
    }
  });

  it('has a pending demo ticket from the demo customer naming demo orders', async () => {
    const page = await panel.listTickets({ status: 'pending', user: DEMO_CUSTOMER });
    assert.equal(page.count, 1);
    const ticket = await panel.getTicket(page.tickets[0]?.id ?? '');
    assert.match(ticket?.messages[0]?.message ?? '', /1001/);
  });
});
