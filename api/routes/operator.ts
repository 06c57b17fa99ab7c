// Operator calls: creating a tenant (its API key is shown once), and the Temporal Web UI's
// codec endpoint (codec.ts) so engineers holding its token can read encrypted payloads in the
// UI. Authentication runs before body validation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PayloadCodec } from '@temporalio/common';
import { createTenant } from '../../infra/tenants/tenants.js';
import { requireOperator } from '../plugins/operator-auth.js';
import { errorResponses } from '../schemas/common.js';
import { codecRoutes } from './codec.js';

export interface OperatorDeps {
  apiKey: string | null;
  codec: PayloadCodec | null;
  /** The Temporal Web UI's origin, allowed to call the codec endpoint from the browser. */
  codecCorsOrigin: string | null;
  /** The codec endpoint's own token (TEMPORAL_CODEC_TOKEN); unset: the operator key unlocks it. */
  codecToken?: string | null;
  /** The Temporal namespace the codec serves; requests naming another in X-Namespace are refused. */
  namespace?: string | null;
}

const operatorSecurity = [{ operatorKey: [] }];
const NewTenantSchema = z.object({ name: z.string().trim().min(1).max(200) });

export const operatorRoutes: FastifyPluginAsyncZod<{ operator: OperatorDeps }> = async (app, { operator }) => {
  const auth = requireOperator(operator.apiKey);

  app.post('/v1/operator/tenants', {
    onRequest: auth,
    schema: {
      tags: ['operator'], summary: 'Create a tenant; its API key is shown once', security: operatorSecurity, body: NewTenantSchema,
      response: { 201: z.object({ tenantId: z.string(), name: z.string(), apiKey: z.string() }), ...errorResponses },
    },
  }, async (req, reply) => {
    const { tenant, apiKey } = await createTenant(app.deps.sql, req.body.name);
    return reply.status(201).send({ tenantId: tenant.id, name: tenant.name, apiKey });
  });

  await app.register(codecRoutes, {
    codec: { codec: operator.codec, token: operator.codecToken ?? operator.apiKey, corsOrigin: operator.codecCorsOrigin, namespace: operator.namespace ?? null },
  });
};
