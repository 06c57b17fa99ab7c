// Pairs order IDs with the action words that govern them.
//
// The message is cut into clauses (lines, sentences, ", " before a word, "and"/"и"/"y"...).
// Inside a clause the action word and its IDs follow the clause's own order: "refill 1 2,
// cancel 3" puts words first, "1 2 refill, 3 cancel" puts them last. A clause of bare IDs
// (one ID per line, a comma list) takes the action of the clause that closes it ("1\n2\n
// refill") or opens it ("refill:\n1\n2"); when both could, the message's own habit decides.
// An action word left without IDs applies to the nearest IDs ("cancel and refund 123").
// Each ID ends with one intent: refund > cancel > refill > speed_up > status, because the
// stronger ask includes the weaker one ("cancel and refund", "slow, cancel it").
import type { OrderIntent } from '../../workflows/rules/types.js';
import type { IntentHit } from './keywords.js';
import type { IdMention } from './order-ids.js';
import { splitRefused } from './refused.js';

export const INTENT_PRIORITY: readonly OrderIntent[] = ['refund', 'cancel', 'refill', 'speed_up', 'status'];

export interface Assignment {
  /** Intent per order ID, in order of the IDs' first appearance. */
  byId: Map<string, OrderIntent>;
  /** Set when pairing needed a guess (orphan IDs between two candidates, stray words). */
  guessed: boolean;
  /** Set when an ID was named with several intents and the priority chose one. */
  merged: boolean;
}

interface Group {
  kind: 'ids' | 'words';
  ids: string[];
  intents: Set<OrderIntent>;
}

interface Clause {
  line: number;
  groups: Group[];
}

const CLAUSE_BREAK =
  /[.;!?؛]+(?=\s|$)|[,،](?=\s*[\p{L}])|\s(?:and|also|then|plus|и|і|та|а также|y|e|et|und|ve|dan|aur|और|و|\+|&|а|but|pero|mais|aber|ma|ama|tapi|lekin|लेकिन|nhung|але|но|اما|لكن|ولكن)(?=\s)/gu;

export function pickByPriority(intents: Iterable<OrderIntent>): OrderIntent | undefined {
  const set = new Set(intents);
  return INTENT_PRIORITY.find((i) => set.has(i));
}

function buildClauses(folded: string, ids: IdMention[], hits: IntentHit[]): Clause[] {
  const cuts = [0];
  for (const m of folded.matchAll(CLAUSE_BREAK)) {
    // "cancel 1 and 2 and refund": a conjunction between two IDs lists them, ends nothing.
    const listed = /^\s/u.test(m[0]) && /\d\s*$/u.test(folded.slice(0, m.index)) && /^\s*#?\d/u.test(folded.slice(m.index + m[0].length));
    if (!listed) cuts.push(m.index + m[0].length);
  }
  for (const m of folded.matchAll(/\n/g)) cuts.push(m.index + 1);
  cuts.sort((a, b) => a - b);
  cuts.push(folded.length + 1);

  type Token = { pos: number; id?: string; intent?: OrderIntent };
  const tokens: Token[] = [
    ...ids.map((m) => ({ pos: m.start, id: m.id })),
    ...hits.map((h) => ({ pos: h.start, intent: h.intent })),
  ].sort((a, b) => a.pos - b.pos);

  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? 0;
    const inside = tokens.filter((t) => t.pos >= from && t.pos < to);
    if (inside.length === 0) continue;
    const line = folded.slice(0, from).split('\n').length;
    const groups: Group[] = [];
    for (const t of inside) {
      const kind = t.id !== undefined ? 'ids' : 'words';
      let last = groups[groups.length - 1];
      if (!last || last.kind !== kind) {
        last = { kind, ids: [], intents: new Set() };
        groups.push(last);
      }
      if (t.id !== undefined) last.ids.push(t.id);
      if (t.intent !== undefined) last.intents.add(t.intent);
    }
    clauses.push({ line, groups });
  }
  return clauses;
}

