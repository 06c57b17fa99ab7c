// Builds the real app for inject tests: real database, a Temporal client of the caller's
// choosing (a lazy one to a closed port when the test does not need Temporal).
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp, type ApiDeps, type PaymentApiDeps } from '../../api/app.js';
import { testBox, testDatabase, testLinkKey } from './database.js';

export async function buildTestApp(
  opts: { temporal?: Client; taskQueue?: string; bodyLimit?: number; telegramApiRoot?: string; whatsappApiRoot?: string; publicUrl?: string; operator?: ApiDeps['operator']; payments?: PaymentApiDeps; webhookRatePerMinute?: number; logger?: ApiDeps['logger'] } = {},
): Promise<FastifyInstance> {
  const { sql } = await testDatabase();
  const temporal = opts.temporal ?? new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 }) });
  return buildApp({
    sql, temporal, box: testBox, taskQueue: opts.taskQueue ?? 'unused', logger: opts.logger ?? pino({ level: 'silent' }), bodyLimit: opts.bodyLimit, operator: opts.operator, payments: opts.payments, webhookRatePerMinute: opts.webhookRatePerMinute,
    // A closed loopback port unless a test brings the Telegram simulator: never the internet.
    telegram: { apiRoot: opts.telegramApiRoot ?? 'http://127.0.0.1:9', publicUrl: opts.publicUrl ?? null, linkKey: testLinkKey },
    whatsappApiRoot: opts.whatsappApiRoot ?? 'http://127.0.0.1:9',
  });
}

export function bearer(apiKey: string): Record<string, string> {
  return { authorization: `Bearer ${apiKey}` };
}
