// Pilot-mode activities: a workflow makes its draft here before waiting for the verdict (the
// draft is shown in the tenant's Telegram admin chat with Approve / Reject buttons when one
// is set), and keeps the verdict it carried out (idempotent with the API's own record).
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { readTelegramBot } from '../infra/tenants/channels.js';
import { createDraft, markAnnounced, recordVerdict, type NewDraft } from '../infra/pilot/drafts.js';
import { sendBotMessage } from './telegram/bot-sender.js';
import { pilotDraftKeyboard } from './telegram/keyboards.js';
import { activityLog } from './llm/activity-log.js';

export interface PilotDeps {
  sql: Sql;
  /** Without these the draft waits in the API's queue only. */
  box?: SecretBox;
  telegramApiRoot?: string;
}

export function createPilotActivities(deps: PilotDeps) {
  const { sql } = deps;
  return {
    async createPilotDraft(input: NewDraft): Promise<{ draftId: string }> {
      const { id, announced } = await createDraft(sql, input);
      if (!announced && deps.box && deps.telegramApiRoot) {
        const bot = await readTelegramBot(sql, deps.box, input.tenantId);
        if (bot?.adminChatId) {
          const about = [input.kind === 'reply' ? 'Reply draft' : 'Dispatch draft', input.decision ? `(${input.decision})` : ''].join(' ').trim();
          try {
            await sendBotMessage({
              token: bot.token, apiRoot: deps.telegramApiRoot, chatId: bot.adminChatId,
              text: `${about} #${id}:\n\n${input.text}`.slice(0, 4000),
              inlineKeyboard: pilotDraftKeyboard(id).inline_keyboard,
            });
            await markAnnounced(sql, input.tenantId, id);
          } catch (err) {
            // The admin chat is a copy: the draft waits in the API's queue (and the dashboard)
            // regardless, so a chat that cannot be reached never holds the draft back.
            activityLog('pilot draft not shown in the admin chat', { tenantId: input.tenantId, draftId: id, error: err instanceof Error ? err.message : String(err) });
          }
        }
      }
      return { draftId: id };
    },
    async recordPilotVerdict(input: Parameters<typeof recordVerdict>[1]): Promise<void> {
      await recordVerdict(sql, input);
    },
  };
}
