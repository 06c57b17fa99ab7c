// A conversation keeps its language once detected (SPEC 10.1): "ok", "thanks!" or an order
// number carry too few words to tell a language by, and would otherwise flip the customer's
// replies to whatever the detector guesses for them. Pure, for the conversation workflow.

/** Fewer letters or words than this and the message keeps the conversation's language. */
const MIN_LETTERS = 12;
const MIN_WORDS = 3;

export function keptLanguage(previous: string | null | undefined, detected: string, text: string): string {
  if (!previous) return detected;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  return letters < MIN_LETTERS || words < MIN_WORDS ? previous : detected;
}
