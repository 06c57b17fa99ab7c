// Linking with a one-time code: `/link <panel username>` posts a code into a new ticket on
// that panel account; the code sent back here links the chat. Only someone who can read
// the account's tickets can answer, so a username typed into the chat proves nothing alone.
import { Composer } from 'grammy';
import { PerfectPanelClient } from '../../../activities/panel/perfect-panel.js';
import { readPanel } from '../../../infra/tenants/connections.js';
import type { BotContext, BotEnv } from '../context.js';
import { CODE_TTL_SECONDS, checkLinkCode, createLinkCode, dropLinkCode, hasPendingCode, isCodeLike } from '../link-codes.js';
import { textsFor } from '../bot-texts.js';

const PANEL_TIMEOUT_MS = 10_000;

export function linkCodeFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('link', async (ctx) => {
    const userId = ctx.from?.id;
    const username = ctx.match.trim();
    if (userId === undefined) return;
    if (!/^[^\s\p{C}]{1,100}$/u.test(username)) {
      await ctx.reply(textsFor(ctx).linkUsage);
      return;
    }
    const panel = await readPanel(env.sql, env.box, env.tenantId);
    if (!panel) {
      await ctx.reply(textsFor(ctx).codeNoPanel);
      return;
    }
    const created = await createLinkCode(env.sql, env.linkKey, env.tenantId, userId, username);
    if (!created.ok) {
      await ctx.reply(textsFor(ctx).codeCooldown(created.retryInSeconds));
      return;
    }
    try {
      await new PerfectPanelClient({ url: panel.url, apiKey: panel.apiKey, timeoutMs: PANEL_TIMEOUT_MS }).addTicket({
        username,
        subject: 'Telegram link code',
        message: codeTicketText(created.code),
        staffName: 'Support',
      });
    } catch (err) {
      env.logger.warn({ err, tenantId: env.tenantId }, 'telegram: could not post a link code ticket');
      await dropLinkCode(env.sql, env.tenantId, userId);
      await ctx.reply(textsFor(ctx).codeNotSent);
      return;
    }
    await ctx.reply(textsFor(ctx).codeSent(username));
  });

  // Six digits while a code is pending are a try; otherwise they go on (an order number).
  feature.on('message:text', async (ctx, next) => {
    const userId = ctx.from.id;
    if (!isCodeLike(ctx.message.text) || !(await hasPendingCode(env.sql, env.tenantId, userId))) return next();
    const check = await checkLinkCode(env.sql, env.linkKey, env.tenantId, userId, ctx.message.text);
    switch (check.outcome) {
      case 'linked':
        await ctx.reply(textsFor(ctx).linked(check.link.customer));
        return;
      case 'wrong':
        await ctx.reply(textsFor(ctx).codeWrong(check.triesLeft));
        return;
      case 'exhausted':
        await ctx.reply(textsFor(ctx).codeExhausted);
        return;
      case 'expired':
        await ctx.reply(textsFor(ctx).codeExpired);
        return;
      case 'none':
        return next();
    }
  });

  return feature;
}

function codeTicketText(code: string): string {
  return [
    `Your code to link Telegram to this account: ${code}`,
    `Send it to our Telegram bot within ${CODE_TTL_SECONDS / 60} minutes.`,
    'If you did not ask for it, ignore this message: nobody can link your account without this code.',
  ].join('\n');
}
