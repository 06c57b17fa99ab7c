// The `supportai simulate` / POST /v1/simulate input: a message (or an intent with order
// IDs), the orders as the panel would show them, and the tenant's decision settings.
import { z } from 'zod';
import { INTENTS } from '../workflows/rules/types.js';
import { normalizeOrderStatus } from '../workflows/rules/order-status.js';

const isoTime = z.iso.datetime({ offset: true });

const ServiceSchema = z.object({
  id: z.number().int().min(0),
  name: z.string().max(500),
  refill: z.boolean(),
  cancel: z.boolean(),
  averageTimeMinutes: z.number().min(0).nullable().optional(),
});

const OrderSchema = z.object({
  id: z.union([z.string().regex(/^\d{1,18}$/, 'digits only'), z.number().int().min(0)]).transform(String),
  user: z.string().max(200),
  status: z.string().refine((s) => normalizeOrderStatus(s) !== null, 'not a known order status'),
  createdAt: isoTime,
  quantity: z.number().int().min(0),
  startCount: z.number().int().min(0),
  remains: z.number().int().min(0).default(0),
  currentCount: z.number().int().min(0).nullable().optional(),
  provider: z.string().max(200).default(''),
  externalId: z.union([z.string(), z.number()]).transform(String).default(''),
  link: z.string().max(2048).optional(),
  service: ServiceSchema,
});

const SettingsSchema = z
  .object({
    minDrop: z.number().int().min(1).default(1),
    speedUpMinAgeMinutes: z.number().int().min(0).default(60),
    refillDaysOverride: z.record(z.string().regex(/^\d+$/, 'keys are service IDs'), z.union([z.number().int().min(0), z.literal('lifetime'), z.literal('none')])).default({}),
    screenshotRequired: z
      .array(z.object({ serviceId: z.number().int().min(0), intents: z.array(z.enum(['refill', 'cancel', 'speed_up', 'all'])).min(1) }))
      .default([]),
    replyLanguage: z.enum(['en', 'customer']).default('en'),
  })
  .default({ minDrop: 1, speedUpMinAgeMinutes: 60, refillDaysOverride: {}, screenshotRequired: [], replyLanguage: 'en' });

export const SimulateInputSchema = z
  .object({
    now: isoTime,
    customer: z.string().min(1).max(200),
    message: z.string().max(10_000).optional(),
    intent: z.enum(INTENTS).optional(),
    orderIds: z.array(z.union([z.string().regex(/^\d{1,18}$/, 'digits only'), z.number().int().min(0)]).transform(String)).max(500).optional(),
    attachments: z.array(z.object({ kind: z.enum(['image', 'file']).default('image'), url: z.string().optional(), name: z.string().optional() }).or(z.string())).max(20).default([]),
    orders: z.array(OrderSchema).max(1000).default([]),
    settings: SettingsSchema,
  })
  .superRefine((v, ctx) => {
    if (v.message === undefined && v.intent === undefined) ctx.addIssue({ code: 'custom', path: ['message'], message: 'give "message", or "intent" with "orderIds"' });
    if (v.message !== undefined && v.intent !== undefined) ctx.addIssue({ code: 'custom', path: ['intent'], message: 'give either "message" or "intent", not both' });
    if (v.intent !== undefined && v.intent !== 'other' && !v.orderIds?.length) ctx.addIssue({ code: 'custom', path: ['orderIds'], message: `required with intent "${v.intent}"` });
  });

export type SimulateInput = z.infer<typeof SimulateInputSchema>;

export const SimulatedRequestSchema = z
  .object({
    orderId: z.string().nullable(),
    intent: z.enum(INTENTS),
    decision: z.string(),
    reply: z.string(),
  })
  .catchall(z.unknown());

export const SimulateOutputSchema = z.object({
  language: z.string(),
  requests: z.array(SimulatedRequestSchema),
  /** The one message the customer would get for the whole message. */
  reply: z.string(),
});
export type SimulateOutput = z.infer<typeof SimulateOutputSchema>;
