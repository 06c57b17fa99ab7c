// The lexicons compiled once into regular expressions: per language for the words that
// carry meaning, merged across languages for the words around numbers.
import { ORDER_INTENTS, type OrderIntent } from '../../workflows/rules/types.js';
import { LEXICONS, type Term } from './lexicon/index.js';
import { compileTerms, type CompiledTerm } from './terms.js';
import type { OfflineLanguage } from './types.js';

export interface CompiledLexicon {
  language: OfflineLanguage;
  markers: CompiledTerm[];
  intents: Array<{ intent: OrderIntent; terms: CompiledTerm[] }>;
  other: CompiledTerm[];
  neutral: CompiledTerm[];
}

export interface NumberContextTables {
  units: CompiledTerm[];
  durations: CompiledTerm[];
  currencies: CompiledTerm[];
  orderLabels: CompiledTerm[];
  notOrderLabels: CompiledTerm[];
  notOrderAfter: CompiledTerm[];
  countLabels: CompiledTerm[];
  countWords: CompiledTerm[];
  orderRefs: CompiledTerm[];
  howQuestions: CompiledTerm[];
}

let lexicons: CompiledLexicon[] | undefined;
let numberContext: NumberContextTables | undefined;

export function compiledLexicons(): CompiledLexicon[] {
  lexicons ??= LEXICONS.map((lex) => ({
    language: lex.language,
    markers: compileTerms(lex.markers),
    intents: ORDER_INTENTS.map((intent) => ({ intent, terms: compileTerms(lex.intents[intent] ?? []) })),
    other: compileTerms(lex.other),
    neutral: compileTerms(lex.neutral),
  }));
  return lexicons;
}

function merged(pick: (lex: (typeof LEXICONS)[number]) => readonly Term[] | undefined): CompiledTerm[] {
  return compileTerms(LEXICONS.flatMap((lex) => pick(lex) ?? []));
}

export function numberContextTables(): NumberContextTables {
  numberContext ??= {
    units: merged((l) => l.units),
    durations: merged((l) => l.durations),
    currencies: merged((l) => l.currencies),
    orderLabels: merged((l) => l.orderLabels),
    notOrderLabels: merged((l) => l.notOrderLabels),
    notOrderAfter: merged((l) => l.notOrderAfter),
    countLabels: merged((l) => l.countLabels),
    countWords: merged((l) => l.countWords),
    orderRefs: merged((l) => l.orderRefs),
    howQuestions: merged((l) => l.howQuestions),
  };
  return numberContext;
}
