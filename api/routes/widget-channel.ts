// The tenant's web chat widget: which sites may embed it, and the snippet to paste there.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { HttpError } from '../plugins/error-handler.js';
import { WidgetChannelBodySchema, WidgetChannelSchema } from '../widget/schemas.js';
import { readWidgetOfTenant, saveWidget, type WidgetChannel } from '../../infra/tenants/widget.js';

export const widgetChannelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const { sql, box, telegram } = app.deps;
  const view = (req: FastifyRequest, w: WidgetChannel) => {
    const base = telegram.publicUrl ?? `${req.protocol}://${req.host}`;
    return { widgetId: w.widgetId, secret: w.secret, snippet: widgetSnippet(base, w.widgetId), allowedOrigins: w.allowedOrigins };
  };

  app.put('/channels/widget', {
    schema: {
      tags: ['channels'],
      summary: 'Set up the web chat widget',
      description: 'Paste the snippet into the panel\'s pages. For a logged-in customer, add `data-customer="<username>"` and `data-signature="<hex HMAC-SHA256(secret, username)>"` (or `data-token="<HS256 JWT with sub and exp>"`), computed on the panel\'s server. Calls from other origins are refused.',
      security: bearerSecurity,
      body: WidgetChannelBodySchema,
      response: { 200: WidgetChannelSchema, ...errorResponses },
    },
  }, async (req) => view(req, await saveWidget(sql, box, tenantOf(req).id, req.body.allowedOrigins)));

  app.get('/channels/widget', {
    schema: { tags: ['channels'], summary: 'The widget\'s snippet and secret', security: bearerSecurity, response: { 200: WidgetChannelSchema, ...errorResponses } },
  }, async (req) => {
    const widget = await readWidgetOfTenant(sql, box, tenantOf(req).id);
    if (!widget) throw new HttpError(404, 'No widget yet: PUT /v1/channels/widget with allowedOrigins.');
    return view(req, widget);
  });
};

export function widgetSnippet(apiBase: string, widgetId: string): string {
  return `<script src="${apiBase}/widget/v1/widget.js" data-widget-id="${widgetId}" async></script>`;
}
