// Which numbers in a message are order IDs. A number is an order ID unless its surroundings
// say it is something else: part of a link, e-mail, username, phone number, date or time;
// money; a quantity or a duration; a service, ticket or payment ID; a count ("start count").
//
// Length: a bare number needs at least 4 digits (panel order IDs are rarely shorter, and
// 1-3 digit numbers in messages are list markers, days, quantities); a number labelled as an
// order ("#123", "ID: 123", "order 123", "заказ 123") needs 3. More than 12 digits is never
// an order ID (card numbers, timestamps).
import { scoreNumber } from './model/number-model.js';
import { numberContextTables } from './tables.js';
import { blankSpans, endsWithAny, findAll, startsWithAny } from './terms.js';

export const MIN_DIGITS = 4;
export const MIN_DIGITS_LABELLED = 3;
export const MAX_DIGITS = 12;

export interface IdMention {
  id: string;
  start: number;
  end: number;
}

type Span = [number, number];

// Links, e-mails, @usernames and #hashtags: nothing inside them is read at all. Runs are
// bounded ({1,64}) so a long unbroken word cannot make matching quadratic.
const LINK_MASKS: RegExp[] = [
  /(?:https?:\/\/|www\.)\S+/gu,
  /[\w.+-]{1,64}@[\w-]+\.[\w.-]+/gu,
  /\b[a-z0-9-]{1,64}(?:\.[a-z0-9-]{1,64})*\.(?:com|net|org|io|me|be|ru|ua|co|tv|gg|ly|app|link|in|id|vn|tr|ir|info|biz|xyz|shop|store|site|online|ai)\b(?:\/\S*)?/gu,
  /@[\p{L}\p{N}_.]+/gu,
  /#[\p{L}_][\p{L}\p{N}_]*/gu,
];
// Counts written as progress or as a correction, in any of the languages: "1200 of 5000",
// "1500/5000", "1200 из 5000", "1200 de 5000", "20000 instead of 2000", "20000 вместо 2000".
// Both numbers are quantities. A progress pair needs the second number to be the larger one
// (delivered of ordered) and round or short, so "3710293 / 3710294" stays two order IDs.
const QTY = String.raw`\d[\d.,]*\s*(?:k|к|m|м)?`;
const PROGRESS_WORDS = String.raw`(?:\/|of|out of|из|з|от|de|da|sur|von|su|di|من|از|dari|tren|trong so|se)`;
const INSTEAD_WORDS = String.raw`(?:instead of|rather than|not|вместо|замість|en vez de|en lugar de|em vez de|ao inves de|au lieu de|statt|anstatt|invece di|yerine|bukan|thay vi|thay cho|بدلا من|بدل|به جای|بجای|ki jagah|के बजाय|की जगह)`;
const PROGRESS = new RegExp(String.raw`(?<![\p{L}\p{N}])(${QTY})\s*${PROGRESS_WORDS}\s*(${QTY})(?![\p{N}])`, 'gu');
const INSTEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])${QTY}\s*${INSTEAD_WORDS}\s*${QTY}(?![\p{N}])`, 'gu');

function quantity(text: string): number {
  const unit = /[kк]\s*$/u.test(text) ? 1_000 : /[mм]\s*$/u.test(text) ? 1_000_000 : 1;
  return Number(text.replace(/[^\d]/gu, '')) * unit;
}

/** Spans of progress ("1200 of 5000") and correction ("20000 instead of 2000") pairs. */
function countPairSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PROGRESS)) {
    const [done, total] = [m[1] ?? '', m[2] ?? ''];
    // An ordered total is round ("of 5000", "/10k"); two long odd numbers are two IDs.
    const roundTotal = quantity(total) % 50 === 0 || total.replace(/\D/gu, '').length <= 5;
    // "712245 / 712250": two odd numbers of one length a few apart are sibling orders.
    const [a, b] = [done.replace(/\D/gu, ''), total.replace(/\D/gu, '')];
    const siblings = a.length === b.length && a.length >= 5 && Number(b) % 1000 !== 0 && Math.abs(Number(a) - Number(b)) < 1000;
    if (roundTotal && !siblings && quantity(done) <= quantity(total)) spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(INSTEAD)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// Phone numbers, dates and times: their digits are never order IDs. A phone is a "+"
// number, or three or four short digit groups joined by dashes, dots or brackets.
const NUMBER_MASKS: RegExp[] = [
  /\+\d[\d\s\-().]{6,}\d/gu,
  /\(\d{2,4}\)\s?\d{3,5}[-\s]\d{4}\b/gu,
  /(?<![\d.,])\(?\d{2,4}\)?(?:[-.]\s?|\s?[-.]|\)\s?)\d{2,4}(?:[-.\s]\d{2,4}){1,2}(?![\d.,]?\d)/gu,
  // A trunk "0" and digit groups split by spaces: "011 5555 1234", "0171 2233445".
  /(?<![\d.,])0\d{1,4}(?: \d{2,8}){1,3}(?![\d.,]?\d)/gu,
  /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu,
];

// Letters glued to a number that make it a quantity, size or duration ("5k", "24h", "30d").
const UNIT_SUFFIXES = new Set([
  'k', 'kk', 'm', 'b', 'h', 'hr', 'hrs', 'd', 'day', 'days', 'min', 'mins', 's', 'sec', 'st',
  'nd', 'rd', 'th', 'x', 'am', 'pm', 'g', 'gb', 'mb', 'usd', 'usdt', 'rs', 'tl', 'rub',
  'к', 'кк', 'м', 'тыс', 'млн', 'ч', 'д', 'мин', 'р', 'руб', 'грн', 'jt', 'rb', 'ribu', 'tr', 'đ',
]);
// Letters glued before a number that still mean "order ID" ("id123456", "no12345", "№").
const ID_PREFIXES = new Set(['id', 'no', 'nr', 'order', 'ord', 'n', 'cmd']);
// Arabic-script clitics glued before a number: "and", "so", "by/for/to", "like", the article,
// and the Persian ezafe "ی" (folded to "ي") that joins a label to what follows.
const CLITICS = /^((?:و|ف)?(?:بال|لل|ال|ب|ل|ك)?|ي)(?=\p{L}|$)/u;
// Number words that mean "order number" when glued to it ("số9990184", "رقم8819408").
const GLUED_NUMBER_WORDS = new Set(['so', 'nomor', 'num', 'number', 'numero', 'nummer', 'номер', 'رقم', 'شماره', 'شمارهي']);
const MIN_GLUED_DIGITS = 6;
// Words between a number and its unit ("5000 instagram followers").
const UNIT_FILLERS =
  /^(?:instagram|insta|ig|tiktok|tt|youtube|yt|telegram|tg|facebook|fb|twitter|spotify|real|hq|active|arab|indian|usa|organic|premium|bot|new)\s+/u;
const CURRENCY_SIGNS = /[$€£¥₹₽₺₫₴]/u;

function masked(spans: Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

function maskSpans(text: string, masks: RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const re of masks) {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The text with links, e-mails and usernames blanked out (same length, same positions). */
export function blankLinks(folded: string): string {
  return blankSpans(folded, maskSpans(folded, LINK_MASKS).map(([start, end]) => ({ start, end })));
}

/**
 * Start positions of the numbers that are money. A currency between two numbers belongs to
 * the one it is glued to ("12$ 5512345", "5512345 $12"), else to the shorter one.
 */
function moneyStarts(text: string): Set<number> {
  const t = numberContextTables();
  const starts = new Set<number>();
  const signs = [...text.matchAll(new RegExp(CURRENCY_SIGNS.source, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const words = findAll(t.currencies, text).map((m) => ({ ...m, word: true }));
  for (const { start, end, word } of [...words, ...signs.map((m) => ({ ...m, word: false }))]) {
    const left = /(\d[\d.,]*)(\s*)$/u.exec(text.slice(Math.max(0, start - 30), start));
    const right = /^([\s.:]*)(\d[\d.,]*)/u.exec(text.slice(end, end + 30));
    const leftNum = left ? { at: start - left[0].length, digits: left[1] ?? '', glued: left[2] === '' } : null;
    const rightNum = right
      ? { at: end + (right[1] ?? '').length, digits: right[2] ?? '', glued: right[1] === '' }
      : null;
    let owner = leftNum ?? rightNum;
    if (leftNum && rightNum && leftNum.glued !== rightNum.glued) owner = leftNum.glued ? leftNum : rightNum;
    else if (leftNum && rightNum) owner = rightNum.digits.length < leftNum.digits.length ? rightNum : leftNum;
    if (!owner) continue;
    // A currency word also means other things ("dong" is a Vietnamese đồng and Indonesian
    // "please"): six or more odd digits beside it are an order ID, amounts are round.
    if (word && /^\d{6,}$/u.test(owner.digits) && Number(owner.digits) % 100 !== 0) continue;
    // Nor is a number the customer labelled as an order ("cek order 90021 dong").
    if (word && endsWithAny(t.orderLabels, text.slice(Math.max(0, owner.at - 30), owner.at).replace(/[\s:#№=\-–.()]+$/u, ''))) continue;
    for (const part of owner.digits.matchAll(/\d+/gu)) starts.add(owner.at + part.index);
  }
  return starts;
}

/** Round numbers and short ones are what quantities look like; order IDs rarely are. */
function looksLikeCount(digits: string): boolean {
  return digits.length <= 3 || Number(digits) % 50 === 0;
}

function wordBefore(text: string, start: number): string {
  const m = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return m ? m[0] : '';
}

function wordAfter(text: string, end: number): string {
  const m = /^[\p{L}\p{M}]+/u.exec(text.slice(end, end + 20));
  return m ? m[0] : '';
}

/** Why a chain of digits joined by . , or / is not a list of IDs, or null when it may be one. */
function chainRejects(chain: string): boolean {
  const parts = chain.split(/[.,/]/);
  if (parts.length < 2) return false;
  const [first = '', ...rest] = parts;
  if (chain.includes('/')) return parts.length === 2 && parts.every(looksLikeCount);
  const thousands = first.length <= 3 && rest.every((p) => p.length === 3);
  const decimal = parts.length === 2 && (first.length <= 3 || (rest[0] ?? '').length <= 2);
  return thousands || decimal;
}

/** reject: not an order ID; marked: "#123", "id123"; labelled: "order 123"; order: a bare number. */
export type Verdict = 'order' | 'labelled' | 'marked' | 'reject';

function judge(text: string, start: number, end: number, money: Set<number>): Verdict | 'other' {
  if (money.has(start)) return 'reject';
  const t = numberContextTables();
  const digits = text.slice(start, end);
  let labelled = false;
  let strong = false;

  // Arabic and Persian glue "and", prepositions and the article to the next word
  // ("و12042", "بـ3329845", "الـ8802847"); Persian's ezafe follows a label ("شماره‌ی9919408").
  const word = wordBefore(text, start);
  const clitic = CLITICS.exec(word)?.[1] ?? '';
  const glued = word.slice(clitic.length);
  if (glued) {
    // "commande№88301" folds to "commandeno88301": a label glued to its "No." glued to the number.
    const unNumbered = glued.replace(/(?:no|nr)$/u, '');
    if (ID_PREFIXES.has(glued) || GLUED_NUMBER_WORDS.has(glued) || endsWithAny(t.orderLabels, glued) || (unNumbered !== glued && endsWithAny(t.orderLabels, unNumbered))) labelled = strong = true;
    // "del4471938", "hủy4419384": a long odd number glued to a word is a missed space more
    // often than part of a name; the model weighs it (it sees the glued letter).
    else if (digits.length < MIN_GLUED_DIGITS || looksLikeCount(digits)) return 'reject';
  }
  const suffix = wordAfter(text, end);
  if (suffix && UNIT_SUFFIXES.has(suffix)) return 'reject';
  const next = text.charAt(end);
  // "5000+" is "over 5000"; "4712137+4712141" is two orders.
  if (next === '%' || (next === '+' && !/\d/u.test(text.charAt(end + 1)))) return 'reject';
  // "marco_88231", "shop_2231_x": digits joined by an underscore are part of a handle.
  if (text.charAt(start - 1) === '_' || next === '_') return 'reject';

  // A label reaches across a line break only when it ends in a colon ("Order ID:\n123");
  // a table header ("ID | Status | Remains") says nothing about the first row's number.
  const lineStart = text.lastIndexOf('\n', start - 1);
  const above = text.slice(Math.max(0, start - 40), start);
  const before = lineStart >= 0 && lineStart >= start - 40 && !/:\s*\n[\s]*$/u.test(above) ? text.slice(lineStart + 1, start) : above;
  if (/[#№]\s*$/u.test(before)) labelled = strong = true;
  const label = before.slice(0, before.length - (glued ? 0 : clitic.length)).replace(/[\s:#№=\-–.()]+$/u, '');
  // "my user id is 223344": the label may stand a linking word away from the number.
  const linked = label.replace(/\s+(?:is|was|are|es|est|c'est|ist|это|e|era)$/u, '');
  // "Ticket-Nr. 44812", "service no 12": the kind of ID stands before its "number" word.
  const kind = label.replace(/(?:[\s\-]*(?:no|nr|num|number|numero|nummer|nomor|numara\p{L}*|номер|n°|شماره|رقم)|\s+n)$/u, '');
  if ([label, linked, kind].some((l) => endsWithAny(t.notOrderLabels, l))) return 'other';
  if (endsWithAny(t.countLabels, label)) return 'reject';
  if (looksLikeCount(digits) && endsWithAny(t.countWords, label)) return 'reject';
  if (endsWithAny(t.orderLabels, label)) labelled = true;

  const after = text.slice(end, end + 40).trimStart();
  if (startsWithAny(t.notOrderAfter, after)) return 'other';
  // Six digits and more are never a duration ("đơn 34304962 giờ sao rồi": "giờ" is "now").
  // A duration is round or short ("90 days", "1440 min"); folded words collide across
  // languages ("77112 đẩy nhanh" folds to "day"), so an odd five-digit number stays.
  if (!strong && digits.length <= 5 && (looksLikeCount(digits) || digits.length <= 3) && startsWithAny(t.durations, after)) return 'reject';
  if (!strong && looksLikeCount(digits)) {
    const afterFiller = after.replace(UNIT_FILLERS, '');
    if (startsWithAny(t.units, after) || startsWithAny(t.units, afterFiller)) return 'reject';
    if (!labelled && digits.length <= 6 && unitInClause(text, start, end)) return 'reject';
  }

  if (digits.length > MAX_DIGITS) return 'reject';
  // Ten digits and more with a leading zero are a phone number written without separators.
  if (!strong && digits.length >= 10 && digits.startsWith('0')) return 'reject';
  if (digits.length < (labelled ? MIN_DIGITS_LABELLED : MIN_DIGITS)) return 'reject';
  const n = Number(digits);
  if (!labelled && digits.length === 4 && n >= 1990 && n <= 2039) return 'reject'; // a year
  return strong ? 'marked' : labelled ? 'labelled' : 'order';
}

/** A quantity noun in the same sentence makes a round number there a count. */
function unitInClause(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start), ...['.', '!', '?', ';'].map((c) => text.lastIndexOf(c, start)));
  const stops = ['\n', '.', '!', '?', ';'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : text.length;
  // findAll, not regex.test: test() would leave lastIndex set on the shared regexes.
  return findAll(numberContextTables().units, text.slice(from + 1, to)).length > 0;
}

export interface JudgedNumber extends IdMention {
  verdict: Verdict;
  /** Rejected as some other kind of ID by its label ("ticket 4412", "user ID 55621"). */
  otherId?: true;
}

/** Every digit run outside links, e-mails and usernames, with the rules' verdict on it. */
export function judgeNumbers(folded: string): JudgedNumber[] {
  const spans = [...maskSpans(folded, [...LINK_MASKS, ...NUMBER_MASKS]), ...countPairSpans(folded)];
  const links = maskSpans(folded, LINK_MASKS);
  const money = moneyStarts(folded);
  const judged: JudgedNumber[] = [];
  for (const chain of folded.matchAll(/\d+(?:[.,/]\d+)*/gu)) {
    const chainStart = chain.index;
    if (masked(links, chainStart, chainStart + chain[0].length)) continue;
    const rejected = masked(spans, chainStart, chainStart + chain[0].length) || chainRejects(chain[0]);
    for (const part of chain[0].matchAll(/\d+/gu)) {
      const start = chainStart + part.index;
      const end = start + part[0].length;
      const verdict = rejected ? 'reject' : judge(folded, start, end, money);
      judged.push({ id: part[0], start, end, verdict: verdict === 'other' ? 'reject' : verdict, ...(verdict === 'other' && { otherId: true as const }) });
    }
  }
  return judged;
}

// How sure the number model must be that a number is an order ID, by what the rules said.
// A bare number needs the model's agreement; a labelled one ("order 123") is dropped only
// when the model is sure it is a count; a marked one ("#123") is always kept.
export const KEEP_BARE = 0.35;
export const KEEP_LABELLED = 0.1;

// "551209... sorry, I meant 551290": the customer took the first number back. A correction
// word (or a trailing ellipsis) between two IDs drops the earlier one.
const TAKEN_BACK =
  /(?:\.\.\.|…)|\b(?:sorry|i mean|i meant|meant|scusate|scusa|volevo dire|intendevo|perdon|quise decir|quis dizer|desculp\w*|pardon|je voulais dire|sorry|ich meinte|meinte|entschuldigung|извините|имел в виду|вибачте|мав на увазі|pardon|yani|demek istedim|maaf|maksudnya|maksud saya|maksudku|salah ketik|typo|dogrusu|dogru olan|yanlis yazdim|yanlis yazmisim|xin loi|y em la|y la|ghi nham|nham)\b|اسف|قصدي|ببخشيد|منظورم|الصحيح|بالغلط|غلطت|درستش|اشتباه نوشتم|bolna tha|matlab/u;

function takenBack(folded: string, found: IdMention[]): IdMention[] {
  return found.filter((m, k) => {
    const next = found.slice(k + 1).find((n) => n.id !== m.id);
    return !next || !TAKEN_BACK.test(folded.slice(m.end, next.start)) || folded.slice(m.end, next.start).length > 40;
  });
}

// Only separators between two numbers of a list: spaces, commas, semicolons, plus signs,
// arrows, pipes, dashes, bullets, brackets and quotes around each number ("{1} <2>",
// "“1” “2”", "1+2", "1→2→3"), and "and" in the 14 languages.
const LIST_SIGNS = String.raw`[\s,;+|→➡️•·\-–—(){}\[\]<>«»"“”„'‘’]*`;
const AND = String.raw`(?:and|и|і|y|e|et|und|ve|dan|va|và|و|aur)`;
const LIST_GAP = new RegExp(String.raw`^${LIST_SIGNS}${AND}?${LIST_SIGNS}$`, 'u');

// Between IDs of one other kind listed together: commas, brackets, "#" and "and" only; a
// dash or an arrow may lead from a ticket number to the order it is about.
const OTHER_ID_GAP = new RegExp(String.raw`^[\s,;#()]*${AND}?[\s,;#()]*$`, 'u');

/** Two numbers a list may hold together: one length, or both long enough to be IDs. */
function sameKind(a: string, b: string): boolean {
  return a.length === b.length || (a.length >= 5 && b.length >= 5 && !looksLikeCount(a) && !looksLikeCount(b));
}

/**
 * Numbers of one bare list ("cancel 512209 512210 512211") share one verdict: the same shape
 * side by side with nothing but separators between is one kind of thing. The model judged
 * each number by its neighbours and dropped the inner or outer ones of long lists.
 */
function listsOf(folded: string, judged: ReturnType<typeof judgeNumbers>): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  judged.forEach((n, k) => {
    const prev = current.length ? judged[current.at(-1)!]! : null;
    const joins = prev !== null && n.verdict !== 'reject' && sameKind(prev.id, n.id) && LIST_GAP.test(folded.slice(prev.end, n.start));
    if (!joins) {
      if (current.length > 1) lists.push(current);
      current = n.verdict === 'reject' ? [] : [k];
    } else current.push(k);
  });
  if (current.length > 1) lists.push(current);
  return lists;
}

