// Shared services (embedded Postgres, Temporal servers) are started lazily by the suites
// that need them and stopped once, after the whole run.
import { stopSharedServices } from './services.js';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopSharedServices();
  },
};
