import { z } from 'zod';

export const ErrorSchema = z.object({
  error: z.string(),
  message: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
});

/** Standard error answers, so every route documents them the same way. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  404: ErrorSchema,
} as const;

/** Only http(s) URLs: the service calls these addresses itself. */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048);
