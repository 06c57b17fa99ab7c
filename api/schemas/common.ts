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

/**
 * Only http(s) URLs: the service calls these addresses itself. No user:pass@ part: a URL is
 * shown back and logged, so a secret inside it would leak; keys have fields of their own.
 */
export const HttpUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine((u) => !hasCredentials(u), 'must not contain credentials (user:pass@): send the key in its own field');

export function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

/** A stored URL as shown back: any credentials saved before they were refused are removed. */
export function withoutCredentials(url: string): string {
  // Text surgery rather than URL.toString(), which would encode a template's {link}.
  return hasCredentials(url) ? url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1') : url;
}
