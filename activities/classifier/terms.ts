// Turns lexicon terms into regular expressions over folded text, and finds their matches.
import { fold } from './normalize.js';
import type { Term } from './lexicon/types.js';

const LETTER = '[\\p{L}\\p{M}]';
// An apostrophe inside a word ("don't") keeps "don" from matching as a whole word.
const LEFT_EDGE = `(?<!${LETTER})`;
const RIGHT_EDGE = `(?!['’]?${LETTER})`;

export interface CompiledTerm {
  regex: RegExp;
  /** Letters the term itself spells out: the more, the more specific the match. */
  specificity: number;
  /** Text that must occur for the regex to match: a cheap test that skips most terms. */
  literal?: string;
}

export interface TermMatch {
  start: number;
  end: number;
  specificity: number;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folds a regex source without lower-casing it (\S, \W and \P must survive). */
function foldPattern(source: string): string {
  return source.replace(/\\[pPu]\{[^}]*\}|\\.|[^\\]+/g, (part) =>
    part.startsWith('\\') ? part : fold(part),
  );
}

export function compileTerm(term: Term): CompiledTerm {
  if (term instanceof RegExp) {
    return { regex: new RegExp(foldPattern(term.source), 'gu'), specificity: term.source.length };
  }
  let text = fold(term).trim();
  const openStart = text.startsWith('*');
  const openEnd = text.endsWith('*');
  text = text.replace(/^\*|\*$/g, '');
  const body = text
    .split(/\s+/)
    .map(escapeRegex)
    .join('[\\s\\-_]*');
  const source =
    (openStart ? '' : LEFT_EDGE) + body + (openEnd ? `${LETTER}*` : RIGHT_EDGE);
  const literal = text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return { regex: new RegExp(source, 'gu'), specificity: text.replace(/\s+/g, '').length, literal };
}

export function compileTerms(terms: readonly Term[]): CompiledTerm[] {
  return terms.map(compileTerm);
}

export function findAll(compiled: readonly CompiledTerm[], text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const { regex, specificity, literal } of compiled) {
    if (literal !== undefined && !text.includes(literal)) continue;
    for (const m of text.matchAll(regex)) {
      if (m[0].length === 0) continue;
      found.push({ start: m.index, end: m.index + m[0].length, specificity });
    }
  }
  return found;
}

/** True when one of the terms matches exactly at the start of `text` (after spaces). */
export function startsWithAny(compiled: readonly CompiledTerm[], text: string): boolean {
  return findAll(compiled, text).some((m) => text.slice(0, m.start).trim() === '');
}

/** True when one of the terms matches exactly at the end of `text` (before spaces). */
export function endsWithAny(compiled: readonly CompiledTerm[], text: string): boolean {
  return findAll(compiled, text).some((m) => text.slice(m.end).trim() === '');
}

/** The text with the given stretches blanked out: same length, so positions still hold. */
export function blankSpans(text: string, spans: Iterable<{ start: number; end: number }>): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
