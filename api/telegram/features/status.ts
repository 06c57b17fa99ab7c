// /status <order>: the same as writing "status order <order>" in the chat.
import { Composer } from 'grammy';
import { passToConversation, type BotContext, type BotEnv } from '../context.js';
import { telegramMessageId } from '../conversation.js';
import { orderActionText } from '../../../activities/telegram/keyboards.js';
import { textsFor } from '../bot-texts.js';

export function statusFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('status', async (ctx) => {
    const orderId = /^#?(\d{1,18})$/.exec(ctx.match.trim())?.[1];
    if (!orderId || !ctx.message) {
      await ctx.reply(textsFor(ctx).statusUsage);
      return;
    }
    await passToConversation(ctx, env, {
      messageId: telegramMessageId(ctx.message.chat.id, ctx.message.message_id),
      text: orderActionText('status', orderId),
      receivedAt: new Date(ctx.message.date * 1000),
    });
  });
  return feature;
}
