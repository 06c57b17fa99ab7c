import assert from 'node:assert/strict';
import {
  decide,
  duplicateDecision,
  quotaBlockedDecision,
  limitExceededDecision,
  screenshotRequired,
  type DecideInput,
} from '../../../workflows/rules/decide.js';
import {
  DECISION_CODES,
  DEFAULT_DECISION_SETTINGS,
  type Decision,
  type DecisionCode,
  type DecisionSettings,
  type OrderSnapshot,
  type OrderStatus,
  type ServiceInfo,
} from '../../../workflows/rules/types.js';

// The order of the spec's `supportai simulate` example: 1000 followers on a start count of
// 5000, bought on 1 November on an R30 service, so its window ends on 1 December 10:00 UTC.
const CREATED = '2026-11-01T10:00:00.000Z';
const WINDOW_END = '2026-12-01T10:00:00.000Z';
const NOW = '2026-11-20T12:00:00.000Z';

function order(patch: Partial<Omit<OrderSnapshot, 'service'>> = {}, service: Partial<ServiceInfo> = {}): OrderSnapshot {
  return {
    id: '1001',
    user: 'alice',
    status: 'completed',
    createdAt: CREATED,
    quantity: 1000,
    startCount: 5000,
    remains: 0,
    provider: 'prov-a',
    externalId: '88123',
    service: { id: 7, name: 'Instagram Followers [R30]', refill: true, cancel: true, averageTimeMinutes: null, ...service },
    ...patch,
  };
}

function settings(patch: Partial<DecisionSettings> = {}): DecisionSettings {
  return { ...DEFAULT_DECISION_SETTINGS, ...patch };
}

const seen = new Set<DecisionCode>();

/** decide() with the example's defaults; every code it returns is counted for the coverage check. */
function run(patch: Partial<DecideInput> = {}): Decision {
  const decision = decide({
    intent: 'refill',
    customer: 'alice',
    order: order(),
    currentCount: 5700,
    now: NOW,
    settings: settings(),
    hasScreenshot: false,
    ...patch,
  });
  seen.add(decision.code);
  return decision;
}

function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

const OPEN: OrderStatus[] = ['pending', 'in_progress', 'processing'];

