// Tenant settings: one schema for the API (PATCH validates against it) and the activities
// (which read the merged values). Only changed values are stored; defaults live here.
import { z } from 'zod';
import type { Sql } from '../db/database.js';

const seconds = z.number().int().min(1).max(365 * 86400);

const RefillOverrideSchema = z.union([z.number().int().min(0).max(3650), z.literal('lifetime'), z.literal('none')]);

export const TenantSettingsSchema = z.object({
  trackingIntervalSeconds: seconds.default(21600),
  followUpAfterSeconds: seconds.default(86400),
  followUpCooldownSeconds: seconds.default(43200),
  maxFollowUps: z.number().int().min(0).max(20).default(3),
  ticketPollSeconds: seconds.default(60),
  minDrop: z.number().int().min(1).default(1),
  speedUpMinAgeMinutes: z.number().int().min(0).max(60 * 24 * 30).default(60),
  replyLanguage: z.enum(['en', 'customer']).default('en'),
  refillDaysOverride: z
    .record(z.string().regex(/^\d+$/, 'keys are service IDs'), RefillOverrideSchema)
    .default({}),
  screenshotRequired: z
    .array(
      z.object({
        serviceId: z.number().int().min(0),
        intents: z.array(z.enum(['refill', 'cancel', 'speed_up', 'all'])).min(1),
      }),
    )
    .default([]),
  screenshotWaitSeconds: seconds.default(48 * 3600),
  staffWaitSeconds: seconds.default(7 * 86400),
  escalationReminderSeconds: seconds.default(4 * 3600),
  /**
   * Against one customer spending the tenant's whole plan: orders past these in one message,
   * or in a customer's last 24 hours, are answered request.limit_exceeded and not counted.
   */
  maxOrdersPerMessage: z.number().int().min(1).max(1000).default(15),
  maxRequestsPerCustomerPerDay: z.number().int().min(1).max(100_000).default(25),
  // Section 10: pilot mode, autonomous refunds, the knowledge base.
  mode: z.enum(['live', 'pilot']).default('live'),
  autoRefund: z.boolean().default(false),
  /** In the order's charge currency. */
  autoRefundMaxAmount: z.number().min(0).max(1_000_000).default(15),
  autoRefundMaxPerCustomer30d: z.number().int().min(0).max(1000).default(1),
  autoRefundMinAgeHours: z.number().min(0).max(24 * 365).default(24),
  /** 0..1: a knowledge-base answer below this score goes to a person. */
  knowledgeMinScore: z.number().min(0).max(1).default(0.5),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

/** PATCH body: any subset, no unknown keys, no defaults filled in. */
export const TenantSettingsPatchSchema = TenantSettingsSchema.partial().strict();
export type TenantSettingsPatch = z.infer<typeof TenantSettingsPatchSchema>;

export async function readTenantSettings(sql: Sql, tenantId: string): Promise<TenantSettings> {
  const [row] = await sql<{ settings: unknown }[]>`select settings from tenant_settings where tenant_id = ${tenantId}`;
  return TenantSettingsSchema.parse(row?.settings ?? {});
}

export async function patchTenantSettings(sql: Sql, tenantId: string, patch: TenantSettingsPatch): Promise<TenantSettings> {
  // jsonb || merges top-level keys atomically, so concurrent PATCHes of different keys both stick.
  await sql`
    insert into tenant_settings (tenant_id, settings) values (${tenantId}, ${sql.json(patch as never)})
    on conflict (tenant_id) do update
      set settings = tenant_settings.settings || excluded.settings, updated_at = now()`;
  return readTenantSettings(sql, tenantId);
}
