// Temporal's codec server protocol, so the Web UI (and `temporal --codec-endpoint`) can show
// payloads the workers encrypted: POST <endpoint>/decode and <endpoint>/encode with
// `{ payloads: [{ metadata, data }] }` (base64 values, protobuf JSON), the UI's `X-Namespace`
// header, and CORS for the UI's origin. Two ways to present the token, because the UI has no
// field for a header: `Authorization: Bearer <token>` (the CLI's --codec-auth, the UI's "pass
// access token") or the endpoint URL `/codec/<token>` (the protocol looks only at the last
// path segment). Path-token routes log nothing at info, so the token stays out of request logs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { HttpError } from '../plugins/error-handler.js';
import { bearerToken, requireSecret } from '../plugins/operator-auth.js';

export interface CodecDeps {
  /** The payload codec of the API and the workers; null: payloads pass through unchanged. */
  codec: PayloadCodec | null;
  /** The secret that unlocks the endpoint; null: the endpoint answers 404. */
  token: string | null;
  /** The Temporal Web UI's origin, allowed to call the endpoint from the browser. */
  corsOrigin: string | null;
  /** The namespace whose payloads this codec encrypts; the UI names its own in X-Namespace. */
  namespace: string | null;
}

const PayloadsSchema = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() })).max(1000),
});
const OPS = ['encode', 'decode'] as const;
const ALLOWED_HEADERS = 'content-type, authorization, x-namespace';

export const codecRoutes: FastifyPluginAsyncZod<{ codec: CodecDeps }> = async (app, { codec: deps }) => {
  const presented = (req: FastifyRequest) => (req.params as { token?: string }).token ?? bearerToken(req);
  const auth = requireSecret(deps.token, 'codec token', presented);
  const cors = async (req: FastifyRequest, reply: FastifyReply) => {
    if (deps.corsOrigin && req.headers.origin === deps.corsOrigin) reply.headers(corsHeaders(deps.corsOrigin));
  };

  // The browser asks before it sends Authorization or X-Namespace from another origin.
  app.options('/codec/*', { schema: { hide: true }, logLevel: 'warn' }, async (req, reply) => {
    if (!deps.token) throw new HttpError(404, 'Not found.');
    if (!deps.corsOrigin || req.headers.origin !== deps.corsOrigin) {
      throw new HttpError(403, 'This origin may not call the codec endpoint (TEMPORAL_CODEC_CORS_ORIGIN).');
    }
    return reply.headers({ ...corsHeaders(deps.corsOrigin), 'access-control-max-age': '600' }).status(204).send();
  });

  for (const op of OPS) {
    for (const [url, logLevel] of [[`/codec/${op}`, 'info'], [`/codec/:token/${op}`, 'warn']] as const) {
      app.post(url, { onRequest: [cors, auth], logLevel, schema: { hide: true, body: PayloadsSchema } }, async (req) => {
        const namespace = req.headers['x-namespace'];
        if (deps.namespace && typeof namespace === 'string' && namespace !== deps.namespace) {
          throw new HttpError(400, 'The request is not valid.', [
            { field: 'headers.x-namespace', message: `this codec serves namespace "${deps.namespace}", not "${namespace}"` },
          ]);
        }
        if (!deps.codec) return { payloads: req.body.payloads };
        const payloads = req.body.payloads.map(fromJson);
        try {
          const out = op === 'encode' ? await deps.codec.encode(payloads) : await deps.codec.decode(payloads);
          return { payloads: out.map(toJson) };
        } catch (err) {
          throw new HttpError(400, 'The request is not valid.', [
            { field: 'payloads', message: `cannot ${op}: ${err instanceof Error ? err.message : String(err)}` },
          ]);
        }
      });
    }
  }
};

function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    // The UI's "include cross-origin credentials" option sends cookies; allowed for its origin only.
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
