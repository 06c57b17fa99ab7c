// One folded form for knowledge-base text and questions: lower case, accents removed,
// anything but letters and digits a space. Both sides of a search use it, in any language.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words that carry no subject in the reply languages' questions ("how can I ...").
const STOP_WORDS = new Set(
  (
    'a an and are as at be by can could do does for from have how i in is it me my of on or our please the to what when where which who why with you your ' +
    'el la los las de del que como con en para por un una mi puedo se es y o hay cual cuando donde porque ' +
    'o a os as de do da com em para por um uma meu posso e como qual quando onde ' +
    'le la les de des du et est je mon ma mes comment pour avec un une en quel quand ou ' +
    'der die das und ist ich wie mit fur ein eine kann mein wann wo ' +
    'il lo gli di e come con per un una mio posso quando dove ' +
    'bir ve ile nasil ne mi ben benim ' +
    'и в во на с со как я мой моя мне можно ли что где когда по для а не ' +
    'і в на з як я мій можна чи що де коли для ' +
    'yang dan di ke dari bagaimana saya bisa apa dengan untuk ' +
    'kaise kya hai main mera ka ki ke se'
  ).split(' '),
);

/** The subject words of a question, folded, stop words out, at most `max`. */
export function searchTerms(text: string, max = 12): string[] {
  const words = foldForSearch(text).split(' ').filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, max);
}

/**
 * A crude, language-blind stem: common inflection endings cut, never below 3 letters, so
 * "payment", "paying" and "pay", or "pagar", "pagos" and "pago", share a prefix.
 */
export function stem(word: string): string {
  if (/^\p{N}+$/u.test(word)) return word;
  const endings = ['ments', 'ment', 'ings', 'ing', 'ed', 'es', 'os', 'as', 'ar', 'er', 'ir', 'ah', 's', 'o', 'a', 'e', 'ы', 'и', 'а', 'ой', 'ом'];
  for (const end of endings) {
    if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length);
  }
  return word;
}
