// Text PostgreSQL cannot store. A `text` column refuses NUL (U+0000) and `jsonb` refuses its
// \u0000 escape; a lone UTF-16 surrogate has no UTF-8 form (the driver would silently store
// U+FFFD, jsonb refuses it). Other control characters are stored as they are.
// Input we can refuse (the API) is refused with the field named; input we cannot refuse
// (panel tickets, Telegram, provider chats) is cleaned before it reaches a workflow.

// String.prototype.isWellFormed/toWellFormed are ES2024; this is the same rule.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Why the string cannot be stored as it is, or null when it can. */
export function unstorableReason(s: string): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(s)) return 'contains a lone UTF-16 surrogate (invalid Unicode), which cannot be stored';
  return null;
}

export interface UnstorableField {
  field: string;
  message: string;
}

/** Every string (and object key) in a parsed JSON value that cannot be stored, with its path. */
export function findUnstorable(value: unknown, path = ''): UnstorableField[] {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? [{ field: path, message: reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findUnstorable(v, join(path, String(i))));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const reason = unstorableReason(k);
      const here = join(path, reason ? JSON.stringify(storableText(k)) : k);
      return reason ? [{ field: here, message: `key ${reason}` }] : findUnstorable(v, here);
    });
  }
  return [];
}

/** Longest customer text handed to a conversation from a channel that cannot be refused. */
export const MAX_MESSAGE_CHARS = 4000;

/** NUL removed, lone surrogates replaced by U+FFFD, clipped to `max` characters. */
export function storableText(s: string, max = Number.POSITIVE_INFINITY): string {
  const clean = wellFormed(s.replace(/\u0000/g, ''));
  return clean.length > max ? wellFormed(clean.slice(0, max)) : clean;
}

function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATES, '\uFFFD');
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
