// Builds the Fastify app from its dependencies. It never listens: server.ts (and npm start)
// do, tests use inject.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Client } from '@temporalio/client';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import type { Logger } from '../infra/logger.js';
import { authPlugin } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerSafeInput } from './plugins/safe-input.js';
import { healthRoutes } from './routes/health.js';
import { connectionRoutes } from './routes/connections.js';
import { settingsRoutes } from './routes/settings.js';
import { ticketRoutes } from './routes/tickets.js';
import { conversationRoutes } from './routes/conversations.js';
import { requestRoutes } from './routes/requests.js';
import { simulateRoutes } from './routes/simulate.js';
import { escalationRoutes } from './routes/escalations.js';
import { channelRoutes } from './routes/channels.js';
import { providerReplyRoutes } from './routes/provider-replies.js';
import { billingRoutes } from './routes/billing.js';
import { paymentRoutes } from './routes/payments.js';
import type { PaymentGateway } from '../infra/payments/gateway.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { pilotRoutes } from './routes/pilot.js';
import { analyticsRoutes } from './routes/analytics.js';
import { BotManager } from './telegram/manager.js';
import { telegramWebhookRoutes } from './telegram/webhook.js';
import { opsRoutes } from './routes/ops.js';
import { operatorRoutes, type OperatorDeps } from './routes/operator.js';
import { widgetChannelRoutes } from './routes/widget-channel.js';
import { widgetRoutes } from './widget/routes.js';
import { serviceRoutes } from './routes/services.js';
import { dashboardRoutes } from './dashboard/routes.js';
import { limitPublicWebhooks } from './plugins/webhook-limit.js';
import { whatsappChannelRoutes } from './routes/whatsapp-channel.js';
import { whatsappWebhookRoutes } from './whatsapp/webhook.js';
import type { EmbeddingsEndpoint } from '../activities/knowledge.js';
import type { AdmissionLimits } from '../app/message-inbox.js';

export interface ApiDeps {
  sql: Sql;
  temporal: Client;
  box: SecretBox;
  taskQueue: string;
  /** MESSAGES_IN_FLIGHT and MESSAGE_LEASE_SECONDS (app/message-inbox.ts); its defaults when absent. */
  admission?: AdmissionLimits;
  logger: Logger;
  bodyLimit?: number;
  telegram: TelegramApiDeps;
  /** Inbound limits in milliseconds (production sets all three; see server.ts). */
  server?: { connectionTimeout: number; requestTimeout: number; keepAliveTimeout: number };
  /** Calls per minute one address may make to the public webhooks (default 600). */
  webhookRatePerMinute?: number;
  /** The operator API and the codec endpoint; off without an operator key. */
  operator?: OperatorDeps;
  /** Absent: billing reads work, buying answers 503. */
  payments?: PaymentApiDeps;
  /** WHATSAPP_API_ROOT: the Graph API when absent. */
  whatsappApiRoot?: string;
  /** Knowledge-base answers for anonymous widget visitors use embeddings too when set. */
  embeddings?: EmbeddingsEndpoint | null;
}

export interface PaymentApiDeps {
  gateway: PaymentGateway;
  /** The API's public base URL, for the gateway's callback (known once the API listens). */
  callbackBase: () => string;
}

export interface TelegramApiDeps {
  /** TELEGRAM_API_ROOT: the public Bot API, or a compatible server. */
  apiRoot: string;
  /** PUBLIC_URL: set → webhook mode registers `<PUBLIC_URL>/telegram/<tenant>/webhook` with Telegram. */
  publicUrl: string | null;
  /** Signs deep-link tokens and one-time codes; derived from the secrets key. */
  linkKey: Buffer;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: ApiDeps;
    /** The tenants' Telegram bots; entry points start polling, closing the app stops it. */
    bots: BotManager;
  }
}

export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger and Fastify's base logger type differ only in optional members.
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.bodyLimit ?? 1_048_576,
    ...deps.server,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('bots', new BotManager({
    sql: deps.sql, box: deps.box, temporal: deps.temporal, taskQueue: deps.taskQueue, ...(deps.admission ? { admission: deps.admission } : {}), logger: deps.logger,
    apiRoot: deps.telegram.apiRoot, linkKey: deps.telegram.linkKey,
  }));
  app.addHook('onClose', () => app.bots.stopAll());
  registerErrorHandler(app);
  registerSafeInput(app);
  limitPublicWebhooks(app, deps.webhookRatePerMinute);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'SupportAI API',
        version: '0.1.0',
        description: 'First-line customer support for SMM panels. Authenticate with `Authorization: Bearer <tenant API key>`.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' }, operatorKey: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(authPlugin);

  await app.register(healthRoutes);
  await app.register(connectionRoutes, { prefix: '/v1' });
  await app.register(settingsRoutes, { prefix: '/v1' });
  await app.register(ticketRoutes, { prefix: '/v1' });
  await app.register(conversationRoutes, { prefix: '/v1' });
  await app.register(requestRoutes, { prefix: '/v1' });
  await app.register(simulateRoutes, { prefix: '/v1' });
  await app.register(escalationRoutes, { prefix: '/v1' });
  await app.register(channelRoutes, { prefix: '/v1' });
  await app.register(providerReplyRoutes, { prefix: '/v1' });
  await app.register(billingRoutes, { prefix: '/v1' });
  await app.register(paymentRoutes, { prefix: '/v1' });
  await app.register(knowledgeRoutes, { prefix: '/v1' });
  await app.register(pilotRoutes, { prefix: '/v1' });
  await app.register(analyticsRoutes, { prefix: '/v1' });
  await app.register(telegramWebhookRoutes);
  await app.register(opsRoutes);
  await app.register(operatorRoutes, { operator: deps.operator ?? { apiKey: null, codec: null, codecCorsOrigin: null } });
  await app.register(widgetChannelRoutes, { prefix: '/v1' });
  await app.register(widgetRoutes, { prefix: '/widget/v1' });
  await app.register(serviceRoutes, { prefix: '/v1' });
  await app.register(dashboardRoutes);
  await app.register(whatsappChannelRoutes, { prefix: '/v1' });
  await app.register(whatsappWebhookRoutes);
  return app;
}
