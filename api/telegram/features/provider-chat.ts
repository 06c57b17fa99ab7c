// The same bot sits in the providers' chats: what a provider writes there is its reply to
// our dispatch (usually as a reply to our message), routed to the requests it is about.
import { Composer } from 'grammy';
import { routeProviderReply } from '../../../app/route-provider-reply.js';
import type { BotContext, BotEnv } from '../context.js';

export function providerChatFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    const [provider] = await env.sql<{ name: string }[]>`
      select name from tenant_providers where tenant_id = ${env.tenantId} and telegram_chat_id = ${String(ctx.chat.id)}`;
    if (!provider || ctx.from.id === ctx.me.id) return next();
    const replyTo = ctx.message.reply_to_message;
    await routeProviderReply(env.sql, env.temporal, {
      tenantId: env.tenantId,
      provider: provider.name,
      text: ctx.message.text,
      source: 'telegram',
      externalRef: `${ctx.chat.id}:${ctx.message.message_id}`,
      replyToMessageId: replyTo && replyTo.from?.id === ctx.me.id ? String(replyTo.message_id) : undefined,
    });
  });

  return feature;
}
