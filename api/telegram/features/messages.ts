// A linked customer's messages: text in any language, screenshots (a photo, or an image sent
// as a file) as image attachments with the caption as text. Everything goes to the
// customer's conversation; the workflow answers.
import { Composer } from 'grammy';
import type { Attachment } from '../../../workflows/definitions.js';
import { passToConversation, type BotContext, type BotEnv } from '../context.js';
import { telegramMessageId } from '../conversation.js';
import { textsFor } from '../bot-texts.js';

export function messagesFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on('message:text', async (ctx) => {
    const { text, chat, message_id, date } = ctx.message;
    // A command none of the features knows.
    if (text.startsWith('/')) {
      await ctx.reply(textsFor(ctx).help);
      return;
    }
    await passToConversation(ctx, env, { messageId: telegramMessageId(chat.id, message_id), text, receivedAt: new Date(date * 1000) });
  });

  feature.on(['message:photo', 'message:document'], async (ctx) => {
    const { chat, message_id, date, caption, photo, document } = ctx.message;
    let attachment: Attachment;
    // The file is referred to by its Telegram file_id: a download URL would carry the bot token.
    if (photo) {
      const largest = photo.at(-1);
      attachment = { kind: 'image', name: `telegram-photo:${largest?.file_id ?? ''}` };
    } else if (document) {
      const kind = document.mime_type?.startsWith('image/') ? 'image' : 'file';
      attachment = { kind, name: `telegram-file:${document.file_id}` };
    } else {
      return;
    }
    await passToConversation(ctx, env, {
      messageId: telegramMessageId(chat.id, message_id),
      text: caption ?? '',
      attachments: [attachment],
      receivedAt: new Date(date * 1000),
    });
  });

  feature.on('message', async (ctx) => {
    await ctx.reply(textsFor(ctx).unsupported);
  });

  return feature;
}
