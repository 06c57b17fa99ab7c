// /start (welcome, or linking with a deep-link token) and /help.
import { Composer } from 'grammy';
import type { BotContext, BotEnv } from '../context.js';
import { findLink, redeemLinkToken } from '../links.js';
import { textsFor } from '../bot-texts.js';

const REFUSALS = { invalid: 'tokenInvalid', expired: 'tokenExpired', used: 'tokenUsed' } as const;

export function startFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('start', async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const token = ctx.match.trim();
    if (!token) {
      const link = await findLink(env.sql, env.tenantId, userId);
      await ctx.reply(link ? textsFor(ctx).welcomeLinked(link.customer) : textsFor(ctx).welcome);
      return;
    }
    const result = await redeemLinkToken(env.sql, env.linkKey, env.tenantId, token, userId);
    await ctx.reply(result.ok ? textsFor(ctx).linked(result.link.customer) : textsFor(ctx)[REFUSALS[result.reason]]);
  });

  feature.command('help', async (ctx) => {
    await ctx.reply(textsFor(ctx).help);
  });

  return feature;
}
