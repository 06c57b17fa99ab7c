// Small text helpers shared by the language files. No locale APIs: their output can change
// with the runtime's ICU data, and these texts must replay identically.

/** Joins the sentences that apply, skipping the ones a template left out. */
export function sentences(...parts: Array<string | false | undefined>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}

/** 1 → one; 2–4 → few; else many, with the 11–14 exception (Russian, Ukrainian). */
export function slavicPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
