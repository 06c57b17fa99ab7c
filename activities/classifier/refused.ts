// Actions refused or not wanted right where they are named ("I don't want a refund",
// "iade istemiyorum", "fix the link without cancelling"): "1 ko cancel mat karo, 2 cancel karo",
// "4411105 رو لغو نکنید", "jangan cancel 1", "pas besoin de rembourser la 1". The order beside
// one is to be left alone, like one called fine (settled.ts), and the refused action is not
// asked for beside another (classify.ts). The refusal touches the action word: "not
// delivered, refund" refuses nothing.
import type { IntentHit } from './keywords.js';

// The lead read is 16 letters long, so each refusal here fits in 16. Only refusals that
// cannot be a state or a threat: "не шевелится" is a complaint and "если
// не вернёте" a demand, so a bare "не" / "no" / "pas" before or after an action is none.
const REFUSED_BEFORE =
  /(?<![\p{L}])(?:don'?t|do not|no need to|please never|не надо|не нужно|не треба|не потрібно|no hace falta|pas besoin de|ne pas|ne jamais|surtout pas|nao precisa|non serve|bitte nicht|auf keinen fall|niente|nessun|jangan|(?:gak|ga|nggak|tidak|ndak|ngga) (?:usah|perlu)|dung|khong can|(?:i )?(?:don'?t|do not) want(?: an?| the| any)?|rather than(?: an?)?|instead of(?: an?)?|than an?|no quiero(?: el| la| un| una)?|nao quero(?: o| a| um| uma)?|ne veux pas(?: de)?|keine|statt(?: einer| eines)?|non voglio(?: il| la| un| una)?|не хочу|without|sans|sin|sem|ohne|senza|tanpa|bina|بدون)\s+$/u;
// Arabic forbids with "لا" before a second-person verb ("لا تلغون"); "لا يتحرك" is a state.
const FORBIDDEN_AR = /(?<![\p{L}])لا\s+$/u;
// In folded letters (normalize.ts): Persian "نکنید" is matched as "نكنيد".
const REFUSED_AFTER = /^\s+(?:etmeyin|etmeyiniz|yapmayin|nakonid|نكنيد|mat karo|mat karna|nahi karna|nahi karo|nahi chahiye|nahin chahiye|istemiyorum|istemiyoruz|istemem|etmeden|نميخوام|نمي‌خوام|نمي خوام|نميخواهم|khong muon)(?![\p{L}])/u;

// A bare "не" / "no" / "non" / "nicht" does refuse an action in the imperative or
// infinitive: "не отменяйте", "no cancelen", "No cancelar: 1", "não cancelem", "non
// annullate", "die 1 nicht stornieren"; "не отменили" and "no cancelaron" say what
// happened.
const BARE_NOT = /(?<![\p{L}])(?:не|ні|no|nao|non|nicht)\s+$/u;
const IMPERATIVE = /(?:йте|ите|іть|ьте|en|em|ar|ate|ete|ite)$/u;

/** Spans of the refused actions, the refusal included. */
function refusedSpans(folded: string, hits: IntentHit[]): Array<{ start: number; end: number }> {
  return hits.flatMap((h) => {
    // "1 500 instead of 15 000": a count that fell is a state, not a wanted action.
    if (/^\d/u.test(folded.slice(h.start, h.end))) return [];
    const lead = folded.slice(Math.max(0, h.start - 16), h.start);
    const before = REFUSED_BEFORE.exec(lead) ?? (folded[h.start] === 'ت' ? FORBIDDEN_AR.exec(lead) : null) ?? (IMPERATIVE.test(folded.slice(h.start, h.end)) ? BARE_NOT.exec(lead) : null);
    const after = REFUSED_AFTER.exec(folded.slice(h.end, h.end + 16));
    if (!before && !after) return [];
    return [{ start: h.start - (before?.[0].length ?? 0), end: h.end + (after?.[0].length ?? 0) }];
  });
}

/** The hits split into the actions asked for and the spans of those refused. */
export function splitRefused(folded: string, hits: IntentHit[]): { asks: IntentHit[]; refused: Array<{ start: number; end: number }> } {
  const refused = refusedSpans(folded, hits);
  return { asks: hits.filter((h) => !refused.some((r) => h.start >= r.start && h.end <= r.end)), refused };
}
