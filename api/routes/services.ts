// The panel's services as the rules see them: the refill window read from each name, the
// owner's override, and the screenshot rules. Read live through the product's panel client,
// so the owner sees exactly what a decision would use.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses, ErrorSchema } from '../schemas/common.js';
import { HttpError } from '../plugins/error-handler.js';
import { readPanel } from '../../infra/tenants/connections.js';
import { readTenantSettings } from '../../infra/tenants/settings.js';
import { PerfectPanelClient } from '../../activities/panel/perfect-panel.js';
import { PanelError } from '../../activities/panel/adapter.js';
import { parseRefillPeriod, resolveRefillPeriod } from '../../workflows/rules/refill-period.js';

const PeriodSchema = z.union([
  z.object({ kind: z.literal('days'), days: z.number() }),
  z.object({ kind: z.enum(['lifetime', 'none', 'unstated']) }),
]);

const ServiceViewSchema = z.object({
  id: z.number(),
  name: z.string(),
  refill: z.boolean(),
  cancel: z.boolean(),
  /** What the name promises. */
  refillFromName: PeriodSchema,
  /** The owner's override for this service, if any: days, `lifetime` or `none`. */
  override: z.union([z.number(), z.literal('lifetime'), z.literal('none')]).nullable(),
  /** What decisions use. */
  refillPeriod: PeriodSchema,
  screenshotRequired: z.array(z.string()),
});

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const { sql, box } = app.deps;

  app.get('/services', {
    schema: {
      tags: ['connections'],
      summary: 'The panel\'s services with their refill windows, overrides and screenshot rules',
      description: 'Change overrides and screenshot rules with PATCH /v1/settings (`refillDaysOverride`, `screenshotRequired`).',
      security: bearerSecurity,
      response: { 200: z.object({ services: z.array(ServiceViewSchema) }), ...errorResponses, 409: ErrorSchema, 502: ErrorSchema },
    },
  }, async (req) => {
    const tenantId = tenantOf(req).id;
    const conn = await readPanel(sql, box, tenantId);
    if (!conn) throw new HttpError(409, 'No panel connected yet: PUT /v1/panel.');
    const settings = await readTenantSettings(sql, tenantId);
    let services;
    try {
      services = await new PerfectPanelClient({ url: conn.url, apiKey: conn.apiKey }).getServices();
    } catch (err) {
      if (err instanceof PanelError) throw new HttpError(502, `The panel did not list its services: ${err.message}`);
      throw err;
    }
    return {
      services: services.map((s) => ({
        id: s.id,
        name: s.name,
        refill: s.refill,
        cancel: s.cancel,
        refillFromName: parseRefillPeriod(s.name),
        override: settings.refillDaysOverride[String(s.id)] ?? null,
        refillPeriod: resolveRefillPeriod(s, settings.refillDaysOverride),
        screenshotRequired: settings.screenshotRequired.filter((r) => r.serviceId === s.id).flatMap((r) => r.intents),
      })),
    };
  });
};
