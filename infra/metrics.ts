// The product's Prometheus metrics. One registry per process (prom-client's default): the API
// serves it on GET /metrics, the worker on its own port. The Temporal SDK's runtime metrics are
// exported by the SDK itself (worker/observability.ts).
import { collectDefaultMetrics, Counter, Histogram, register } from 'prom-client';

export const metricsRegistry = register;
let defaultsOn = false;

/** Process CPU, memory, event-loop lag; once per process. */
export function collectProcessMetrics(role: string): void {
  if (defaultsOn) return;
  defaultsOn = true;
  register.setDefaultLabels({ role });
  collectDefaultMetrics({ register, prefix: 'supportai_process_' });
}

export const productMetrics = {
  messagesAccepted: new Counter({
    name: 'supportai_messages_accepted_total',
    help: 'Customer messages handed to their conversation, by channel.',
    labelNames: ['channel'] as const,
  }),
  messagesHeld: new Counter({
    name: 'supportai_messages_held_total',
    help: 'Customer messages that waited in the inbox for their turn because the worker was behind.',
  }),
  requestEvents: new Counter({
    name: 'supportai_request_events_total',
    help: 'Request progress recorded, by state and decision.',
    labelNames: ['state', 'decision'] as const,
  }),
  dispatches: new Counter({
    name: 'supportai_dispatches_total',
    help: 'Dispatches to providers, by channel and result (sent, unknown, unsupported, failed).',
    labelNames: ['channel', 'result'] as const,
  }),
  deliveriesFailed: new Counter({
    name: 'supportai_deliveries_failed_total',
    help: 'Replies and notices that could not be delivered (each failed attempt), by activity.',
    labelNames: ['activity'] as const,
  }),
  panelCalls: new Counter({
    name: 'supportai_panel_calls_total',
    help: 'Calls to tenants\' panel Admin APIs, by outcome.',
    labelNames: ['outcome'] as const,
  }),
  creditsSpent: new Counter({
    name: 'supportai_tracking_credits_spent_total',
    help: 'Tracking credits charged.',
  }),
  firstReplySeconds: new Histogram({
    name: 'supportai_first_reply_seconds',
    help: 'From a customer message to the reply recorded for it.',
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
  }),
  activities: new Histogram({
    name: 'supportai_activity_seconds',
    help: 'Activity executions by name and outcome.',
    labelNames: ['activity', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
  }),
};
