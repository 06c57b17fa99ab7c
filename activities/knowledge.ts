// Answering `other` questions from the tenant's knowledge base (SPEC 10.2). Retrieval needs
// no model: PostgreSQL full-text search over folded text with the 'simple' config and
// prefix matches of crude stems, scored by how many of the question's subject words an
// article covers. With an embeddings endpoint configured, cosine similarity of stored
// embeddings joins in (the better of the two scores counts). Article text and questions are
// data only: nothing here is read by a model as instructions, and the tenant scopes every query.
import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import type { Sql } from '../infra/db/database.js';
import { searchTerms, stem } from '../infra/knowledge/fold.js';
import { readTenantSettings } from '../infra/tenants/settings.js';

export interface EmbeddingsEndpoint {
  baseURL: string;
  apiKey: string;
  model: string;
}

export interface KnowledgeDeps {
  sql: Sql;
  embeddings: EmbeddingsEndpoint | null;
  timeoutMs?: number;
  log?: (message: string, meta: Record<string, unknown>) => void;
}

export type KnowledgeAnswer =
  | { decision: 'other.answer'; articleId: string; title: string; text: string; score: number }
  | { decision: 'other.escalate'; score: number };

export interface KnowledgeQuestion {
  tenantId: string;
  question: string;
  /** The customer's language; an article in it wins a tie. */
  language: string;
}

interface Candidate {
  id: string;
  title: string;
  body: string;
  language: string | null;
  folded_title: string;
  folded_body: string;
  embedding: number[] | null;
  embedded_hash: string | null;
}

const MAX_ANSWER_CHARS = 3000;
const MAX_ARTICLES_EMBEDDED = 500;

export function createKnowledgeActivities(deps: KnowledgeDeps) {
  const { sql } = deps;
  const log = deps.log ?? (() => {});

  async function lexicalCandidates(tenantId: string, stems: string[]): Promise<Candidate[]> {
    if (stems.length === 0) return [];
    // Stems hold letters and digits only, so the query string cannot carry tsquery syntax.
    const query = stems.map((s) => `${s}:*`).join(' | ');
    return sql<Candidate[]>`
      select id::text, title, body, language, folded_title, folded_body, embedding, embedded_hash
      from knowledge_articles
      where tenant_id = ${tenantId} and search @@ to_tsquery('simple', ${query})
      order by ts_rank(search, to_tsquery('simple', ${query})) desc, id
      limit 20`;
  }

  async function semanticScores(tenantId: string, question: string): Promise<Map<string, { score: number; row: Candidate }>> {
    const out = new Map<string, { score: number; row: Candidate }>();
    if (!deps.embeddings) return out;
    const endpoint = deps.embeddings;
    const client = new OpenAI({ baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, timeout: deps.timeoutMs ?? 10_000, maxRetries: 1 });
    try {
      const rows = await sql<Candidate[]>`
        select id::text, title, body, language, folded_title, folded_body, embedding, embedded_hash
        from knowledge_articles where tenant_id = ${tenantId} order by id limit ${MAX_ARTICLES_EMBEDDED}`;
      const stale = rows.filter((r) => r.embedded_hash !== contentHash(r, endpoint.model));
      if (stale.length > 0) {
        const made = await client.embeddings.create({ model: endpoint.model, input: stale.map((r) => `${r.title}\n${r.body}`) });
        for (const [i, row] of stale.entries()) {
          const vector = made.data[i]?.embedding;
          if (!vector) continue;
          row.embedding = vector;
          // Guarded by the hash it was made from: an edit in between keeps the article stale.
          await sql`
            update knowledge_articles set embedding = ${vector}, embedding_model = ${endpoint.model},
              embedded_hash = ${contentHash(row, endpoint.model)}
            where id = ${row.id} and tenant_id = ${tenantId} and title = ${row.title} and body = ${row.body}`;
        }
      }
      const asked = (await client.embeddings.create({ model: endpoint.model, input: question })).data[0]?.embedding;
      if (!asked) return out;
      for (const row of rows) if (row.embedding) out.set(row.id, { score: cosine(asked, row.embedding), row });
    } catch (err) {
      log('knowledge embeddings unavailable, full-text search only', { error: err instanceof Error ? err.message : String(err) });
    }
    return out;
  }

  return {
    async answerFromKnowledge(input: KnowledgeQuestion): Promise<KnowledgeAnswer> {
      const settings = await readTenantSettings(sql, input.tenantId);
      const stems = [...new Set(searchTerms(input.question).map(stem))];
      const scored = new Map<string, { score: number; row: Candidate }>();
      for (const row of await lexicalCandidates(input.tenantId, stems)) {
        scored.set(row.id, { score: coverage(stems, row), row });
      }
      for (const [id, semantic] of await semanticScores(input.tenantId, input.question)) {
        const lexical = scored.get(id);
        if (!lexical || semantic.score > lexical.score) scored.set(id, semantic);
      }
      const language = input.language.toLowerCase().split(/[-_]/)[0];
      let best: { score: number; row: Candidate } | null = null;
      for (const entry of scored.values()) {
        // Same score, the article in the customer's language wins; another language loses a little.
        const adjusted = entry.row.language && entry.row.language !== language ? entry.score * 0.95 : entry.score;
        if (!best || adjusted > best.score) best = { score: adjusted, row: entry.row };
      }
      const score = round(best?.score ?? 0);
      if (!best || score < settings.knowledgeMinScore) return { decision: 'other.escalate', score };
      const text = `${best.row.title}\n\n${best.row.body}`.slice(0, MAX_ANSWER_CHARS);
      return { decision: 'other.answer', articleId: best.row.id, title: best.row.title, text, score };
    },
  };
}

/** The share of the question's stems that begin some word of the article. */
function coverage(stems: string[], row: Candidate): number {
  if (stems.length === 0) return 0;
  const words = new Set(`${row.folded_title} ${row.folded_body}`.split(' '));
  let matched = 0;
  for (const s of stems) {
    for (const w of words) {
      if (w.startsWith(s)) {
        matched += 1;
        break;
      }
    }
  }
  return matched / stems.length;
}

function cosine(a: number[], b: number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? Math.max(0, dot / Math.sqrt(na * nb)) : 0;
}

function contentHash(row: { title: string; body: string }, model: string): string {
  return createHash('sha256').update(`${model}\n${row.title}\n${row.body}`).digest('hex');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

