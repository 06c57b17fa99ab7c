// The OpenAI-compatible simulator playing a real model's part: a reply writer whose answers a
// test scripts (a good reply, one with a wrong number, a wrong order ID, a made-up date,
// malformed output, a timeout, an error), and deterministic embeddings where texts sharing
// character n-grams land close together, in any script.
import type { SimulatedChatMessage, SimulatedReply } from './openai.js';

export const WRITER_BEHAVIOURS = ['good', 'wrong_number', 'wrong_order_id', 'made_up_date', 'malformed', 'timeout', 'error'] as const;
export type WriterBehaviour = (typeof WRITER_BEHAVIOURS)[number];

interface WriterFacts {
  language?: string;
  template?: string;
  parts?: Array<{ orderId?: string | null }>;
}

const COURTESY: Record<string, string> = {
  en: 'Thanks for your patience.',
  es: 'Gracias por tu paciencia.',
  pt: 'Obrigado pela paciência.',
  ru: 'Спасибо за терпение.',
  fr: 'Merci de votre patience.',
  de: 'Danke für Ihre Geduld.',
};

/**
 * A chat responder for the reply writer: each call takes the next behaviour of the script
 * (then 'good' once the script is used up), reads the facts from the prompt and answers.
 */
export function scriptedWriter(script: WriterBehaviour[] = []): (messages: SimulatedChatMessage[]) => SimulatedReply {
  const queue = [...script];
  return (messages) => {
    const behaviour = queue.shift() ?? 'good';
    const facts = readFacts(messages);
    const base = `${COURTESY[facts.language ?? 'en'] ?? COURTESY.en} ${facts.template ?? ''}`.trim();
    const orderId = facts.parts?.find((p) => p.orderId)?.orderId ?? '1000';
    switch (behaviour) {
      case 'good':
        return { reply: base };
      case 'wrong_number':
        // A model that "rounds" a count the facts state exactly.
        return { reply: `${base} About 1437 have been delivered so far.` };
      case 'wrong_order_id':
        return { reply: base.split(orderId).join(String(Number(orderId) + 1)) };
      case 'made_up_date':
        return { reply: `${base} It will be finished by 2026-12-24.` };
      case 'malformed':
        return { rawContent: `Sure! Here is the reply: ${base}` };
      case 'timeout':
        return 'hang';
      case 'error':
        return 'error';
    }
  };
}

function readFacts(messages: SimulatedChatMessage[]): WriterFacts {
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const json = /<facts>\n([\s\S]*?)\n<\/facts>/.exec(user)?.[1];
  if (!json) return {};
  try {
    return JSON.parse(json) as WriterFacts;
  } catch {
    return {};
  }
}

export const EMBEDDING_DIMENSIONS = 256;

/**
 * A hashed bag of character trigrams (words padded with spaces), L2-normalised: texts that
 * share words or word pieces ("pay", "pago", "payment") get a high cosine; unrelated texts
 * stay near 0. Deterministic, no model.
 */
export function hashedEmbedding(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) vector[fnv1a(padded.slice(i, i + 3)) % dimensions]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((v) => v / norm);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
