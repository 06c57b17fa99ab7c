import { z } from 'zod';
import { REQUEST_STATES } from '../../workflows/definitions.js';

export const AttachmentSchema = z.object({
  kind: z.enum(['image', 'file']),
  url: z.url().max(2048).optional(),
  name: z.string().max(255).optional(),
});

export const TicketBodySchema = z
  .object({
    customer: z.string().trim().min(1).max(100),
    text: z.string().max(4000),
    attachments: z.array(AttachmentSchema).max(10).default([]),
    /** Continue an existing conversation instead of opening a new one. */
    conversationId: z.string().min(1).max(100).optional(),
  })
  .refine((t) => t.text.trim().length > 0 || t.attachments.length > 0, { path: ['text'], message: 'empty: send text, an attachment, or both' });

export const TicketAcceptedSchema = z.object({ conversationId: z.string(), messageId: z.string() });

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z.string().min(1).max(200).optional(),
});

export const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const RequestSummarySchema = z.object({
  id: z.string(),
  orderId: z.string(),
  intent: z.string(),
  decision: z.string().nullable(),
  state: z.enum(REQUEST_STATES),
  /** True when this conversation's message joined a request another message opened. */
  joined: z.boolean(),
});

export const ConversationSchema = z.object({
  id: z.string(),
  channel: z.string(),
  customer: z.string(),
  createdAt: z.string(),
  requests: z.array(RequestSummarySchema),
  replies: z.array(z.object({ text: z.string(), at: z.string() })),
});

export const RequestDetailSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  workflowId: z.string(),
  orderId: z.string(),
  intent: z.string(),
  state: z.enum(REQUEST_STATES),
  decision: z.string().nullable(),
  decisionDetail: z.record(z.string(), z.unknown()).nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), kind: z.string(), detail: z.record(z.string(), z.unknown()) })),
  joinedBy: z.array(z.object({ conversationId: z.string(), messageId: z.string(), at: z.string() })),
});

export const RequestListQuerySchema = z.object({
  state: z.enum(REQUEST_STATES).optional(),
  orderId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
