import { z } from 'zod';
import { PILOT_ACTIONS } from '../../workflows/definitions.js';

export const DraftSchema = z.object({
  id: z.string(),
  kind: z.enum(['reply', 'dispatch']),
  conversationId: z.string(),
  requestId: z.string().optional(),
  intent: z.string().optional(),
  decision: z.string().optional(),
  text: z.string(),
  createdAt: z.string(),
});

export const DraftDecisionBodySchema = z.object({
  action: z.enum(PILOT_ACTIONS),
  text: z.string().trim().min(1).max(4000).optional(),
}).strict();

export const DraftDecisionResultSchema = z.object({
  id: z.string(),
  action: z.enum(PILOT_ACTIONS),
  sentText: z.string().nullable(),
});

export const DraftIdParamsSchema = z.object({ id: z.string().max(40) });
