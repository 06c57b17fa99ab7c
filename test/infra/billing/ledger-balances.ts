// The ledger's promise, checked from the outside: for every balance of the account, the
// sum of the tenant's ledger entries equals the balance.
import assert from 'node:assert/strict';
import type { Sql } from '../../../infra/db/database.js';

export async function assertLedgerExplainsBalances(sql: Sql, tenantId: string): Promise<void> {
  const [account] = await sql<{ requests_used: number; bonus_requests: number; base_credits: number; prepaid_credits: number }[]>`
    select requests_used, bonus_requests, base_credits, prepaid_credits from billing_accounts where tenant_id = ${tenantId}`;
  assert.ok(account, `no billing account for ${tenantId}`);
  const sums = await sql<{ balance: string; total: number }[]>`
    select balance, sum(amount)::int as total from billing_ledger where tenant_id = ${tenantId} group by balance`;
  const sum = (balance: string) => sums.find((s) => s.balance === balance)?.total ?? 0;
  assert.deepEqual(
    { requests_used: sum('requests_used'), bonus_requests: sum('bonus_requests'), base_credits: sum('base_credits'), prepaid_credits: sum('prepaid_credits') },
    { ...account },
    'the ledger explains every balance',
  );
}

export async function ledgerOf(sql: Sql, tenantId: string): Promise<Array<{ kind: string; ref: string; balance: string; amount: number; at: Date }>> {
  return sql<Array<{ kind: string; ref: string; balance: string; amount: number; at: Date }>>`select kind, ref, balance, amount, at from billing_ledger where tenant_id = ${tenantId} order by id`;
}
