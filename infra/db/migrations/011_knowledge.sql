-- A tenant's knowledge base. Retrieval works without any model: titles and bodies are
-- folded (lower case, accents removed) in the application and indexed with the 'simple'
-- text-search config, which does no language-specific stemming, so one index serves every
-- language. Embeddings, when an endpoint is configured, are stored beside the text with the
-- hash of the text they were made from, so an edited article is embedded again.
create table knowledge_articles (
  id             bigserial primary key,
  tenant_id      text not null references tenants(id) on delete cascade,
  title          text not null,
  body           text not null,
  language       text,
  tags           text[] not null default '{}',
  folded_title   text not null,
  folded_body    text not null,
  search         tsvector generated always as (
                   setweight(to_tsvector('simple'::regconfig, folded_title), 'A') ||
                   setweight(to_tsvector('simple'::regconfig, folded_body), 'B')) stored,
  embedding      real[],
  embedding_model text,
  embedded_hash  text,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now()
);
create index knowledge_articles_tenant on knowledge_articles (tenant_id, id);
create index knowledge_articles_search on knowledge_articles using gin (search);
