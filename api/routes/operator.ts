// Operator calls: creating a tenant (its API key is shown once), and the Temporal Web UI's
// codec server protocol (POST /codec/decode, /codec/encode) so engineers holding the operator
// key can read encrypted payloads in the UI. Authentication runs before body validation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { createTenant } from '../../infra/tenants/tenants.js';
import { requireOperator } from '../plugins/operator-auth.js';
import { errorResponses } from '../schemas/common.js';

export interface OperatorDeps {
  apiKey: string | null;
  codec: PayloadCodec | null;
  /** The Temporal Web UI's origin, allowed to call the codec endpoint from the browser. */
  codecCorsOrigin: string | null;
}

const operatorSecurity = [{ operatorKey: [] }];
const NewTenantSchema = z.object({ name: z.string().trim().min(1).max(200) });
const CodecBodySchema = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() })).max(1000),
});

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

  const cors = operator.codecCorsOrigin;
  app.options('/codec/:op', { schema: { hide: true } }, async (_req, reply) => {
    if (cors) reply.headers(corsHeaders(cors));
    return reply.status(204).send();
  });
  for (const op of ['encode', 'decode'] as const) {
    app.post(`/codec/${op}`, {
      onRequest: [async (_req, reply) => { if (cors) reply.headers(corsHeaders(cors)); }, auth],
      schema: { hide: true, body: CodecBodySchema },
    }, async (req) => {
      if (!operator.codec) return { payloads: req.body.payloads };
      const payloads = req.body.payloads.map(fromJson);
      const out = op === 'encode' ? await operator.codec.encode(payloads) : await operator.codec.decode(payloads);
      return { payloads: out.map(toJson) };
    });
  }
};

function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type, authorization, x-namespace',
    'access-control-allow-credentials': 'true',
    vary: 'origin',
  };
}

// The codec server protocol carries payloads as JSON with base64 metadata values and data.
function fromJson(p: { metadata?: Record<string, string>; data?: string }): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: Buffer.from(p.data ?? '', 'base64'),
  };
}

function toJson(p: Payload): { metadata: Record<string, string>; data: string } {
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
    data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
  };
}
