// Inline buttons and their callback data (at most 64 bytes, as Telegram allows): order
// actions for customers, decisions on escalation notices for the admin chat. Plain
// reply_markup objects, so an activity can attach them without grammY.
import type { EscalationAction } from '../../workflows/definitions.js';

export interface CallbackButton {
  text: string;
  callback_data: string;
}

/** An inline keyboard of callback buttons, usable as `reply_markup` as it is. */
export interface CallbackKeyboard {
  inline_keyboard: CallbackButton[][];
}

const button = (text: string, data: string): CallbackButton => ({ text, callback_data: data });

export const ORDER_ACTIONS = ['refill', 'cancel', 'speed_up', 'status'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

const ORDER_ACTION_WORDS: Record<OrderAction, string> = { refill: 'refill', cancel: 'cancel', speed_up: 'speed up', status: 'status' };

/**
 * What a button press (or /status) says in the conversation, as if the customer had typed
 * it. "order" labels the number, so the classifier reads short order IDs too.
 */
export function orderActionText(action: OrderAction, orderId: string): string {
  return `${ORDER_ACTION_WORDS[action]} order ${orderId}`;
}

export const ORDER_DATA = /^ord:(\d{1,18}):(refill|cancel|speed_up|status)$/;

/** The order's buttons, labelled in the customer's language (English by default). */
export function orderKeyboard(orderId: string, labels: Record<OrderAction, string> = ENGLISH_LABELS): CallbackKeyboard {
  return {
    inline_keyboard: [
      [button(labels.refill, `ord:${orderId}:refill`), button(labels.cancel, `ord:${orderId}:cancel`)],
      [button(labels.speed_up, `ord:${orderId}:speed_up`), button(labels.status, `ord:${orderId}:status`)],
    ],
  };
}

const ENGLISH_LABELS: Record<OrderAction, string> = { refill: 'Refill', cancel: 'Cancel', speed_up: 'Speed up', status: 'Status' };

export function parseOrderData(data: string): { orderId: string; action: OrderAction } | null {
  const m = ORDER_DATA.exec(data);
  return m?.[1] && m[2] ? { orderId: m[1], action: m[2] as OrderAction } : null;
}

/** The decisions a button can carry; "reply" needs a message, so it stays with the API. */
export const BUTTON_ESCALATION_ACTIONS = ['resolve', 'retry', 'close'] as const satisfies readonly EscalationAction[];
export type ButtonEscalationAction = (typeof BUTTON_ESCALATION_ACTIONS)[number];

export const ESCALATION_DATA = /^esc:(\d{1,18}):(resolve|retry|close)$/;

/** Buttons for an escalation notice in the tenant's admin chat. */
export function escalationKeyboard(requestId: string): CallbackKeyboard {
  return {
    inline_keyboard: [[
      button('Resolve', `esc:${requestId}:resolve`),
      button('Retry', `esc:${requestId}:retry`),
      button('Close', `esc:${requestId}:close`),
    ]],
  };
}

export function parseEscalationData(data: string): { requestId: string; action: ButtonEscalationAction } | null {
  const m = ESCALATION_DATA.exec(data);
  return m?.[1] && m[2] ? { requestId: m[1], action: m[2] as ButtonEscalationAction } : null;
}

/** Pilot drafts in the admin chat: approve or reject with a press (an edit goes through the API). */
export const PILOT_DATA = /^pd:(\d{1,18}):(approve|reject)$/;

export function pilotDraftKeyboard(draftId: string): CallbackKeyboard {
  return { inline_keyboard: [[button('Approve', `pd:${draftId}:approve`), button('Reject', `pd:${draftId}:reject`)]] };
}

export function parsePilotData(data: string): { draftId: string; action: 'approve' | 'reject' } | null {
  const m = PILOT_DATA.exec(data);
  return m?.[1] && m[2] ? { draftId: m[1], action: m[2] as 'approve' | 'reject' } : null;
}
