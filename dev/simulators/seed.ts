// The demo world: one panel, one provider, one count source, and orders 1001..1016 of the
// demo customer `alice` (plus one of `bob`) chosen so that every decision of the rulebook
// can be seen by writing about the right order. Ages are relative to `now`.
import type { DecisionCode, OrderIntent, RefillPeriod } from '../../workflows/rules/types.js';
import type { SimPanelOrder, SimTicket } from './perfect-panel.js';
import type { SimProviderOrder } from './provider.js';
import type { SimService } from './services.js';

export const DEMO_CUSTOMER = 'alice';
export const OTHER_CUSTOMER = 'bob';
/** The provider name panel orders carry; matches `PUT /v1/providers/{name}`. */
export const DEMO_PROVIDER_NAME = 'demo-provider';
/** An order ID the panel does not have. */
export const DEMO_MISSING_ORDER_ID = '9999';

export interface DemoWorld {
  services: SimService[];
  /** The refill period each service's name states (what the name parser should read). */
  refillPeriods: Record<number, RefillPeriod>;
  panelOrders: SimPanelOrder[];
  providerOrders: SimProviderOrder[];
  /** Link → count now. Links missing here are unknown to the count source. */
  counts: Record<string, number>;
  tickets: SimTicket[];
}

export interface DemoOrderGuideEntry {
  /** Whose order it is (null: the panel has no such order). */
  owner: string | null;
  what: string;
  /** The decision when `alice` asks for each intent at seed time, default settings. */
  decisions: Record<OrderIntent, DecisionCode>;
  /** refill.forward: expected − current count. */
  drop?: number;
}

const SERVICES: Array<SimService & { period: RefillPeriod }> = [
  { id: 101, name: 'Instagram Followers [R30]', category: 'Instagram Followers', rate: 1.2, min: 10, max: 100_000,
    refill: true, cancel: true, period: { kind: 'days', days: 30 } },
  { id: 102, name: 'Instagram Likes | No Refill', category: 'Instagram Likes', rate: 0.35, min: 10, max: 50_000,
    refill: false, cancel: true, period: { kind: 'none' } },
  { id: 103, name: 'TikTok Followers | Lifetime Refill', category: 'TikTok', rate: 2.1, min: 50, max: 20_000,
    refill: true, cancel: false, period: { kind: 'lifetime' } },
  { id: 104, name: 'YouTube Views [Refill: 30D]', category: 'YouTube', rate: 0.9, min: 100, max: 1_000_000,
    refill: true, cancel: true, averageTimeMinutes: 180, period: { kind: 'days', days: 30 } },
  // Refill flag on, no period in the name, cancel flag left out as older panels do.
  { id: 105, name: 'Instagram Followers | Real Accounts', category: 'Instagram Followers', rate: 3.5, min: 10,
    max: 10_000, refill: true, period: { kind: 'unstated' } },
];

interface OrderSpec {
  id: number;
  user?: string;
  service: number;
  status: string;
  /** Age at seed time. */
  minutes: number;
  quantity: number;
  startCount: number;
  remains: number;
  /** The link's count now; null = the count source does not know the link. */
  count: number | null;
  /** The provider's own status when the panel has not caught up with it yet. */
  providerStatus?: string;
}

const DAY = 24 * 60;

const ORDERS: OrderSpec[] = [
  { id: 1001, service: 101, status: 'Completed', minutes: 10 * DAY, quantity: 1000, startCount: 5000, remains: 0, count: 5700 },
  { id: 1002, service: 102, status: 'Completed', minutes: 3 * DAY, quantity: 500, startCount: 200, remains: 0, count: 650 },
  { id: 1003, service: 101, status: 'Completed', minutes: 45 * DAY, quantity: 1000, startCount: 3000, remains: 0, count: 3500 },
  { id: 1004, service: 101, status: 'Canceled', minutes: 5 * DAY, quantity: 1000, startCount: 1200, remains: 1000, count: 1200 },
  { id: 1005, service: 101, status: 'In progress', minutes: 5 * 60, quantity: 2000, startCount: 800, remains: 1200, count: 1600 },
  { id: 1006, service: 101, status: 'Completed', minutes: 7 * DAY, quantity: 1000, startCount: 5000, remains: 0, count: 4800 },
  { id: 1007, service: 101, status: 'Completed', minutes: 6 * DAY, quantity: 1000, startCount: 2000, remains: 0, count: 3010 },
  { id: 1008, service: 101, status: 'Completed', minutes: 8 * DAY, quantity: 500, startCount: 100, remains: 0, count: null },
  { id: 1009, service: 101, status: 'Partial', minutes: 4 * DAY, quantity: 1000, startCount: 2000, remains: 400, count: 2500 },
  { id: 1010, service: 103, status: 'Pending', minutes: 2 * 60, quantity: 1000, startCount: 0, remains: 1000, count: 300 },
  { id: 1011, service: 104, status: 'In progress', minutes: 90, quantity: 5000, startCount: 1500, remains: 3000, count: 3500 },
  { id: 1012, service: 105, status: 'Completed', minutes: 200 * DAY, quantity: 1000, startCount: 10_000, remains: 0, count: 10_800 },
  { id: 1013, user: OTHER_CUSTOMER, service: 101, status: 'Completed', minutes: 9 * DAY, quantity: 1000, startCount: 700, remains: 0, count: 1500 },
  { id: 1014, service: 101, status: 'Pending', minutes: 20, quantity: 1000, startCount: 0, remains: 1000, count: 400 },
  { id: 1015, service: 104, status: 'Processing', minutes: 6 * 60, quantity: 10_000, startCount: 300, remains: 10_000, count: 300 },
  { id: 1016, service: 103, status: 'Completed', minutes: 400 * DAY, quantity: 1000, startCount: 50, remains: 0, count: 700 },
  // The provider canceled it; the panel still shows it running: an autonomous refund's case.
  { id: 1017, service: 101, status: 'In progress', minutes: 2 * DAY, quantity: 500, startCount: 900, remains: 500, count: 900, providerStatus: 'Canceled' },
];

