// The seam where opening a request consumes one of the tenant's monthly requests. It runs
// inside the admission transaction, so a request is counted exactly when it is opened.
// Until plans and billing exist, every tenant is unlimited.
import type { TransactionSql } from 'postgres';

export interface RequestQuota {
  /** true: one request consumed; false: the tenant is at quota and nothing was consumed. */
  tryConsume(tx: TransactionSql, tenantId: string, requestId: string): Promise<boolean>;
}

export const unlimitedQuota: RequestQuota = {
  async tryConsume() {
    return true;
  },
};
