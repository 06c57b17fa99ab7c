// Turns a decision (or an outcome's context) into the clean numbers templates quote.
import { INTENTS, type Decision, type Intent, type OrderStatus } from '../rules/types.js';
import type { DecisionView, OutcomeView, Progress, Wait } from './locale.js';

export function toDecisionView(decision: Decision): DecisionView {
  const view: DecisionView = {};
  if (decision.status !== undefined) view.status = decision.status;
  const progress = toProgress(decision.delivered, decision.quantity);
  if (progress) view.progress = progress;
  setCount(view, 'drop', decision.drop);
  setCount(view, 'daysLeft', decision.daysLeft);
  setCount(view, 'startCount', decision.startCount);
  setCount(view, 'currentCount', decision.currentCount);
  const windowEnd = decision.windowEndedAt === undefined ? undefined : isoDate(decision.windowEndedAt);
  if (windowEnd) view.windowEnd = windowEnd;
  const wait = decision.waitMinutes === undefined ? undefined : toWait(decision.waitMinutes);
  if (wait) view.wait = wait;
  const pendingIntent = decision.pending === undefined ? undefined : intentOf(decision.pending);
  if (pendingIntent) view.pendingIntent = pendingIntent;
  const answer = decision.answer?.trim();
  if (answer) view.answer = answer;
  if (decision.refundAmount !== undefined && Number.isFinite(decision.refundAmount) && decision.refundAmount >= 0) {
    view.refund = { amount: decision.refundAmount.toFixed(2), currency: decision.refundCurrency?.trim() || '' };
  }
  return view;
}

export function toOutcomeView(ctx: {
  orderId: string;
  status?: OrderStatus;
  delivered?: number;
  quantity?: number;
  message?: string;
}): OutcomeView {
  const view: OutcomeView = { orderId: ctx.orderId };
  if (ctx.status !== undefined) view.status = ctx.status;
  const progress = toProgress(ctx.delivered, ctx.quantity);
  if (progress) view.progress = progress;
  const message = ctx.message?.trim();
  if (message) view.message = message;
  return view;
}

/** The calendar day (UTC) of an ISO timestamp, as YYYY-MM-DD. */
export function isoDate(iso: string): string | undefined {
  const text = iso.trim();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  // Without a zone the date is taken as written: Date.parse would read it in the
  // machine's own zone, and two workers could then disagree.
  if (day && !/T.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) return day;
  // Parsing a given timestamp is deterministic; only reading the clock is off limits.
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Under an hour: whole minutes. From an hour: hours rounded up, so a customer who waits
 * the time we quote is never told "too early" again.
 */
export function toWait(minutes: number): Wait | undefined {
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
  const whole = Math.ceil(minutes);
  return whole < 60 ? { unit: 'minutes', count: whole } : { unit: 'hours', count: Math.ceil(whole / 60) };
}

function toProgress(delivered: number | undefined, quantity: number | undefined): Progress | undefined {
  const d = count(delivered);
  const q = count(quantity);
  return d !== undefined && q !== undefined && q > 0 ? { delivered: d, quantity: q } : undefined;
}

function setCount(
  view: DecisionView,
  key: 'drop' | 'daysLeft' | 'startCount' | 'currentCount',
  value: number | undefined,
): void {
  const n = count(value);
  if (n !== undefined) view[key] = n;
}

function count(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

function intentOf(code: string): Intent | undefined {
  const prefix = code.split('.')[0];
  return INTENTS.find((intent) => intent === prefix);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
