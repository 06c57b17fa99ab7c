// Past this point only linked customers: anyone else is told how to link, and nothing else
// happens (no conversation, no request).
import type { MiddlewareFn } from 'grammy';
import type { BotContext, BotEnv } from '../context.js';
import { findLink } from '../links.js';
import { textsFor } from '../bot-texts.js';

export function linkGate(env: BotEnv): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    const link = from && !from.is_bot ? await findLink(env.sql, env.tenantId, from.id) : null;
    if (link) {
      ctx.link = link;
      await next();
      return;
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: textsFor(ctx).linkFirst, show_alert: true });
    else if (ctx.message && !from?.is_bot) await ctx.reply(textsFor(ctx).howToLink);
  };
}
