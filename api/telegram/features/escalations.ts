// Escalation buttons in the tenant's admin chat (escalationKeyboard on the notice): a press
// is the staff decision, delivered to the request's workflow as the same update the API
// sends, and answered with the result or the validator's reason. Only a press in the admin
// chat counts, so only its members can decide.
import { Composer } from 'grammy';
import type { EscalationDecision, RequestState } from '../../../workflows/definitions.js';
import { decideEscalation } from '../../../app/decide-escalation.js';
import type { BotContext, BotEnv } from '../context.js';
import { ESCALATION_DATA, parseEscalationData } from '../../../activities/telegram/keyboards.js';
import { texts } from '../texts.js';

/** Telegram wants a callback answered within seconds. */
const ANSWER_WITHIN_MS = 8_000;

type Outcome =
  | { kind: 'done'; state: RequestState }
  | { kind: 'not_found' }
  | { kind: 'pending' }
  | { kind: 'refused'; reason: string }
  | { kind: 'finished' };

export function escalationsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.callbackQuery(ESCALATION_DATA, async (ctx) => {
    const pressed = parseEscalationData(ctx.callbackQuery.data);
    const chatId = ctx.callbackQuery.message?.chat.id;
    if (!pressed || !env.adminChatId || chatId === undefined || String(chatId) !== env.adminChatId) {
      await ctx.answerCallbackQuery({ text: texts.adminOnly, show_alert: true });
      return;
    }
    const who = ctx.from.username ? `@${ctx.from.username}` : String(ctx.from.id);
    const outcome = await decide(env, pressed.requestId, { action: pressed.action, by: `telegram:${who}` });
    if (outcome.kind === 'not_found') {
      await ctx.answerCallbackQuery({ text: texts.noSuchRequest, show_alert: true });
      return;
    }
    switch (outcome.kind) {
      case 'refused':
        await ctx.answerCallbackQuery({ text: texts.decisionRefused(outcome.reason), show_alert: true });
        // Decided elsewhere (the API, another press): the buttons have nothing left to do.
        if (!(await stillEscalated(env, pressed.requestId))) await closeNotice(ctx, env, null);
        return;
      case 'finished':
        await ctx.answerCallbackQuery({ text: texts.requestFinished(pressed.requestId), show_alert: true });
        break;
      case 'pending':
        // Maybe not taken yet: the buttons stay, and a second press is refused if it was.
        await ctx.answerCallbackQuery({ text: texts.decisionPending(pressed.requestId) });
        return;
      case 'done':
        await ctx.answerCallbackQuery({ text: texts.decided(pressed.requestId, outcome.state) });
        break;
    }
    await closeNotice(ctx, env, outcome.kind === 'finished' ? null : texts.decidedLine(pressed.action, who));
  });

  return feature;
}

/**
 * The update's validator answers at once; carrying the decision out (or a worker that is
 * down) may take longer than Telegram waits, and a poll must not stall on one press.
 */
async function decide(env: BotEnv, requestId: string, decision: EscalationDecision): Promise<Outcome> {
  const attempt = (async (): Promise<Outcome> => {
    const outcome = await decideEscalation(env, env.tenantId, requestId, decision);
    return outcome.kind === 'accepted' ? outcome.done : outcome;
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'pending' }), ANSWER_WITHIN_MS);
  });
  try {
    return await Promise.race([attempt, late]);
  } finally {
    clearTimeout(timer);
    // Past the answer, an outcome has nobody left to tell; a failure is still worth a line.
    attempt.catch((err: unknown) => env.logger.warn({ err, tenantId: env.tenantId, requestId }, 'telegram: an escalation decision failed'));
  }
}

async function stillEscalated(env: BotEnv, requestId: string): Promise<boolean> {
  const [row] = await env.sql<{ state: RequestState }[]>`
    select state from requests where id = ${requestId} and tenant_id = ${env.tenantId}`;
  return row?.state === 'escalated';
}

/** Decided: the buttons go, and the notice says who decided what. */
async function closeNotice(ctx: BotContext, env: BotEnv, line: string | null): Promise<void> {
  const text = ctx.callbackQuery?.message?.text;
  try {
    if (text && line && text.length + line.length + 2 <= 4096) await ctx.editMessageText(`${text}\n\n${line}`);
    else await ctx.editMessageReplyMarkup();
  } catch (err) {
    // The decision stands; a notice that cannot be edited (too old, deleted) only keeps its buttons.
    env.logger.warn({ err, tenantId: env.tenantId }, 'telegram: could not edit an escalation notice');
  }
}
