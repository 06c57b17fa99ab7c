// Pilot drafts in the tenant's admin chat: Approve and Reject buttons under each draft make
// the same verdict as the API (the update to the waiting workflow), and a reply to the draft's
// message is an edit: its text is sent instead. Only the admin chat counts.
import { Composer } from 'grammy';
import type { BotContext, BotEnv } from '../context.js';
import { PILOT_DATA, parsePilotData } from '../../../activities/telegram/keyboards.js';
import { decidePilotDraft } from '../../pilot/decide-draft.js';
import { texts } from '../texts.js';

export function pilotDraftsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.callbackQuery(PILOT_DATA, async (ctx) => {
    const pressed = parsePilotData(ctx.callbackQuery.data);
    const chatId = ctx.callbackQuery.message?.chat.id;
    if (!pressed || !env.adminChatId || chatId === undefined || String(chatId) !== env.adminChatId) {
      await ctx.answerCallbackQuery({ text: texts.adminOnly, show_alert: true });
      return;
    }
    const who = ctx.from.username ? `@${ctx.from.username}` : String(ctx.from.id);
    const outcome = await decidePilotDraft(env, env.tenantId, pressed.draftId, { action: pressed.action, by: `telegram:${who}` });
    if (outcome.kind === 'not_found') {
      await ctx.answerCallbackQuery({ text: `No draft ${pressed.draftId}.`, show_alert: true });
      return;
    }
    if (outcome.kind === 'refused') {
      await ctx.answerCallbackQuery({ text: `Not applied: ${outcome.reason}`, show_alert: true });
      return;
    }
    const line = outcome.kind === 'done'
      ? `${pressed.action === 'approve' ? 'Approved' : 'Rejected'} by ${who}.`
      : `Already decided (${outcome.status}).`;
    await ctx.answerCallbackQuery({ text: line });
    try {
      const text = ctx.callbackQuery.message?.text;
      if (text && text.length + line.length + 2 <= 4096) await ctx.editMessageText(`${text}\n\n${line}`);
      else await ctx.editMessageReplyMarkup();
    } catch (err) {
      // The verdict stands; a notice that cannot be edited only keeps its buttons.
      env.logger.warn({ err, tenantId: env.tenantId }, 'telegram: could not edit a pilot draft notice');
    }
  });

  // Edit, then approve: staff answer the draft's message with the text to send.
  feature.on('message:text', async (ctx, next) => {
    const draftId = DRAFT_NOTICE.exec(ctx.message.reply_to_message?.text ?? '')?.[1];
    if (!draftId || !env.adminChatId || String(ctx.chat.id) !== env.adminChatId || ctx.message.reply_to_message?.from?.id !== ctx.me.id) return next();
    const who = ctx.from.username ? `@${ctx.from.username}` : String(ctx.from.id);
    const outcome = await decidePilotDraft(env, env.tenantId, draftId, { action: 'edit', text: ctx.message.text, by: `telegram:${who}` });
    const line =
      outcome.kind === 'done' ? `Draft #${draftId} edited by ${who} and sent.`
      : outcome.kind === 'already_decided' ? `Draft #${draftId} was already decided (${outcome.status}).`
      : outcome.kind === 'not_found' ? `No draft ${draftId}.`
      : `Not applied: ${outcome.reason}`;
    await ctx.reply(line, { reply_parameters: { message_id: ctx.message.message_id } });
  });

  return feature;
}

/** The first line of a draft's message in the admin chat (activities/pilot.ts): "Reply draft (refill.forward) #12:". */
const DRAFT_NOTICE = /^(?:Reply|Dispatch) draft(?: \([^)]*\))? #(\d+):/;