const COMPLETED = { cancel: 'cancel.already_completed', speed_up: 'speed_up.already_completed', status: 'status.report', refund: 'refund.escalate' } as const;
const NOT_OWNED = { refill: 'order.not_owned', cancel: 'order.not_owned', speed_up: 'order.not_owned', status: 'order.not_owned', refund: 'order.not_owned' } as const;

/** Order ID → what it demonstrates, per intent, when `alice` writes about it at seed time. */
export const DEMO_ORDERS_GUIDE: Readonly<Record<string, DemoOrderGuideEntry>> = {
  '1001': { owner: DEMO_CUSTOMER, what: 'R30 followers, completed 10 days ago, 300 dropped', drop: 300, decisions: { refill: 'refill.forward', ...COMPLETED } },
  '1002': { owner: DEMO_CUSTOMER, what: 'likes from a "No Refill" service', decisions: { refill: 'refill.not_available', ...COMPLETED } },
  '1003': { owner: DEMO_CUSTOMER, what: 'R30 followers completed 45 days ago', decisions: { refill: 'refill.window_expired', ...COMPLETED } },
  '1004': { owner: DEMO_CUSTOMER, what: 'canceled order', decisions: { refill: 'refill.order_canceled', cancel: 'cancel.already_canceled', speed_up: 'speed_up.order_closed', status: 'status.report', refund: 'refund.already_refunded' } },
  '1005': { owner: DEMO_CUSTOMER, what: 'in progress for 5 hours', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.forward', speed_up: 'speed_up.forward', status: 'status.report', refund: 'refund.forward_cancel' } },
  '1006': { owner: DEMO_CUSTOMER, what: 'count fell below the start count', decisions: { refill: 'refill.below_start_count', ...COMPLETED } },
  '1007': { owner: DEMO_CUSTOMER, what: 'count above start + quantity', decisions: { refill: 'refill.no_drop', ...COMPLETED } },
  '1008': { owner: DEMO_CUSTOMER, what: 'link unknown to the count source', decisions: { refill: 'refill.forward_unverified', ...COMPLETED } },
  '1009': { owner: DEMO_CUSTOMER, what: 'partial (600 of 1000 delivered), 100 dropped', drop: 100, decisions: { refill: 'refill.forward', cancel: 'cancel.already_partial', speed_up: 'speed_up.order_closed', status: 'status.report', refund: 'refund.already_refunded' } },
  '1010': { owner: DEMO_CUSTOMER, what: 'pending 2 hours on a service without cancel', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.not_available', speed_up: 'speed_up.forward', status: 'status.report', refund: 'refund.escalate' } },
  '1011': { owner: DEMO_CUSTOMER, what: 'in progress 90 minutes, service average 180 minutes', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.forward', speed_up: 'speed_up.too_early', status: 'status.report', refund: 'refund.forward_cancel' } },
  '1012': { owner: DEMO_CUSTOMER, what: 'refill flag on, no period named, 200 days old, 200 dropped', drop: 200, decisions: { refill: 'refill.forward', ...COMPLETED } },
  '1013': { owner: OTHER_CUSTOMER, what: "bob's order", decisions: NOT_OWNED },
  '1014': { owner: DEMO_CUSTOMER, what: 'pending 20 minutes, no service average (tenant minimum 60)', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.forward', speed_up: 'speed_up.too_early', status: 'status.report', refund: 'refund.forward_cancel' } },
  '1015': { owner: DEMO_CUSTOMER, what: 'processing 6 hours, service average 180 minutes', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.forward', speed_up: 'speed_up.forward', status: 'status.report', refund: 'refund.forward_cancel' } },
  '1016': { owner: DEMO_CUSTOMER, what: 'lifetime refill, 400 days old, 350 dropped', drop: 350, decisions: { refill: 'refill.forward', ...COMPLETED } },
  '1017': { owner: DEMO_CUSTOMER, what: 'in progress on the panel, canceled by the provider 2 days in (autonomous refund)', decisions: { refill: 'refill.order_not_completed', cancel: 'cancel.forward', speed_up: 'speed_up.forward', status: 'status.report', refund: 'refund.forward_cancel' } },
  [DEMO_MISSING_ORDER_ID]: { owner: null, what: 'no such order on the panel', decisions: { refill: 'order.not_found', cancel: 'order.not_found', speed_up: 'order.not_found', status: 'order.not_found', refund: 'order.not_found' } },
};

/** The provider's order ID for a demo panel order (1001 → 88123). */
export function demoExternalId(panelOrderId: number): string {
  return String(panelOrderId + 87_122);
}

export function demoLink(panelOrderId: number): string {
  const spec = ORDERS.find((o) => o.id === panelOrderId);
  const handle = `${spec?.user ?? DEMO_CUSTOMER}.demo.${panelOrderId}`;
  if (spec?.service === 103) return `https://www.tiktok.com/@${handle}`;
  if (spec?.service === 104) return `https://www.youtube.com/watch?v=demo${panelOrderId}`;
  return `https://www.instagram.com/${handle}/`;
}

/**
 * The demo order `base` in copy `copy` of the world (copy 0 is the demo itself): same kind of
 * order under another ID, so a load can write about a fresh order every message.
 */
export function demoCopyId(base: number, copy: number): number {
  return base + copy * 1000;
}

export function demoSeed(now: Date, opts: { copies?: number } = {}): DemoWorld {
  const at = (minutesAgo: number): Date => new Date(now.getTime() - minutesAgo * 60_000);
  const services = SERVICES.map(({ period: _period, ...s }) => s);
  const panelOrders: SimPanelOrder[] = [];
  const providerOrders: SimProviderOrder[] = [];
  const counts: Record<string, number> = {};

  const specs = Array.from({ length: (opts.copies ?? 0) + 1 }, (_, copy) => ORDERS.map((o) => ({ ...o, id: demoCopyId(o.id, copy) }))).flat();
  for (const o of specs) {
    const service = SERVICES.find((s) => s.id === o.service);
    if (!service) throw new Error(`seed: no service ${o.service}`);
    const link = demoLink(o.id);
    const createdAt = at(o.minutes);
    // Closed orders were last touched a while after creation; open ones just now.
    const lastUpdate = ['Pending', 'In progress', 'Processing'].includes(o.status) ? at(1) : at(o.minutes - Math.min(o.minutes / 2, 24 * 60));
    const charge = round((service.rate * o.quantity) / 1000, 2);
    panelOrders.push({
      id: o.id, externalId: demoExternalId(o.id), user: o.user ?? DEMO_CUSTOMER, provider: DEMO_PROVIDER_NAME,
      serviceId: service.id, serviceName: service.name, status: o.status, quantity: o.quantity, remains: o.remains,
      startCount: o.startCount, charge, currency: 'USD', link, mode: 'auto', createdAt, lastUpdate,
    });
    providerOrders.push({
      id: demoExternalId(o.id), serviceId: service.id, link, quantity: o.quantity, startCount: o.startCount,
      remains: o.remains, status: o.providerStatus ?? o.status, charge: round(charge * 0.6, 5), currency: 'USD', createdAt,
    });
    if (o.count !== null) counts[link] = o.count;
  }

  const ticketAt = at(30);
  const tickets: SimTicket[] = [
    {
      id: 501, subject: 'Orders', status: 'pending', user: DEMO_CUSTOMER, createdAt: ticketAt, lastUpdate: ticketAt, isRead: false,
      messages: [{ senderName: DEMO_CUSTOMER, isStaff: false, createdAt: ticketAt,
        message: 'Hello, my followers dropped on order 1001, please refill. And cancel 1005 please' }],
    },
    {
      id: 500, subject: 'Payment', status: 'answered', user: OTHER_CUSTOMER, createdAt: at(2 * DAY), lastUpdate: at(2 * DAY - 30), isRead: true,
      messages: [
        { senderName: OTHER_CUSTOMER, isStaff: false, createdAt: at(2 * DAY), message: 'Which payment methods do you accept?' },
        { senderName: 'Support', isStaff: true, createdAt: at(2 * DAY - 30), message: 'Crypto and cards, see Add funds.' },
      ],
    },
  ];

  const refillPeriods = Object.fromEntries(SERVICES.map((s) => [s.id, s.period]));
  return { services, refillPeriods, panelOrders, providerOrders, counts, tickets };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
