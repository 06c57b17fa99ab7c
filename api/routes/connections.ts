// Where a tenant's orders, tickets and counts come from, and how each provider is reached.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { ErrorSchema, errorResponses, withoutCredentials } from '../schemas/common.js';
import {
  CountSourceSchema,
  PanelBodySchema,
  PanelViewSchema,
  ProviderBodySchema,
  ProviderNameSchema,
  ProviderViewSchema,
} from '../schemas/connections.js';
import { HttpError } from '../plugins/error-handler.js';
import { refuseInternalUrl } from '../plugins/tenant-urls.js';
import { startTicketPoller } from '../../activities/tickets.js';
import { readCountSource, readPanel, readProvider, saveCountSource, savePanel, saveProvider } from '../../infra/tenants/connections.js';
import { closeRequestsOfPreviousPanels } from '../../app/panel-switch.js';

export const connectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql, box } = app.deps;

  app.put('/panel', {
    schema: { tags: ['connections'], summary: 'Connect the panel orders and tickets come from', security: bearerSecurity, body: PanelBodySchema, response: { 200: PanelViewSchema, ...errorResponses, 503: ErrorSchema } },
  }, async (req) => {
    const tenant = tenantOf(req);
    await refuseInternalUrl('url', req.body.url);
    await savePanel(sql, box, tenant.id, req.body);
    // From now on the panel's tickets are read on the tenant's poll interval.
    try {
      await startTicketPoller(app.deps.temporal, app.deps.taskQueue, tenant.id);
      await closeRequestsOfPreviousPanels(app.deps, tenant.id);
    } catch (err) {
      req.log.error({ err }, 'ticket poller not started');
      throw new HttpError(503, 'The panel was saved, but reading its tickets could not be started right now; send the same request again.');
    }
    return { type: req.body.type, url: req.body.url, apiKeySet: true };
  });

  app.get('/panel', {
    schema: { tags: ['connections'], summary: 'The connected panel (without its key)', security: bearerSecurity, response: { 200: PanelViewSchema, ...errorResponses } },
  }, async (req) => {
    const panel = await readPanel(sql, box, tenantOf(req).id);
    if (!panel) throw new HttpError(404, 'No panel connected yet: PUT /v1/panel.');
    return { type: panel.type, url: withoutCredentials(panel.url), apiKeySet: true };
  });

  app.put('/providers/:name', {
    schema: { tags: ['connections'], summary: 'Connect a provider (the name matches the panel order\'s provider)', security: bearerSecurity, params: ProviderNameSchema, body: ProviderBodySchema, response: { 200: ProviderViewSchema, ...errorResponses } },
  }, async (req) => {
    if (req.body.api) await refuseInternalUrl('api.url', req.body.api.url);
    const provider = { name: req.params.name, dispatch: req.body.dispatch, api: req.body.api ?? null, telegramChatId: req.body.telegram?.chatId ?? null };
    await saveProvider(sql, box, tenantOf(req).id, provider);
    return providerView(provider);
  });

  app.get('/providers/:name', {
    schema: { tags: ['connections'], summary: 'One provider connection (without its key)', security: bearerSecurity, params: ProviderNameSchema, response: { 200: ProviderViewSchema, ...errorResponses } },
  }, async (req) => {
    const provider = await readProvider(sql, box, tenantOf(req).id, req.params.name);
    if (!provider) throw new HttpError(404, `No provider named "${req.params.name}".`);
    return providerView(provider);
  });

  app.put('/count-source', {
    schema: { tags: ['connections'], summary: 'Where the current count of a link is read (GET, JSON)', security: bearerSecurity, body: CountSourceSchema, response: { 200: CountSourceSchema, ...errorResponses } },
  }, async (req) => {
    await refuseInternalUrl('urlTemplate', req.body.urlTemplate);
    await saveCountSource(sql, tenantOf(req).id, req.body);
    return req.body;
  });

  app.get('/count-source', {
    schema: { tags: ['connections'], summary: 'The configured count source', security: bearerSecurity, response: { 200: CountSourceSchema, ...errorResponses } },
  }, async (req) => {
    const src = await readCountSource(sql, tenantOf(req).id);
    if (!src) throw new HttpError(404, 'No count source configured: counts are unknown.');
    return { ...src, urlTemplate: withoutCredentials(src.urlTemplate) };
  });
};

function providerView(p: { name: string; dispatch: z.infer<typeof ProviderViewSchema>['dispatch']; api: { url: string } | null; telegramChatId: string | null }) {
  return {
    name: p.name,
    dispatch: p.dispatch,
    api: p.api ? { url: withoutCredentials(p.api.url), keySet: true } : null,
    telegram: p.telegramChatId ? { chatId: p.telegramChatId } : null,
  };
}
