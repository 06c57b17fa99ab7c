// Tenant records. API keys are returned once, at creation, and stored only hashed.
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database.js';
import { generateApiKey, hashApiKey } from '../crypto.js';

export interface Tenant {
  id: string;
  name: string;
}

export async function createTenant(sql: Sql, name: string, id: string = randomUUID()): Promise<{ tenant: Tenant; apiKey: string }> {
  const apiKey = generateApiKey();
  await sql`insert into tenants (id, name, api_key_hash) values (${id}, ${name}, ${hashApiKey(apiKey)})`;
  return { tenant: { id, name }, apiKey };
}

export async function findTenantByApiKey(sql: Sql, apiKey: string): Promise<Tenant | null> {
  const [row] = await sql<Tenant[]>`select id, name from tenants where api_key_hash = ${hashApiKey(apiKey)}`;
  return row ?? null;
}