const isOrphan = (c: Clause) => c.groups.every((g) => g.kind === 'ids');
const hasIds = (c: Clause) => c.groups.some((g) => g.kind === 'ids');
const wordsFirst = (c: Clause) => c.groups[0]?.kind === 'words';

export function assignIntents(folded: string, ids: IdMention[], hits: IntentHit[]): Assignment {
  const wanted = new Map<string, Set<OrderIntent>>();
  for (const m of ids) if (!wanted.has(m.id)) wanted.set(m.id, new Set());
  const give = (group: Group | undefined, intents: Iterable<OrderIntent>) => {
    for (const id of group?.ids ?? []) for (const i of intents) wanted.get(id)?.add(i);
  };
  let guessed = false;

  const distinct = new Set(hits.map((h) => h.intent));
  if (distinct.size === 1) {
    for (const set of wanted.values()) for (const i of distinct) set.add(i);
  } else if (distinct.size > 1) {
    const clauses = buildClauses(folded, ids, hits);
    const used = new Set<Clause>();
    // Inside a clause: each ID group takes the words on its own side.
    for (const c of clauses.filter((c) => hasIds(c) && !isOrphan(c))) {
      used.add(c);
      const g = c.groups;
      g.forEach((group, k) => {
        if (group.kind !== 'ids') return;
        const own = wordsFirst(c) ? g[k - 1] : g[k + 1];
        const fallback = wordsFirst(c) ? g[k + 1] : g[k - 1];
        give(group, (own ?? fallback)?.intents ?? []);
      });
      const tail = g[g.length - 1];
      if (wordsFirst(c) && tail?.kind === 'words' && g.length > 2) give(g[g.length - 2], tail.intents);
    }
    // Bare ID clauses: take the action of the clause that opens or closes them.
    const firstTokened = clauses[0];
    const trailingStyle = firstTokened !== undefined && !wordsFirst(firstTokened);
    clauses.forEach((c, k) => {
      if (!isOrphan(c)) return;
      const prev = clauses.slice(0, k).reverse().find((x) => !isOrphan(x));
      const next = clauses.slice(k + 1).find((x) => !isOrphan(x));
      const opens = prev !== undefined && (!hasIds(prev) || wordsFirst(prev));
      const closes = next !== undefined && (!hasIds(next) || !wordsFirst(next));
      let donor: Clause | undefined;
      if (opens && !closes) donor = prev;
      else if (closes && !opens) donor = next;
      else {
        guessed = true;
        donor = trailingStyle ? (next ?? prev) : (prev ?? next);
      }
      if (!donor) return;
      used.add(donor);
      const words = donor === prev ? [...donor.groups].reverse() : donor.groups;
      give(c.groups[0], words.find((x) => x.kind === 'words')?.intents ?? []);
    });
    // Words with no IDs of their own: the nearest IDs, same line first.
    clauses.forEach((c, k) => {
      if (used.has(c) || hasIds(c)) return;
      guessed = true;
      const before = clauses.slice(0, k).reverse().filter(hasIds);
      const after = clauses.slice(k + 1).filter(hasIds);
      const target =
        before.find((x) => x.line === c.line) ??
        after.find((x) => x.line === c.line) ??
        before[0] ??
        after[0];
      if (!target) return;
      const group = before.includes(target)
        ? [...target.groups].reverse().find((x) => x.kind === 'ids')
        : target.groups.find((x) => x.kind === 'ids');
      give(group, c.groups[0]?.intents ?? []);
    });
  }

  const byId = new Map<string, OrderIntent>();
  let merged = false;
  for (const [id, set] of wanted) {
    const pick = pickByPriority(set);
    if (set.size > 1) merged = true;
    if (pick) byId.set(id, pick);
  }
  return { byId, guessed, merged };
}

/**
 * The action words that ask: a refused one ("pas besoin de rembourser la 1, annulez-la")
 * is not asked for while another action is.
 */
export function askedHits(folded: string, hits: IntentHit[]): IntentHit[] {
  const { asks } = splitRefused(folded, hits);
  return asks.length > 0 ? asks : hits;
}
