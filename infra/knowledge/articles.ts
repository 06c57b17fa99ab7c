// A tenant's knowledge-base articles: the store the API writes and retrieval reads. Every
// query is scoped by tenant; an article ID of another tenant is simply not found.
import type { Sql } from '../db/database.js';
import { foldForSearch } from './fold.js';

export interface ArticleInput {
  title: string;
  body: string;
  language?: string | null;
  tags?: string[];
}

export interface Article {
  id: string;
  title: string;
  body: string;
  language: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

interface ArticleRow {
  id: string;
  title: string;
  body: string;
  language: string | null;
  tags: string[];
  created_at: Date;
  updated_at: Date;
}

const ID = /^\d{1,18}$/;

export async function createArticle(sql: Sql, tenantId: string, input: ArticleInput): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into knowledge_articles (tenant_id, title, body, language, tags, folded_title, folded_body)
    values (${tenantId}, ${input.title}, ${input.body}, ${input.language ?? null}, ${input.tags ?? []},
            ${foldForSearch(input.title)}, ${foldForSearch(`${input.body} ${(input.tags ?? []).join(' ')}`)})
    returning id::text`;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function listArticles(sql: Sql, tenantId: string): Promise<Article[]> {
  const rows = await sql<ArticleRow[]>`
    select id::text, title, body, language, tags, created_at, updated_at
    from knowledge_articles where tenant_id = ${tenantId} order by id`;
  return rows.map(toArticle);
}

export async function readArticle(sql: Sql, tenantId: string, id: string): Promise<Article | null> {
  if (!ID.test(id)) return null;
  const [row] = await sql<ArticleRow[]>`
    select id::text, title, body, language, tags, created_at, updated_at
    from knowledge_articles where tenant_id = ${tenantId} and id = ${id}`;
  return row ? toArticle(row) : null;
}

/** Replaces an article's content; null when the tenant has no such article. */
export async function updateArticle(sql: Sql, tenantId: string, id: string, input: ArticleInput): Promise<Article | null> {
  if (!ID.test(id)) return null;
  const [row] = await sql<ArticleRow[]>`
    update knowledge_articles set title = ${input.title}, body = ${input.body}, language = ${input.language ?? null},
      tags = ${input.tags ?? []}, folded_title = ${foldForSearch(input.title)},
      folded_body = ${foldForSearch(`${input.body} ${(input.tags ?? []).join(' ')}`)}, updated_at = now()
    where tenant_id = ${tenantId} and id = ${id}
    returning id::text, title, body, language, tags, created_at, updated_at`;
  return row ? toArticle(row) : null;
}

export async function deleteArticle(sql: Sql, tenantId: string, id: string): Promise<boolean> {
  if (!ID.test(id)) return false;
  const rows = await sql`delete from knowledge_articles where tenant_id = ${tenantId} and id = ${id} returning id`;
  return rows.length > 0;
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    language: row.language,
    tags: row.tags,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
