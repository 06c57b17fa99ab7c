import { z } from 'zod';
import { HttpUrlSchema } from './common.js';
import { PROVIDER_DISPATCH } from '../../infra/tenants/connections.js';

export const PanelBodySchema = z.object({
  type: z.literal('perfectpanel'),
  url: HttpUrlSchema,
  apiKey: z.string().min(1).max(512),
});

/** Secrets never come back out of the API: only whether one is set. */
export const PanelViewSchema = z.object({
  type: z.literal('perfectpanel'),
  url: z.string(),
  apiKeySet: z.boolean(),
});

export const ProviderNameSchema = z.object({
  name: z.string().min(1).max(200),
});

export const ProviderBodySchema = z
  .object({
    api: z.object({ url: HttpUrlSchema, key: z.string().min(1).max(512) }).optional(),
    dispatch: z.enum(PROVIDER_DISPATCH),
    telegram: z.object({ chatId: z.string().min(1).max(64) }).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.dispatch === 'api' && !p.api) ctx.addIssue({ code: 'custom', path: ['api'], message: 'required when dispatch is "api"' });
    if (p.dispatch !== 'api' && !p.telegram) ctx.addIssue({ code: 'custom', path: ['telegram'], message: `required when dispatch is "${p.dispatch}"` });
  });

export const ProviderViewSchema = z.object({
  name: z.string(),
  dispatch: z.enum(PROVIDER_DISPATCH),
  api: z.object({ url: z.string(), keySet: z.boolean() }).nullable(),
  telegram: z.object({ chatId: z.string() }).nullable(),
});

export const CountSourceSchema = z.object({
  urlTemplate: HttpUrlSchema.refine((u) => u.includes('{link}'), 'must contain {link}'),
  countPath: z.string().min(1).max(200).regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, 'a dotted path such as "data.count"'),
});