describe('decide', () => {
  describe('validation', () => {
    it('an order the panel does not have is not found, for every order intent', () => {
      for (const intent of ['refill', 'cancel', 'speed_up', 'status', 'refund'] as const) {
        assert.deepEqual(run({ intent, order: null }), { code: 'order.not_found' }, intent);
      }
    });

    it("another customer's order is not owned, and the decision reveals nothing about it", () => {
      for (const intent of ['refill', 'cancel', 'speed_up', 'status', 'refund'] as const) {
        assert.deepEqual(run({ intent, order: order({ user: 'bob' }) }), { code: 'order.not_owned' }, intent);
      }
    });

    it('ownership ignores case and surrounding spaces', () => {
      assert.equal(run({ customer: '  ALICE ' }).code, 'refill.forward');
      assert.equal(run({ order: order({ user: ' Alice' }) }).code, 'refill.forward');
    });

    it('an empty customer name owns nothing, not even an order with an empty user', () => {
      assert.equal(run({ customer: ' ', order: order({ user: '' }) }).code, 'order.not_owned');
    });

    it('validation comes before the screenshot rule', () => {
      const required = settings({ screenshotRequired: [{ serviceId: 7, intents: ['all'] }] });
      assert.equal(run({ settings: required, order: order({ user: 'bob' }) }).code, 'order.not_owned');
    });
  });

  describe('other', () => {
    it('answers from the knowledge base without needing an order', () => {
      assert.deepEqual(run({ intent: 'other', order: null, knowledgeAnswer: 'We accept USDT.' }), {
        code: 'other.answer',
        answer: 'We accept USDT.',
      });
    });

    it('escalates when the knowledge base has no confident answer', () => {
      for (const knowledgeAnswer of [undefined, null, '', '   ']) {
        assert.deepEqual(run({ intent: 'other', order: null, knowledgeAnswer }), { code: 'other.escalate' });
      }
    });

    it('is never held back for a screenshot', () => {
      const required = settings({ screenshotRequired: [{ serviceId: 7, intents: ['all'] }] });
      assert.equal(run({ intent: 'other', settings: required }).code, 'other.escalate');
    });
  });

  describe('refill', () => {
    it("the spec's example: 5000 + 1000 expected, 5700 now → forward a drop of 300", () => {
      assert.deepEqual(run(), {
        code: 'refill.forward',
        drop: 300,
        daysLeft: 10,
        status: 'completed',
        delivered: 1000,
        quantity: 1000,
        startCount: 5000,
        currentCount: 5700,
      });
    });

    it('accepts the time as epoch milliseconds as well as ISO', () => {
      assert.deepEqual(run({ now: Date.parse(NOW) }), run());
    });

    it('reads a creation time without a zone as UTC', () => {
      const atEnd = run({ now: WINDOW_END, order: order({ createdAt: '2026-11-01 10:00:00' }) });
      assert.equal(atEnd.code, 'refill.forward');
    });

    describe('availability', () => {
      it('a service without the refill flag has no refill', () => {
        assert.equal(run({ order: order({}, { refill: false }) }).code, 'refill.not_available');
      });

      it('a service named "No Refill" has no refill even with the flag on', () => {
        const d = run({ order: order({}, { name: 'Instagram Likes | No Refill' }) });
        assert.deepEqual(d, { code: 'refill.not_available', status: 'completed', delivered: 1000, quantity: 1000, startCount: 5000 });
      });

      it('an override of "none" takes refill away from an R30 service', () => {
        const d = run({ settings: settings({ refillDaysOverride: { '7': 'none' } }) });
        assert.equal(d.code, 'refill.not_available');
      });

      it('an override of 30 days gives refill to a "No Refill" service', () => {
        const d = run({
          order: order({}, { name: 'Instagram Likes | No Refill' }),
          settings: settings({ refillDaysOverride: { '7': 30 } }),
        });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.daysLeft, 10);
      });

      it('not available comes before every status and window check', () => {
        const d = run({ order: order({ status: 'canceled', createdAt: '2020-01-01T00:00:00Z' }, { refill: false }) });
        assert.equal(d.code, 'refill.not_available');
      });
    });

    describe('window', () => {
      it('is still open at the exact end of the window, on its last day', () => {
        const d = run({ now: WINDOW_END });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.daysLeft, 0);
      });

      it('has expired one second past the end, and says when it ended', () => {
        const d = run({ now: '2026-12-01T10:00:01.000Z' });
        assert.deepEqual(d, {
          code: 'refill.window_expired',
          windowEndedAt: WINDOW_END,
          status: 'completed',
          delivered: 1000,
          quantity: 1000,
          startCount: 5000,
        });
      });

      it('has expired one millisecond past the end', () => {
        assert.equal(run({ now: Date.parse(WINDOW_END) + 1 }).code, 'refill.window_expired');
      });

      it('counts whole days left, one day before the end', () => {
        assert.equal(run({ now: '2026-11-30T10:00:00.000Z' }).daysLeft, 1);
        assert.equal(run({ now: '2026-11-30T10:00:00.001Z' }).daysLeft, 0);
      });

      it('a lifetime service never expires and quotes no days left', () => {
        const d = run({ now: '2029-11-20T12:00:00Z', order: order({}, { name: 'Instagram Followers | Lifetime Refill' }) });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.daysLeft, undefined);
      });

      it('a refill service whose name states no period has no window', () => {
        const d = run({ now: '2029-11-20T12:00:00Z', order: order({}, { name: 'Instagram Followers | Auto Refill' }) });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.daysLeft, undefined);
      });

      it('an override of "lifetime" keeps an old R30 order refillable', () => {
        const d = run({ now: '2029-11-20T12:00:00Z', settings: settings({ refillDaysOverride: { '7': 'lifetime' } }) });
        assert.equal(d.code, 'refill.forward');
      });

      it('an override of 7 days shortens an R30 window', () => {
        const d = run({ settings: settings({ refillDaysOverride: { '7': 7 } }) });
        assert.equal(d.code, 'refill.window_expired');
        assert.equal(d.windowEndedAt, '2026-11-08T10:00:00.000Z');
      });

      it('an expired window is reported before the order status', () => {
        assert.equal(run({ now: '2027-01-01T00:00:00Z', order: order({ status: 'canceled' }) }).code, 'refill.window_expired');
      });
    });

    describe('status', () => {
      it('a canceled or refunded order cannot be refilled', () => {
        for (const status of ['canceled', 'refunded'] as const) {
          const d = run({ order: order({ status, remains: 1000 }) });
          assert.equal(d.code, 'refill.order_canceled', status);
          assert.equal(d.status, status);
          assert.equal(d.daysLeft, 10);
        }
      });

      it('an order still running cannot be refilled yet', () => {
        for (const status of OPEN) {
          const d = run({ order: order({ status, remains: 400 }) });
          assert.equal(d.code, 'refill.order_not_completed', status);
          assert.equal(d.delivered, 600);
        }
      });
    });

    describe('count', () => {
      it('below the start count: not a drop the shop refills', () => {
        const d = run({ currentCount: 4999 });
        assert.equal(d.code, 'refill.below_start_count');
        assert.equal(d.currentCount, 4999);
        assert.equal(d.drop, undefined);
      });

      it('exactly at the start count: the whole quantity dropped', () => {
        const d = run({ currentCount: 5000 });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.drop, 1000);
      });

      it('with the default minimum of 1: nothing missing is no drop, one missing is forwarded', () => {
        assert.equal(run({ currentCount: 6000 }).code, 'refill.no_drop');
        assert.equal(run({ currentCount: 6500 }).code, 'refill.no_drop');
        const one = run({ currentCount: 5999 });
        assert.equal(one.code, 'refill.forward');
        assert.equal(one.drop, 1);
      });

      it('a drop one below the tenant minimum is no drop; a drop equal to it is forwarded', () => {
        const strict = settings({ minDrop: 50 });
        const below = run({ settings: strict, currentCount: 5951 });
        assert.equal(below.code, 'refill.no_drop');
        assert.equal(below.currentCount, 5951);
        const at = run({ settings: strict, currentCount: 5950 });
        assert.equal(at.code, 'refill.forward');
        assert.equal(at.drop, 50);
      });

      it('a partial order expects only what was delivered (quantity − remains)', () => {
        const partial = order({ status: 'partial', remains: 400 });
        const d = run({ order: partial, currentCount: 5500 });
        assert.equal(d.code, 'refill.forward');
        assert.equal(d.drop, 100);
        assert.equal(d.delivered, 600);
        assert.equal(d.status, 'partial');
        assert.equal(run({ order: partial, currentCount: 5600 }).code, 'refill.no_drop');
      });

      it('a count that cannot be had is forwarded without a drop', () => {
        for (const currentCount of [null, Number.NaN]) {
          const d = run({ currentCount });
          assert.equal(d.code, 'refill.forward_unverified');
          assert.equal(d.drop, undefined);
          assert.equal(d.currentCount, undefined);
          assert.equal(d.daysLeft, 10);
        }
      });
    });
  });

  describe('screenshot requirement', () => {
    const onRefill = settings({ screenshotRequired: [{ serviceId: 7, intents: ['refill'] }] });

    it('asks for a screenshot instead of forwarding, keeping what it will forward', () => {
      assert.deepEqual(run({ settings: onRefill }), {
        code: 'request.need_screenshot',
        pending: 'refill.forward',
        drop: 300,
        daysLeft: 10,
        status: 'completed',
        delivered: 1000,
        quantity: 1000,
        startCount: 5000,
        currentCount: 5700,
      });
    });

    it('forwards when the screenshot came with the message', () => {
      assert.equal(run({ settings: onRefill, hasScreenshot: true }).code, 'refill.forward');
    });

    it('holds back an unverified refill too', () => {
      const d = run({ settings: onRefill, currentCount: null });
      assert.equal(d.code, 'request.need_screenshot');
      assert.equal(d.pending, 'refill.forward_unverified');
    });

    it('does not ask when the refill would not be forwarded anyway', () => {
      assert.equal(run({ settings: onRefill, currentCount: 6000 }).code, 'refill.no_drop');
    });

    it('applies only to the service and intent it names', () => {
      const otherService = settings({ screenshotRequired: [{ serviceId: 8, intents: ['refill'] }] });
      assert.equal(run({ settings: otherService }).code, 'refill.forward');
      const otherIntent = settings({ screenshotRequired: [{ serviceId: 7, intents: ['cancel'] }] });
      assert.equal(run({ settings: otherIntent }).code, 'refill.forward');
    });

    it('"all" holds back every forward of that service, and nothing else', () => {
      const all = settings({ screenshotRequired: [{ serviceId: 7, intents: ['all'] }] });
      const running = order({ status: 'in_progress', remains: 400 });
      assert.equal(run({ settings: all }).pending, 'refill.forward');
      assert.equal(run({ settings: all, intent: 'cancel', order: running }).pending, 'cancel.forward');
      assert.equal(
        run({ settings: all, intent: 'speed_up', order: running, now: addMinutes(CREATED, 120) }).pending,
        'speed_up.forward',
      );
      assert.equal(run({ settings: all, intent: 'refund', order: running }).pending, 'refund.forward_cancel');
      assert.equal(run({ settings: all, intent: 'status' }).code, 'status.report');
      assert.equal(run({ settings: all, intent: 'cancel' }).code, 'cancel.already_completed');
    });

    it('a refund handled as a cancel needs the screenshot a cancel needs', () => {
      const onCancel = settings({ screenshotRequired: [{ serviceId: 7, intents: ['cancel'] }] });
      const d = run({ settings: onCancel, intent: 'refund', order: order({ status: 'pending', remains: 1000 }) });
      assert.equal(d.code, 'request.need_screenshot');
      assert.equal(d.pending, 'refund.forward_cancel');
    });

    it('screenshotRequired answers per service and intent', () => {
      const s = settings({
        screenshotRequired: [
          { serviceId: 7, intents: ['refill', 'speed_up'] },
          { serviceId: 9, intents: ['all'] },
        ],
      });
      assert.equal(screenshotRequired(s, 7, 'refill'), true);
      assert.equal(screenshotRequired(s, 7, 'speed_up'), true);
      assert.equal(screenshotRequired(s, 7, 'cancel'), false);
      assert.equal(screenshotRequired(s, 7, 'refund'), false);
      assert.equal(screenshotRequired(s, 9, 'cancel'), true);
      assert.equal(screenshotRequired(s, 8, 'refill'), false);
      assert.equal(screenshotRequired(settings(), 7, 'refill'), false);
    });
  });

  describe('cancel', () => {
    it('an order already canceled or refunded', () => {
      for (const status of ['canceled', 'refunded'] as const) {
        assert.equal(run({ intent: 'cancel', order: order({ status }) }).code, 'cancel.already_canceled', status);
      }
    });

    it('an order already completed', () => {
      assert.equal(run({ intent: 'cancel' }).code, 'cancel.already_completed');
    });

    it('an order already partial, quoting what was delivered', () => {
      const d = run({ intent: 'cancel', order: order({ status: 'partial', remains: 300 }) });
      assert.equal(d.code, 'cancel.already_partial');
      assert.equal(d.delivered, 700);
    });

    it('a running order of a service that allows no cancel', () => {
      for (const status of OPEN) {
        assert.equal(run({ intent: 'cancel', order: order({ status }, { cancel: false }) }).code, 'cancel.not_available', status);
      }
    });

    it('a running order of a service that allows cancel is forwarded', () => {
      for (const status of OPEN) {
        const d = run({ intent: 'cancel', order: order({ status, remains: 1000 }) });
        assert.deepEqual(d, { code: 'cancel.forward', status, delivered: 0, quantity: 1000, startCount: 5000 }, status);
      }
    });

    it('a closed order is reported as it is even when the service allows no cancel', () => {
      assert.equal(run({ intent: 'cancel', order: order({ status: 'canceled' }, { cancel: false }) }).code, 'cancel.already_canceled');
    });
  });

  describe('speed-up', () => {
    const running = (service: Partial<ServiceInfo> = {}) => order({ status: 'in_progress', remains: 600 }, service);

    it('a completed order needs no speed-up', () => {
      assert.equal(run({ intent: 'speed_up' }).code, 'speed_up.already_completed');
    });

    it('a canceled, refunded or partial order is closed', () => {
      for (const status of ['canceled', 'refunded', 'partial'] as const) {
        assert.equal(run({ intent: 'speed_up', order: order({ status }) }).code, 'speed_up.order_closed', status);
      }
    });

    it("without a service average: too early below the tenant's minimum age, with the minutes to wait", () => {
      const d = run({ intent: 'speed_up', order: running(), now: addMinutes(CREATED, 30) });
      assert.deepEqual(d, {
        code: 'speed_up.too_early',
        waitMinutes: 30,
        status: 'in_progress',
        delivered: 400,
        quantity: 1000,
        startCount: 5000,
      });
    });

    it("without a service average: forwarded at exactly the tenant's minimum age", () => {
      assert.equal(run({ intent: 'speed_up', order: running(), now: addMinutes(CREATED, 60) }).code, 'speed_up.forward');
    });

    it('rounds the wait up to a whole minute', () => {
      const d = run({ intent: 'speed_up', order: running(), now: Date.parse(CREATED) + 59.5 * 60_000 });
      assert.equal(d.code, 'speed_up.too_early');
      assert.equal(d.waitMinutes, 1);
    });

    it("follows the tenant's minimum age when it is changed", () => {
      const quick = settings({ speedUpMinAgeMinutes: 15 });
      assert.equal(run({ intent: 'speed_up', order: running(), now: addMinutes(CREATED, 30), settings: quick }).code, 'speed_up.forward');
    });

    it("with a service average: the average decides, not the tenant's minimum", () => {
      const slow = running({ averageTimeMinutes: 120 });
      const early = run({ intent: 'speed_up', order: slow, now: addMinutes(CREATED, 90) });
      assert.equal(early.code, 'speed_up.too_early');
      assert.equal(early.waitMinutes, 30);
      assert.equal(run({ intent: 'speed_up', order: slow, now: addMinutes(CREATED, 120) }).code, 'speed_up.forward');

      const fast = running({ averageTimeMinutes: 20 });
      assert.equal(run({ intent: 'speed_up', order: fast, now: addMinutes(CREATED, 30) }).code, 'speed_up.forward');
    });

    it("an average of 0 is no average: the tenant's minimum applies", () => {
      const d = run({ intent: 'speed_up', order: running({ averageTimeMinutes: 0 }), now: addMinutes(CREATED, 30) });
      assert.equal(d.code, 'speed_up.too_early');
      assert.equal(d.waitMinutes, 30);
    });

    it('every running status can be sped up', () => {
      for (const status of OPEN) {
        const d = run({ intent: 'speed_up', order: order({ status }), now: addMinutes(CREATED, 61) });
        assert.equal(d.code, 'speed_up.forward', status);
      }
    });
  });

  describe('status', () => {
    it('reports the status, progress and start count', () => {
      const d = run({ intent: 'status', order: order({ status: 'in_progress', remains: 250 }) });
      assert.deepEqual(d, { code: 'status.report', status: 'in_progress', delivered: 750, quantity: 1000, startCount: 5000 });
    });

    it('a completed order is reported as fully delivered', () => {
      assert.equal(run({ intent: 'status' }).delivered, 1000);
    });

    it('never reports more than ordered or less than nothing', () => {
      assert.equal(run({ intent: 'status', order: order({ status: 'pending', remains: 1200 }) }).delivered, 0);
      assert.equal(run({ intent: 'status', order: order({ status: 'partial', remains: -5 }) }).delivered, 1000);
    });
  });

  describe('refund', () => {
    it('a canceled, refunded or partial order has been refunded already', () => {
      for (const status of ['canceled', 'refunded', 'partial'] as const) {
        assert.equal(run({ intent: 'refund', order: order({ status, remains: 300 }) }).code, 'refund.already_refunded', status);
      }
    });

    it('a running order of a service that allows cancel is handled as a cancel', () => {
      for (const status of OPEN) {
        assert.equal(run({ intent: 'refund', order: order({ status, remains: 1000 }) }).code, 'refund.forward_cancel', status);
      }
    });

    it('a running order of a service without cancel goes to a person', () => {
      for (const status of OPEN) {
        assert.equal(run({ intent: 'refund', order: order({ status }, { cancel: false }) }).code, 'refund.escalate', status);
      }
    });

    it('a completed order goes to a person', () => {
      const d = run({ intent: 'refund' });
      assert.deepEqual(d, { code: 'refund.escalate', status: 'completed', delivered: 1000, quantity: 1000, startCount: 5000 });
    });
  });

  describe('across intents', () => {
    it('a duplicate request and a used-up quota have their own codes', () => {
      seen.add(duplicateDecision().code).add(quotaBlockedDecision().code).add(limitExceededDecision().code);
      assert.deepEqual(duplicateDecision(), { code: 'request.duplicate' });
      assert.deepEqual(quotaBlockedDecision(), { code: 'quota.blocked' });
      assert.deepEqual(limitExceededDecision(), { code: 'request.limit_exceeded' });
    });
  });

  describe('coverage', () => {
    it('every decision code of the spec was produced by the tests above', () => {
      // refund.executed is no rule's: the autonomous-refund step decides it (test/workflows/auto-refund.test.ts).
      const missing = DECISION_CODES.filter((code) => !seen.has(code) && code !== 'refund.executed');
      assert.deepEqual(missing, []);
    });
  });
});
