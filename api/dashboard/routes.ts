// The owner dashboard: static HTML, CSS and JavaScript (no build step), which calls the
// public API with the key the owner types in. Nothing here is privileged.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';

const DIR = fileURLToPath(new URL('../../public/dashboard/', import.meta.url));
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'application/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(FILES)) files.set(name, await readFile(DIR + name));
  const serve = (name: string) => async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .type(FILES[name]!)
      .header('cache-control', 'no-cache')
      // The dashboard talks only to this API; nothing else may load into it.
      .header('content-security-policy', "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
      .send(files.get(name));
  app.get('/dashboard', { schema: { tags: ['dashboard'], summary: 'The owner dashboard (HTML)' } }, serve('index.html'));
  app.get('/dashboard/app.js', { schema: { hide: true } }, serve('app.js'));
  app.get('/dashboard/style.css', { schema: { hide: true } }, serve('style.css'));
};
