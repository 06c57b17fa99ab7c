// Every language's lexicon, in one list. All of them are matched against every message,
// because customers mix languages ("refill kar do", "заказ 123 cancel pls").
import type { Lexicon } from './types.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { es } from './es.js';
import { pt } from './pt.js';
import { fr } from './fr.js';
import { de } from './de.js';
import { it } from './it.js';
import { tr } from './tr.js';
import { ar } from './ar.js';
import { fa } from './fa.js';
import { hi } from './hi.js';
import { id } from './id.js';
import { vi } from './vi.js';

export type { Lexicon, Term } from './types.js';

export const LEXICONS: readonly Lexicon[] = [en, ru, uk, es, pt, fr, de, it, tr, ar, fa, hi, id, vi];
