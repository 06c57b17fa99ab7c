// English replies: the default, and the fallback for languages without templates.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "This order is …". */
const STATUS: Record<OrderStatus, string> = {
  pending: 'waiting to start',
  in_progress: 'in progress',
  processing: 'being processed',
  completed: 'completed',
  partial: 'partially completed',
  canceled: 'canceled',
  refunded: 'canceled and refunded',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'request the refill',
  cancel: 'request the cancellation',
  speed_up: 'ask for a speed-up',
  refund: 'handle your refund request',
};

const FOLLOW = "We'll keep an eye on it and update you here.";
const NOT_FOUND = "We couldn't find this order in your account. Please check the order ID and send it again.";
const NO_REFILL_BELOW_START = 'A refill only covers drops in what this order delivered, so we can\'t request one.';

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} more minute${count === 1 ? '' : 's'}` : `${count} more hour${count === 1 ? '' : 's'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0
    ? 'Today is the last day of your refill period.'
    : `Your refill period has ${days(daysLeft)} left.`;
}

export const en: ReplyLocale = {
  aboutOrder: (orderId) => `Thanks for your message about order ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Order' : 'Orders'} ${ids.join(', ')}: ${body}`,
  askOrderId: "Which order is this about? Please send the order ID, and we'll look into it.",

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => "This service doesn't include refills, so we can't request one for this order.",
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `The refill period for this order ended on ${windowEnd}, so a refill is no longer possible.`
        : 'The refill period for this order has ended, so a refill is no longer possible.',
    'refill.order_canceled': ({ status }) => `This order is ${STATUS[status ?? 'canceled']}, so there's nothing to refill.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `This order is ${STATUS[status ?? 'in_progress']}, and a refill can only be requested once it's completed.`,
        progress && `So far ${progress.delivered} of ${progress.quantity} have been delivered.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `The count on your link is now ${currentCount}, below the order's start count (${startCount}).`
          : "The count on your link is below the order's start count.",
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `We checked your link: the count is ${v.currentCount}, so nothing from this order is missing and no refill is needed.`
          : 'We checked your link: nothing from this order is missing, so no refill is needed.',
        'If the count drops later, just write to us again.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `We've asked the provider to refill the ${v.drop} missing.`
          : "We've asked the provider to refill this order.",
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        "We couldn't check the current count automatically, so we've asked the provider to check this order and refill what's missing.",
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `This order is already ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'This order is already completed, so it can no longer be canceled.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'This order has already closed as partially completed, so it can no longer be canceled.',
        progress && `${progress.delivered} of ${progress.quantity} were delivered.`,
      ),
    'cancel.not_available': () => "This service doesn't allow cancellations, so we can't cancel this order.",
    'cancel.forward': () =>
      "We've asked the provider to cancel this order. We'll confirm here once the cancellation goes through.",

    'speed_up.already_completed': () => "This order is already completed, so there's nothing left to speed up.",
    'speed_up.order_closed': ({ status }) =>
      status ? `This order is ${STATUS[status]}, so it can't be sped up.` : "This order is closed, so it can't be sped up.",
    'speed_up.too_early': (v) =>
      sentences(
        'Your order is still within its normal delivery time.',
        v.wait
          ? `Please wait ${wait(v.wait)}; if it still hasn't moved by then, write to us and we'll ask the provider to speed it up.`
          : "Please give it a little more time; if it still hasn't moved, write to us and we'll ask the provider to speed it up.",
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        "We've asked the provider to speed up this order.",
        progress && `So far ${progress.delivered} of ${progress.quantity} have been delivered.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Your order is ${STATUS[status]}.` : "We've checked your order.",
        progress && `Delivered: ${progress.delivered} of ${progress.quantity}.`,
        startCount !== undefined && `Start count: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'This order closed as partially completed, and the undelivered part has already been refunded.',
            progress && `${progress.delivered} of ${progress.quantity} were delivered.`,
            'Please check your balance.',
          )
        : 'This order has already been canceled and refunded. Please check your balance.',
    'refund.forward_cancel': () =>
      "We've asked the provider to cancel this order. Your refund is confirmed once the cancellation goes through, and we'll let you know here.",
    'refund.escalate': () =>
      "We've passed your refund request to our team. A team member will review it and reply here.",

    'refund.executed': ({ refund }) =>
      refund
        ? `We've refunded ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} for this order to your balance: nothing more will be delivered for the refunded part. Please check your balance.`
        : "We've refunded this order to your balance. Please check your balance.",

    'other.answer': ({ answer }) => answer ?? 'A team member will get back to you here.',
    'other.escalate': () => "We've passed your message to our team, and a team member will reply here.",

    'request.need_screenshot': ({ pendingIntent }) =>
      `Please send a screenshot that shows the current count on your link. We need it before we can ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'go ahead'
      }.`,
    'request.duplicate': () =>
      "We're already handling this request for this order. We'll update you here as soon as there's news.",
    'quota.blocked': () => 'A team member will handle this and reply here.',
    'request.limit_exceeded': () =>
      'We can only check a limited number of orders per message and per day. This order was not checked now: please send it again later in a separate message.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Good news: order ${orderId} has been refilled.`,
    'cancel.resolved': ({ orderId }) => `Order ${orderId} has been canceled.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `Order ${orderId} closed as partially completed before it could be canceled.`,
        progress && `${progress.delivered} of ${progress.quantity} were delivered.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `Order ${orderId} was completed before it could be canceled.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Good news: order ${orderId} is now completed.`
        : sentences(
            `Good news: order ${orderId} is moving.`,
            progress && `So far ${progress.delivered} of ${progress.quantity} have been delivered.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `Order ${orderId} has been canceled and your refund is confirmed. Please check your balance.`,
    'request.escalated': ({ orderId }) =>
      `We've passed your request about order ${orderId} to a team member, who will reply here.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Reply from our team about order ${orderId}:\n${message}`
        : `Our team has reviewed your request about order ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Your request about order ${orderId} is now closed. If you need anything else, just write to us.`,
    'request.provider_declined': ({ orderId }) =>
      `The provider couldn't handle our request for order ${orderId}, so we've passed it to a team member, who will reply here.`,
  },
};
