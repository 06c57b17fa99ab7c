import { z } from 'zod';

export const ArticleBodySchema = z.object({
  title: z.string().trim().min(1, 'title is required').max(200),
  body: z.string().trim().min(1, 'body is required').max(20_000),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en" or "es"').optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
}).strict();

export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ArticleIdParamsSchema = z.object({ id: z.string().max(40) });
