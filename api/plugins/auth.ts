// Bearer API keys. A tenant's key resolves to the tenant; every /v1 route is scoped by it,
// so no query can reach another tenant's rows.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findTenantByApiKey, type Tenant } from '../../infra/tenants/tenants.js';
import { HttpError } from './error-handler.js';
import { AuthFailureLimiter } from './auth-failures.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenant: Tenant | null;
  }
  interface FastifyInstance {
    authFailures: AuthFailureLimiter;
  }
}

export const bearerSecurity = [{ bearerAuth: [] }];

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('tenant', null);
  app.decorate('authFailures', new AuthFailureLimiter());
});

/** onRequest hook for tenant routes: authentication comes before body validation. */
export async function requireTenant(request: FastifyRequest): Promise<void> {
  request.server.authFailures.refuseIfTooMany(request);
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    request.server.authFailures.record(request);
    throw new HttpError(401, 'Missing bearer API key: send "Authorization: Bearer <tenant API key>".');
  }
  const tenant = await findTenantByApiKey(request.server.deps.sql, match[1]);
  if (!tenant) {
    request.server.authFailures.record(request);
    throw new HttpError(401, 'Unknown API key.');
  }
  request.tenant = tenant;
}

export function tenantOf(request: FastifyRequest): Tenant {
  if (!request.tenant) throw new HttpError(401, 'Not authenticated.');
  return request.tenant;
}
