// Which language a Latin-letter message is written in, read from the same character
// n-grams as the intent model. Its job is what word lists and tinyld miss: languages typed
// in Latin letters by people whose own script is another (Arabizi "law sama7t", Ukrainian
// "pryskorte bud laska", Finglish "sefaresh", Hinglish), and short messages. Trained by
// dev/train-intent-model.ts on the Latin-letter tuning messages; committed as languages.json.
import { readFileSync } from 'node:fs';
import type { OfflineLanguage } from '../types.js';
import { features } from './features.js';
import { decodeLinear, linearScores, type LinearFile, type LinearModel } from './linear.js';

export interface LanguageModelFile extends LinearFile {
  languages: OfflineLanguage[];
}

/** Fewer buckets than the intent model: fourteen classes, and the file ships with the code. */
export const LANGUAGE_BUCKETS = 1 << 15;

let loaded: (LinearModel & { languages: OfflineLanguage[] }) | undefined;

function model(): LinearModel & { languages: OfflineLanguage[] } {
  if (!loaded) {
    const file = JSON.parse(readFileSync(new URL('./languages.json', import.meta.url), 'utf8')) as LanguageModelFile;
    loaded = { ...decodeLinear(file), languages: file.languages };
  }
  return loaded;
}

/** The likeliest language of a Latin-letter text and its probability. */
export function likeliestLatinLanguage(text: string): { language: OfflineLanguage; p: number } {
  const m = model();
  const probs = linearScores(features(text), m);
  let best = 0;
  probs.forEach((p, k) => {
    if (p > (probs[best] ?? 0)) best = k;
  });
  return { language: m.languages[best] ?? 'en', p: probs[best] ?? 0 };
}
