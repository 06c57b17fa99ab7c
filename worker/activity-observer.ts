// Every activity leaves a log line (name, attempt, outcome, duration) and feeds the product
// metrics, without each activity repeating it: a Temporal activity interceptor. The product
// counters (dispatches, request states, credits, failed deliveries) are read from the
// activities' own inputs and results.
import type { ActivityInboundCallsInterceptor, ActivityExecuteInput, Next } from '@temporalio/worker';
import type { Context } from '@temporalio/activity';
import { productMetrics } from '../infra/metrics.js';

const DELIVERIES = new Set(['replyToCustomer', 'tellCustomers', 'notifyOwner']);

export class ActivityObserver implements ActivityInboundCallsInterceptor {
  constructor(private readonly ctx: Context) {}

  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const { activityType: activity, attempt, workflowExecution } = this.ctx.info;
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await next(input);
      productMetrics.activities.observe({ activity, outcome: 'completed' }, seconds());
      countProduct(activity, input.args[0], result);
      this.ctx.log.info('activity completed', { activity, attempt, workflowId: workflowExecution?.workflowId, ms: Math.round(seconds() * 1000) });
      return result;
    } catch (err) {
      productMetrics.activities.observe({ activity, outcome: 'failed' }, seconds());
      if (DELIVERIES.has(activity)) productMetrics.deliveriesFailed.inc({ activity });
      this.ctx.log.warn('activity failed', { activity, attempt, workflowId: workflowExecution?.workflowId, ms: Math.round(seconds() * 1000), error: String(err) });
      throw err;
    }
  }
}

function countProduct(activity: string, arg: unknown, result: unknown): void {
  const a = (arg ?? {}) as Record<string, unknown>;
  const r = (result ?? {}) as Record<string, unknown>;
  if (activity === 'recordRequestProgress') {
    countRequestEvent(a);
  } else if (activity === 'syncRequest') {
    // A request's events since its last write, written together (activities/request-sync.ts).
    for (const e of Array.isArray(a.events) ? (a.events as Array<Record<string, unknown>>) : []) countRequestEvent(e);
  } else if (activity === 'dispatchToProvider') {
    productMetrics.dispatches.inc({ channel: typeof r.channel === 'string' ? r.channel : 'none', result: String(r.status) });
  } else if (activity === 'consumeTrackingCredit' && r.ok === true) {
    productMetrics.creditsSpent.inc();
  }
}

function countRequestEvent(e: Record<string, unknown>): void {
  const decision = (e.decision ?? null) as { code?: unknown } | null;
  productMetrics.requestEvents.inc({ state: String(e.state), decision: typeof decision?.code === 'string' ? decision.code : 'none' });
}
