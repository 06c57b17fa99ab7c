// Bearer API keys. A tenant's key resolves to the tenant; every /v1 route is scoped by it,
// so no query can reach another tenant's rows.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findTenantByApiKey, type Tenant } from '../../infra/tenants/tenants.js';
import { HttpError } from './error-handler.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenant: Tenant | null;
  }
}

export const bearerSecurity = [{ bearerAuth: [] }];

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('tenant', null);
});

/** preHandler for tenant routes. */
export async function requireTenant(request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new HttpError(401, 'Missing bearer API key: send "Authorization: Bearer <tenant API key>".');
  const tenant = await findTenantByApiKey(request.server.deps.sql, match[1]);
  if (!tenant) throw new HttpError(401, 'Unknown API key.');
  request.tenant = tenant;
}

export function tenantOf(request: FastifyRequest): Tenant {
  if (!request.tenant) throw new HttpError(401, 'Not authenticated.');
  return request.tenant;
}
