// The tenant's settings: timings, thresholds, reply language, refill overrides, screenshots.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { errorResponses } from '../schemas/common.js';
import { announceSettingsChange } from '../../worker/tenant-loops.js';
import { patchTenantSettings, readTenantSettings, TenantSettingsPatchSchema, TenantSettingsSchema } from '../../infra/tenants/settings.js';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireTenant);

  app.get('/settings', {
    schema: { tags: ['settings'], summary: 'All settings, defaults filled in', security: bearerSecurity, response: { 200: TenantSettingsSchema, ...errorResponses } },
  }, async (req) => readTenantSettings(app.deps.sql, tenantOf(req).id));

  app.patch('/settings', {
    schema: { tags: ['settings'], summary: 'Change any subset of the settings', security: bearerSecurity, body: TenantSettingsPatchSchema, response: { 200: TenantSettingsSchema, ...errorResponses } },
  }, async (req) => {
    const settings = await patchTenantSettings(app.deps.sql, tenantOf(req).id, req.body);
    // Loops waiting on an interval read it again now, not after the old interval ran out.
    await announceSettingsChange(app.deps.temporal, tenantOf(req).id, req.log);
    return settings;
  });
};