/** Order IDs mentioned in folded text, in order of appearance (repeats included). */
export function findOrderIds(folded: string): IdMention[] {
  const judged = judgeNumbers(folded);
  const text = blankLinks(folded);
  const kept = judged.map((n) => {
    if (n.verdict === 'reject') return false;
    const p = n.verdict === 'marked' ? 1 : scoreNumber(text, n, judged);
    return p >= (n.verdict === 'order' ? KEEP_BARE : KEEP_LABELLED);
  });
  const rejectedRun = judged.map((n) => n.otherId === true);
  for (const list of listsOf(folded, judged)) {
    // Three or more long numbers side by side, mostly odd, are pasted order IDs even when
    // the model, judging each by its neighbours, doubts every one ("refill 40100 40101 …").
    const pasted = list.length >= 3 && judged[list[0]!]!.id.length >= 5 &&
      list.filter((k) => !looksLikeCount(judged[k]!.id)).length * 2 > list.length;
    if (pasted || list.some((k) => kept[k])) for (const k of list) kept[k] = true;
  }
  // "tickets #5531, #5540, #5577": numbers listed straight after one labelled as no order
  // share its label.
  judged.forEach((n, k) => {
    const prev = judged[k - 1];
    const gap = prev ? folded.slice(prev.end, n.start) : '';
    // "phone: 1 and 2" may be a wrong label; "tickets 1, 2 and 3" is a list of its kind.
    const listed = prev?.otherId === true ? /[,#]/u.test(gap) : true;
    if (prev && rejectedRun[k - 1] && listed && prev.id.length === n.id.length && OTHER_ID_GAP.test(gap)) {
      kept[k] = false;
      rejectedRun[k] = true;
    }
  });
  const found: IdMention[] = judged.filter((_, k) => kept[k]).map((n) => ({ id: n.id, start: n.start, end: n.end }));
  return takenBack(folded, found);
}

/** Every standalone digit run of the text outside links, e-mails and usernames. */
export function digitRuns(folded: string): Set<string> {
  const spans = maskSpans(folded, LINK_MASKS);
  const runs = new Set<string>();
  for (const m of folded.matchAll(/\d+/gu)) {
    if (!masked(spans, m.index, m.index + m[0].length)) runs.add(m[0]);
  }
  return runs;
}
