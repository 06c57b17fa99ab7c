// Shared services (embedded Postgres, Temporal servers) are started lazily by the suites
// that need them and stopped once, after the whole run. Workers log errors only: expected
// retries (a panel answering 502 on purpose) would otherwise flood the output.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { setTenantUrlPolicy } from '../../infra/net/tenant-http.js';
import { stopSharedServices } from './services.js';

Runtime.install({ logger: new DefaultLogger('ERROR') });
// The simulators tenants connect to live on loopback; the address-policy tests tighten this.
setTenantUrlPolicy({ allowPrivate: false, allowLoopback: true });

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopSharedServices();
  },
};
