// The languages replies are written in, and how a caller's language tag picks one.
import type { ReplyLocale } from './locale.js';
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

const LOCALES = { en, ru, uk, es, pt, fr, de, it, tr, ar, hi, id } as const satisfies Record<string, ReplyLocale>;

export type ReplyLanguage = keyof typeof LOCALES;

export const SUPPORTED_REPLY_LANGUAGES = Object.keys(LOCALES) as readonly ReplyLanguage[];

/**
 * The supported language for a tag such as "pt-BR", "RU" or "es_MX"; English when the
 * language has no templates (a wrong translation would read worse than English).
 */
export function resolveReplyLanguage(language: string): ReplyLanguage {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isReplyLanguage(base) ? base : 'en';
}

export function localeFor(language: string): ReplyLocale {
  return LOCALES[resolveReplyLanguage(language)];
}

function isReplyLanguage(tag: string): tag is ReplyLanguage {
  return Object.hasOwn(LOCALES, tag);
}
