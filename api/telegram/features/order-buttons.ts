// A message that names one order and asks nothing ("1001") gets buttons; a press says the
// action in the conversation ("refill order 1001"), as if the customer had typed it.
import { Composer } from 'grammy';
import { blankLinks, findOrderIds } from '../../../activities/classifier/order-ids.js';
import { scanKeywords } from '../../../activities/classifier/keywords.js';
import { fold } from '../../../activities/classifier/normalize.js';
import { passToConversation, type BotContext, type BotEnv } from '../context.js';
import { telegramMessageId } from '../conversation.js';
import { ORDER_DATA, orderActionText, orderKeyboard, parseOrderData } from '../../../activities/telegram/keyboards.js';
import { textsFor } from '../bot-texts.js';

/** The order a message names when it names exactly one and no action or other topic. */
export function loneOrderId(text: string): string | null {
  if (text.length > 200) return null;
  const folded = fold(text);
  const ids = new Set(findOrderIds(folded).map((m) => m.id));
  if (ids.size !== 1) return null;
  const scan = scanKeywords(blankLinks(folded));
  return scan.hits.length === 0 && scan.otherCount === 0 ? ([...ids][0] ?? null) : null;
}

export function orderButtonsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on('message:text', async (ctx, next) => {
    const orderId = loneOrderId(ctx.message.text);
    if (!orderId) return next();
    await ctx.reply(textsFor(ctx).orderQuestion(orderId), {
      reply_markup: orderKeyboard(orderId, textsFor(ctx).buttons),
      reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true },
    });
  });

  feature.callbackQuery(ORDER_DATA, async (ctx) => {
    const pressed = parseOrderData(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!pressed || !message) {
      await ctx.answerCallbackQuery();
      return;
    }
    const text = orderActionText(pressed.action, pressed.orderId);
    // One message per (buttons, action): pressing the same button twice asks once.
    const sent = await passToConversation(ctx, env, {
      messageId: telegramMessageId(message.chat.id, message.message_id, pressed.action),
      text,
    });
    await ctx.answerCallbackQuery(sent ? { text: textsFor(ctx).orderSent(text) } : {});
  });

  return feature;
}
