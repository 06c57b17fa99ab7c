// Activities: every side effect a workflow needs, one module per outside system, each
// built from its dependencies. Workflows import only the `Activities` type.
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { createStoreActivities } from './store.js';
import { createOrderActivities } from './orders.js';
import { createClassifyActivities } from './classify.js';
import { createChannelActivities } from './channels.js';

export interface ActivityDeps {
  sql: Sql;
  box: SecretBox;
  llm: { baseURL: string; apiKey: string; model: string } | null;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createStoreActivities(deps),
    ...createOrderActivities(deps),
    ...createClassifyActivities(deps),
    ...createChannelActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
