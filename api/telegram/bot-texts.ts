// What the customer bot says, in every reply language (SPEC 10.1). Plain text (no parse
// mode), so nothing a customer or a panel username contains can turn into markup. The bot
// speaks the language the customer's Telegram app reports; English where it has no texts.
// Staff texts (the admin chat) stay in texts.ts, in English.
import { resolveReplyLanguage, type ReplyLanguage } from '../../workflows/replies/languages.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { hi } from './locales/hi.js';
import { id } from './locales/id.js';
import { it } from './locales/it.js';
import { pt } from './locales/pt.js';
import { ru } from './locales/ru.js';
import { tr } from './locales/tr.js';
import { uk } from './locales/uk.js';

export interface BotTexts {
  welcome: string;
  welcomeLinked: (customer: string) => string;
  help: string;
  howToLink: string;
  linked: (customer: string) => string;
  tokenExpired: string;
  tokenUsed: string;
  tokenInvalid: string;
  linkUsage: string;
  codeSent: (customer: string) => string;
  codeCooldown: (seconds: number) => string;
  codeNoPanel: string;
  codeNotSent: string;
  codeWrong: (left: number) => string;
  codeExhausted: string;
  codeExpired: string;
  statusUsage: string;
  orderQuestion: (orderId: string) => string;
  orderSent: (text: string) => string;
  unsupported: string;
  notAccepted: string;
  linkFirst: string;
  /** The order buttons under a bare order number. */
  buttons: { refill: string; cancel: string; speed_up: string; status: string };
}

export const BOT_TEXTS: Record<ReplyLanguage, BotTexts> = { en, es, pt, ru, uk, de, fr, it, tr, id, hi, ar };

/** The texts for a Telegram user's language tag ("es", "pt-br"); English when absent or unknown. */
export function botTexts(languageCode: string | undefined): BotTexts {
  return BOT_TEXTS[resolveReplyLanguage(languageCode ?? 'en')];
}

/** The texts for the user behind a bot update. */
export function textsFor(ctx: { from?: { language_code?: string } | undefined }): BotTexts {
  return botTexts(ctx.from?.language_code);
}
