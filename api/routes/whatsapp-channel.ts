// The tenant's WhatsApp Business number (Cloud API). Connecting it asks Meta which number the
// phone-number ID stands for, which also proves the access token; the token, app secret and
// verify token are sealed at rest and never shown again. Link tokens prove which panel
// customer a WhatsApp number belongs to, as Telegram deep links do.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { ErrorSchema, errorResponses } from '../schemas/common.js';
import { WhatsAppChannelBodySchema, WhatsAppChannelViewSchema, WhatsAppLinkBodySchema, WhatsAppLinkSchema } from '../schemas/whatsapp.js';
import { HttpError } from '../plugins/error-handler.js';
import { deleteWhatsApp, readWhatsApp, saveWhatsApp, type WhatsAppChannel } from '../../infra/tenants/whatsapp.js';
import { GRAPH_API_ROOT, readPhoneNumber, WhatsAppPermanentError } from '../../activities/whatsapp/graph.js';
import { webhookPath } from '../whatsapp/webhook.js';
import { issueWhatsAppLinkToken, linkMessage } from '../whatsapp/links.js';

export const whatsappChannelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);
  const { sql, box, telegram } = app.deps;
  const apiRoot = app.deps.whatsappApiRoot ?? GRAPH_API_ROOT;
  const view = (tenantId: string, wa: WhatsAppChannel) => ({
    phoneNumberId: wa.phoneNumberId,
    displayPhoneNumber: wa.displayPhoneNumber,
    accessTokenSet: true,
    webhookPath: webhookPath(tenantId),
    webhookUrl: telegram.publicUrl ? `${telegram.publicUrl.replace(/\/$/, '')}${webhookPath(tenantId)}` : null,
  });

  app.put('/channels/whatsapp', {
    schema: {
      tags: ['channels'],
      summary: 'Connect the shop\'s WhatsApp Business number (Cloud API)',
      description: 'Then, in Meta\'s app dashboard, subscribe the webhook: callback URL `<public URL>/whatsapp/<tenant>/webhook` with the same verify token, field `messages`.',
      security: bearerSecurity,
      body: WhatsAppChannelBodySchema,
      response: { 200: WhatsAppChannelViewSchema, ...errorResponses, 503: ErrorSchema },
    },
  }, async (req) => {
    const tenant = tenantOf(req);
    const { phoneNumberId, accessToken } = req.body;
    let displayPhoneNumber: string | null;
    try {
      ({ displayPhoneNumber } = await readPhoneNumber({ apiRoot, phoneNumberId, accessToken, timeoutMs: 10_000 }));
    } catch (err) {
      if (err instanceof WhatsAppPermanentError) {
        const message = 'Meta did not accept this access token for this phone-number ID';
        throw new HttpError(400, `accessToken: ${message} (${err.message}).`, [{ field: 'accessToken', message }]);
      }
      req.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'whatsapp: Meta unreachable while connecting');
      throw new HttpError(503, 'Meta\'s Graph API could not be reached to check the number; try again.');
    }
    const wa: WhatsAppChannel = { ...req.body, displayPhoneNumber };
    await saveWhatsApp(sql, box, tenant.id, wa);
    return view(tenant.id, wa);
  });

  app.get('/channels/whatsapp', {
    schema: { tags: ['channels'], summary: 'The connected WhatsApp number (secrets are never shown)', security: bearerSecurity, response: { 200: WhatsAppChannelViewSchema, ...errorResponses } },
  }, async (req) => {
    const tenant = tenantOf(req);
    const wa = await readWhatsApp(sql, box, tenant.id);
    if (!wa) throw new HttpError(404, 'No WhatsApp number yet: PUT /v1/channels/whatsapp.');
    return view(tenant.id, wa);
  });

  app.delete('/channels/whatsapp', {
    schema: { tags: ['channels'], summary: 'Disconnect WhatsApp: deliveries are refused from now on', security: bearerSecurity, response: { 200: z.object({ deleted: z.boolean() }), ...errorResponses } },
  }, async (req) => {
    if (!(await deleteWhatsApp(sql, tenantOf(req).id))) throw new HttpError(404, 'No WhatsApp number is connected.');
    return { deleted: true };
  });

  app.post('/channels/whatsapp/link', {
    schema: {
      tags: ['channels'],
      summary: 'A wa.me link that links a WhatsApp number to a panel customer',
      description: 'Show the URL to the logged-in customer (for example on their account page). It opens WhatsApp with `LINK <token>` filled in; sending it links that number to this customer. The token is signed, valid 24 hours and works once.',
      security: bearerSecurity,
      body: WhatsAppLinkBodySchema,
      response: { 200: WhatsAppLinkSchema, ...errorResponses, 409: ErrorSchema },
    },
  }, async (req) => {
    const tenant = tenantOf(req);
    const wa = await readWhatsApp(sql, box, tenant.id);
    if (!wa) throw new HttpError(409, 'Connect WhatsApp first (PUT /v1/channels/whatsapp).');
    const { token, expiresAt } = await issueWhatsAppLinkToken(sql, telegram.linkKey, tenant.id, req.body.customer);
    const text = linkMessage(token);
    const digits = wa.displayPhoneNumber?.replace(/\D/g, '') ?? '';
    const url = digits ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : null;
    return { token, text, url, expiresAt: expiresAt.toISOString() };
  });
};
