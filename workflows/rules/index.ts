// The pure decision rules: status spellings, refill periods and the policy that turns an
// order and a request into a decision. No I/O and no clock: safe inside workflow code.
export * from './types.js';
export { normalizeOrderStatus } from './order-status.js';
export { parseRefillPeriod, resolveRefillPeriod } from './refill-period.js';
export { decide, deliveredOf, duplicateDecision, quotaBlockedDecision, screenshotRequired, type DecideInput } from './decide.js';
export { requestItems, type RequestItem } from './request-items.js';
export { MS_PER_DAY, MS_PER_MINUTE, toEpochMs } from './time.js';
