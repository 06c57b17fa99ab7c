// The customer's language, offline. The writing system settles most cases (Devanagari → hi;
// Arabic script → fa when Persian letters appear, else ar; Cyrillic → uk when Ukrainian
// letters or words appear, else ru). Latin-script text is scored by the words the lexicons
// recognised plus language-specific letters, with tinyld's opinion as one more vote on
// longer texts: a small one when no word of that language was seen (it is unreliable on
// short jargon like "refil 123 plz followers going down"). Messages with nothing to go on
// ("refill 123") are English.
import { detectAll } from 'tinyld';
import { likeliestLatinLanguage } from './model/language-model.js';
import type { OfflineLanguage } from './types.js';

// How much the language model's vote weighs against words the lexicons recognised (each
// worth 1) and tinyld's vote, and how sure it must be to vote at all: chosen on seven fresh
// batches the model was not trained on (language 94.0% without it, 98.1% with it).
const MODEL_WEIGHT = 8;
const MODEL_MIN_P = 0.3;

const LATIN_CANDIDATES: OfflineLanguage[] = ['en', 'es', 'pt', 'fr', 'de', 'it', 'tr', 'id', 'vi'];
// Languages also typed in Latin letters (Hinglish, transliterated Russian, Finglish): only
// their lexicons' words count for them, tinyld does not know them in that form.
const ROMANIZED: OfflineLanguage[] = ['hi', 'ru', 'fa'];
const LONE_LETTER_WORD = /(?<![\p{L}\p{M}])[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f](?![\p{L}\p{M}])/u;

const LETTER_HINTS: Array<{ re: RegExp; language: OfflineLanguage; weight: number }> = [
  { re: /[ơưăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/giu, language: 'vi', weight: 4 },
  { re: /[ğışİ]/gu, language: 'tr', weight: 3 },
  { re: /[ñ¿¡]/giu, language: 'es', weight: 3 },
  { re: /[ãõ]/giu, language: 'pt', weight: 3 },
  { re: /[ßä]/giu, language: 'de', weight: 2 },
  { re: /[œèêëîû]/giu, language: 'fr', weight: 1 },
  { re: /[ìò]/giu, language: 'it', weight: 1 },
  // Arabizi writes the Arabic sounds Latin lacks as digits inside words ("sama7t", "na2so",
  // "3ayez"); no other language here does.
  { re: /(?<=\p{Script=Latin})[235679]'?(?=\p{Script=Latin})|(?<![\p{L}\p{N}])[37]'?(?:a|e|o|i)\p{Script=Latin}/giu, language: 'ar', weight: 3 },
];

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function best(scores: Map<OfflineLanguage, number>, fallback: OfflineLanguage): OfflineLanguage {
  let top: OfflineLanguage = fallback;
  let topScore = scores.get(fallback) ?? 0;
  for (const [language, score] of scores) {
    if (score > topScore) {
      top = language;
      topScore = score;
    }
  }
  return top;
}

export interface LanguageGuess {
  language: OfflineLanguage;
  /** False when the guess rests on nothing but the English default. */
  grounded: boolean;
}

/**
 * @param raw the message as written (letters and accents intact)
 * @param evidence words recognised per language by the keyword scan
 */
export function detectLanguage(raw: string, evidence: Map<OfflineLanguage, number>): LanguageGuess {
  // Links and handles are not written in any language.
  const text = raw.normalize('NFKC').replace(/(?:https?:\/\/|www\.)\S+|\S{1,64}@\S+|@\S+|\S{1,64}\.[a-z]{2,6}\/\S*/giu, ' ');
  const devanagari = count(text, /[\u0900-\u0963\u0971-\u097f]/gu);
  const arabic = count(text, /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/gu);
  const cyrillic = count(text, /[\u0400-\u04ff]/gu);
  const scripts: Array<[number, () => OfflineLanguage]> = [
    [devanagari, () => 'hi'],
    [arabic, () => arabicScriptLanguage(text, evidence)],
    [cyrillic, () => cyrillicLanguage(text, evidence)],
  ];
  const [letters, pick] = scripts.reduce((a, b) => (b[0] > a[0] ? b : a));
  // One whole word in another script is enough ("cancel plz 123 и 124"): nobody types
  // Cyrillic or Arabic by accident, while a lone letter may be a look-alike.
  if (letters >= 2 || (letters === 1 && LONE_LETTER_WORD.test(text))) return { language: pick(), grounded: true };

  const scores = new Map<OfflineLanguage, number>();
  for (const language of [...LATIN_CANDIDATES, ...ROMANIZED]) scores.set(language, evidence.get(language) ?? 0);
  for (const { re, language, weight } of LETTER_HINTS) {
    if (count(text, re) > 0) scores.set(language, (scores.get(language) ?? 0) + weight);
  }
  const latinLetters = count(text, /\p{Script=Latin}/gu);
  if (latinLetters >= 25) {
    const [top] = detectAll(text, { only: LATIN_CANDIDATES });
    if (top && top.accuracy > 0.05) {
      const language = top.lang as OfflineLanguage;
      const seen = scores.get(language) ?? 0;
      scores.set(language, seen + (seen > 0 ? 1 : 0.4));
    }
  }
  const evidenceOnly = new Map(scores);
  // The language model knows the transliterations no tinyld profile holds, and how short
  // panel messages in each language tend to look.
  const guess = likeliestLatinLanguage(text);
  if (guess.p >= MODEL_MIN_P) scores.set(guess.language, (scores.get(guess.language) ?? 0) + MODEL_WEIGHT * guess.p);
  const language = best(scores, 'en');
  const grounded = (evidenceOnly.get(language) ?? 0) > 0;
  return { language, grounded };
}

function arabicScriptLanguage(text: string, evidence: Map<OfflineLanguage, number>): OfflineLanguage {
  // Persian letters and Persian digits (۱۲۳, not Arabic ١٢٣) only occur in Persian here.
  if (/[پچژگکی\u06f0-\u06f9]/u.test(text)) return 'fa';
  return (evidence.get('fa') ?? 0) > (evidence.get('ar') ?? 0) ? 'fa' : 'ar';
}

function cyrillicLanguage(text: string, evidence: Map<OfflineLanguage, number>): OfflineLanguage {
  const ukLetters = count(text, /[іїєґІЇЄҐ]/gu);
  const ruLetters = count(text, /[ыэъёЫЭЪЁ]/gu);
  const uk = 3 * ukLetters + (evidence.get('uk') ?? 0);
  const ru = 3 * ruLetters + (evidence.get('ru') ?? 0);
  return uk > ru ? 'uk' : 'ru';
}
