// What the product needs from a panel platform, independent of which platform it is:
// Perfect Panel implements it first; another platform's client implements the same.
import { normalizeOrderStatus } from '../../workflows/rules/order-status.js';
import type { OrderSnapshot, ServiceInfo } from '../../workflows/rules/types.js';

/** A panel order, typed but not interpreted: the status stays as the panel spells it. */
export interface PanelOrder {
  id: string;
  /** The provider's order ID; '' when the order was never sent upstream. */
  externalId: string;
  user: string;
  provider: string;
  /** 0 when the panel left it out. */
  serviceId: number;
  serviceName: string;
  /** As the panel spells it ("In progress", "Completed", "Canceled" ...). */
  status: string;
  quantity: number;
  remains: number;
  startCount: number;
  charge: { value: number; currency: string } | null;
  link: string;
  mode: string;
  /** ISO 8601. */
  createdAt: string;
  lastUpdate: string | null;
  /**
   * The panel's buttons for this order. `refill: true` only means the button exists: it may
   * block a refill, never allow one alone.
   */
  actions: { refill: boolean; cancelAndRefund: boolean; requestCancel: boolean };
}

export type PanelTicketStatus = 'pending' | 'answered' | 'closed' | 'locked' | (string & {});

export interface PanelTicketSummary {
  id: string;
  subject: string;
  status: PanelTicketStatus;
  /** The customer's panel username. */
  user: string;
  createdAt: string | null;
  lastUpdate: string | null;
  isRead: boolean;
}

export interface PanelTicketMessage {
  /** Only some panels number messages. */
  id: string | null;
  senderName: string;
  isStaff: boolean;
  message: string;
  createdAt: string | null;
}

export interface PanelTicket extends PanelTicketSummary {
  messages: PanelTicketMessage[];
}

export interface TicketQuery {
  user?: string;
  status?: PanelTicketStatus;
  limit?: number;
  offset?: number;
}

export interface TicketPage {
  /** All tickets matching the query, not only this page. */
  count: number;
  tickets: PanelTicketSummary[];
}

export interface NewTicket {
  username: string;
  subject: string;
  message: string;
  staffName: string;
}

export type RequestCancelResult = { accepted: true } | { accepted: false; reason: string };

export interface PanelAdapter {
  /** null when the panel has no such order. */
  getOrder(id: string): Promise<PanelOrder | null>;
  /** Orders found, keyed by ID; IDs the panel does not have are absent. */
  getOrders(ids: string[]): Promise<Map<string, PanelOrder>>;
  listTickets(query?: TicketQuery): Promise<TicketPage>;
  /** null when the panel has no such ticket. */
  getTicket(id: string): Promise<PanelTicket | null>;
  replyToTicket(id: string, message: string, staffName: string): Promise<void>;
  /** Opens a ticket to a customer; returns its ID. */
  addTicket(ticket: NewTicket): Promise<string>;
  /** Asks the order's provider to cancel (nothing is refunded until it does). */
  requestCancel(orderId: string): Promise<RequestCancelResult>;
  /** Cancels the order and returns its charge to the customer's balance. Not idempotent. */
  cancelAndRefund(orderId: string): Promise<void>;
  /** Marks the order partial with `remains` undelivered, returning that part. Not idempotent. */
  setPartial(orderId: string, remains: number, startCount: number): Promise<void>;
  getServices(): Promise<ServiceInfo[]>;
}

export type PanelErrorCode = 'auth' | 'not_found' | 'rejected' | 'bad_response';

/**
 * A business failure of the panel: retrying the same call will not help. Transient failures
 * (5xx, 429, network, timeout) are plain `Error`s instead.
 */
export class PanelError extends Error {
  constructor(
    message: string,
    readonly code: PanelErrorCode,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = 'PanelError';
  }
}

/** The panel refused the API key (401/403). */
export class PanelAuthError extends PanelError {
  constructor(message: string, httpStatus: number | null = null) {
    super(message, 'auth', httpStatus);
    this.name = 'PanelAuthError';
  }
}

/** A status spelling no rule knows; the order cannot be judged automatically. */
export class UnknownOrderStatusError extends Error {
  constructor(readonly orderId: string, readonly rawStatus: string) {
    super(`order ${orderId} has an unknown status "${rawStatus}"`);
    this.name = 'UnknownOrderStatusError';
  }
}

/**
 * The order as the rules see it. `service` is the panel's service entry; when the service is
 * no longer listed the order's own name and buttons stand in, and refill is assumed off.
 */
export function toOrderSnapshot(order: PanelOrder, service: ServiceInfo | undefined): OrderSnapshot {
  const status = normalizeOrderStatus(order.status);
  if (!status) throw new UnknownOrderStatusError(order.id, order.status);
  const snapshot: OrderSnapshot = {
    id: order.id,
    user: order.user,
    status,
    createdAt: order.createdAt,
    quantity: order.quantity,
    startCount: order.startCount,
    remains: order.remains,
    provider: order.provider,
    externalId: order.externalId,
    service: service ?? {
      id: order.serviceId,
      name: order.serviceName,
      refill: false,
      cancel: order.actions.requestCancel,
      averageTimeMinutes: null,
    },
  };
  if (order.link) snapshot.link = order.link;
  return snapshot;
}
