import { z } from 'zod';
import { ESCALATION_ACTIONS, REQUEST_STATES } from '../../workflows/definitions.js';

export const EscalationDecisionBodySchema = z.object({
  action: z.enum(ESCALATION_ACTIONS),
  message: z.string().trim().min(1).max(4000).optional(),
});

export const RequestIdParamsSchema = z.object({ requestId: z.string().regex(/^\d{1,18}$/, 'a request number') });

const Timestamped = z.object({ at: z.string() });

export const EscalationSchema = z.object({
  requestId: z.string(),
  workflowId: z.string(),
  conversationId: z.string(),
  customer: z.string(),
  orderId: z.string(),
  intent: z.string(),
  state: z.enum(REQUEST_STATES),
  reason: z.string().nullable(),
  decision: z.record(z.string(), z.unknown()).nullable(),
  order: z.record(z.string(), z.unknown()).nullable(),
  escalatedAt: z.string().nullable(),
  messages: z.array(Timestamped.extend({ text: z.string() })),
  dispatches: z.array(z.object({ attempt: z.number(), kind: z.string(), channel: z.string().nullable(), status: z.string(), verdict: z.string().nullable(), detail: z.unknown(), at: z.string() })),
  providerMessages: z.array(Timestamped.extend({ text: z.string(), verdict: z.string().nullable() })),
  timeline: z.array(Timestamped.extend({ kind: z.string(), detail: z.record(z.string(), z.unknown()) })),
});

export const EscalationDecisionResultSchema = z.object({ requestId: z.string(), state: z.enum(REQUEST_STATES) });
