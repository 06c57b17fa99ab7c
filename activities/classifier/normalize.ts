// One folded form of the text that every matcher works on: compatibility forms and case
// removed, all digits ASCII, Latin/Cyrillic accents dropped (customers often skip them:
// "devolucion", "hoan tien"), Arabic-script letter variants unified. Positions found in the
// folded text are only ever used against the folded text.

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966]; // Arabic-Indic, Persian, Devanagari zeros

const LETTER_MAP: Record<string, string> = {
  'đ': 'd', 'ı': 'i', 'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ł': 'l',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي', 'ک': 'ك',
  'ة': 'ه', 'ؤ': 'و', '\u0901': '\u0902',
};

export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_BLOCKS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/** Folds text (or a lexicon term) for matching; see the file comment. */
export function fold(text: string): string {
  const lowered = asciiDigits(text.normalize('NFKC').toLowerCase());
  const unaccented = lowered
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Cyrillic}])[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC');
  return unaccented
    .replace(/[đıßøæœłأإآٱىیئکةؤ\u0901]/g, (c) => LETTER_MAP[c] ?? c)
    .replace(/[\u064b-\u065f\u0670\u0640\u093c]/g, '') // harakat, tatweel, nukta
    .replace(/[\u200c\u200d\u200e\u200f]/g, ' ') // Persian ZWNJ separates words
    .replace(/[’‘`´]/g, "'");
}
