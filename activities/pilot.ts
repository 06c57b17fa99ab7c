// Pilot-mode activities: a workflow makes its draft here before waiting for the verdict, and
// keeps the verdict it carried out (idempotent with the API's own record of it).
import type { Sql } from '../infra/db/database.js';
import { createDraft, recordVerdict, type NewDraft } from '../infra/pilot/drafts.js';

export function createPilotActivities(deps: { sql: Sql }) {
  return {
    async createPilotDraft(input: NewDraft): Promise<{ draftId: string }> {
      return { draftId: await createDraft(deps.sql, input) };
    },
    async recordPilotVerdict(input: Parameters<typeof recordVerdict>[1]): Promise<void> {
      await recordVerdict(deps.sql, input);
    },
  };
}
