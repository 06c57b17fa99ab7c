// A gateway's callback, from the raw bytes to the account: verify the signature, re-read the
// invoice from the gateway (a callback can be replayed or stale; the gateway's answer is
// the truth), apply it once, and tell the owner what changed. The API's callback route and
// the tests call this; nothing else applies a payment.
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import type { CallbackHeaders, PaymentGateway } from '../infra/payments/gateway.js';
import { applyGatewayState, findInvoice } from '../infra/billing/invoices.js';
import { createNotifyActivities } from './notify.js';

export interface PaymentDeps {
  sql: Sql;
  box: SecretBox;
  telegramApiRoot: string;
  gateway: PaymentGateway;
  now?: () => Date;
}

export type CallbackOutcome =
  | { status: 200; invoiceId: string; invoiceStatus: string; changed: boolean; notifyError?: unknown }
  | { status: 401 | 404 | 503; message: string };

export async function receivePaymentCallback(deps: PaymentDeps, gatewayName: string, rawBody: Buffer, headers: CallbackHeaders): Promise<CallbackOutcome> {
  if (gatewayName !== deps.gateway.name) return { status: 404, message: `Payments go through the ${deps.gateway.name} gateway here.` };
  const claim = deps.gateway.verifyCallback(rawBody, headers);
  if (!claim) return { status: 401, message: 'The callback signature is missing or wrong.' };
  const invoice = await findInvoice(deps.sql, claim.orderId);
  if (!invoice || invoice.gateway !== deps.gateway.name) return { status: 404, message: `No invoice ${claim.orderId}.` };

  let state;
  try {
    state = await deps.gateway.fetchInvoice(claim.ref, invoice.id);
  } catch (err) {
    // The gateway retries its callback; by then it may answer.
    return { status: 503, message: `The invoice could not be re-read from the gateway: ${(err as Error).message}` };
  }
  if (state.orderId !== invoice.id) return { status: 401, message: 'The callback names an invoice the gateway does not confirm.' };

  const applied = await applyGatewayState(deps.sql, invoice.id, state, (deps.now ?? (() => new Date()))());
  let notifyError: unknown;
  if (applied.changed) {
    const { invoice: inv } = applied;
    const amount = `$${(inv.amountCents / 100).toFixed(2)}`;
    const text = inv.status === 'paid'
      ? `Invoice ${inv.id} (${inv.kind} ${inv.item}, ${amount}) is paid: ${applied.summary}.`
      : `Invoice ${inv.id} (${inv.kind} ${inv.item}, ${amount}) is now ${inv.status.replace('_', ' ')}.`;
    // The notice is stored before it is sent; a Telegram failure must not fail the payment.
    await createNotifyActivities(deps)
      .notifyOwner({ tenantId: inv.tenantId, requestId: null, key: `invoice:${inv.id}:${inv.status}`, kind: 'billing', text })
      .catch((err: unknown) => (notifyError = err));
  }
  return { status: 200, invoiceId: invoice.id, invoiceStatus: applied.invoice.status, changed: applied.changed, notifyError };
}
