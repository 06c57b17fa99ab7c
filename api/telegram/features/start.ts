// /start (welcome, or linking with a deep-link token) and /help.
import { Composer } from 'grammy';
import type { BotContext, BotEnv } from '../context.js';
import { findLink, redeemLinkToken } from '../links.js';
import { texts } from '../texts.js';

const REFUSALS = { invalid: texts.tokenInvalid, expired: texts.tokenExpired, used: texts.tokenUsed } as const;

export function startFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('start', async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return;
    const token = ctx.match.trim();
    if (!token) {
      const link = await findLink(env.sql, env.tenantId, userId);
      await ctx.reply(link ? texts.welcomeLinked(link.customer) : texts.welcome);
      return;
    }
    const result = await redeemLinkToken(env.sql, env.linkKey, env.tenantId, token, userId);
    await ctx.reply(result.ok ? texts.linked(result.link.customer) : REFUSALS[result.reason]);
  });

  feature.command('help', async (ctx) => {
    await ctx.reply(texts.help);
  });

  return feature;
}
