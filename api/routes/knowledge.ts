// The tenant's knowledge-base articles (SPEC 10.2): the answers to `other` questions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerSecurity, requireTenant, tenantOf } from '../plugins/auth.js';
import { HttpError } from '../plugins/error-handler.js';
import { errorResponses } from '../schemas/common.js';
import { ArticleBodySchema, ArticleIdParamsSchema, ArticleSchema } from '../schemas/knowledge.js';
import { createArticle, deleteArticle, listArticles, updateArticle } from '../../infra/knowledge/articles.js';

const NO_ARTICLE = 'No such article.';

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTenant);
  const { sql } = app.deps;

  app.post('/knowledge/articles', {
    schema: { tags: ['knowledge'], summary: 'Add an article', security: bearerSecurity, body: ArticleBodySchema, response: { 201: z.object({ id: z.string() }), ...errorResponses } },
  }, async (req, reply) => {
    const id = await createArticle(sql, tenantOf(req).id, req.body);
    return reply.status(201).send({ id });
  });

  app.get('/knowledge/articles', {
    schema: { tags: ['knowledge'], summary: 'All articles', security: bearerSecurity, response: { 200: z.object({ articles: z.array(ArticleSchema) }), ...errorResponses } },
  }, async (req) => ({ articles: await listArticles(sql, tenantOf(req).id) }));

  app.put('/knowledge/articles/:id', {
    schema: { tags: ['knowledge'], summary: 'Replace an article', security: bearerSecurity, params: ArticleIdParamsSchema, body: ArticleBodySchema, response: { 200: ArticleSchema, ...errorResponses } },
  }, async (req) => {
    const article = await updateArticle(sql, tenantOf(req).id, req.params.id, req.body);
    if (!article) throw new HttpError(404, NO_ARTICLE);
    return article;
  });

  app.delete('/knowledge/articles/:id', {
    schema: { tags: ['knowledge'], summary: 'Delete an article', security: bearerSecurity, params: ArticleIdParamsSchema, response: { 204: z.null(), ...errorResponses } },
  }, async (req, reply) => {
    if (!(await deleteArticle(sql, tenantOf(req).id, req.params.id))) throw new HttpError(404, NO_ARTICLE);
    return reply.status(204).send(null);
  });
};
