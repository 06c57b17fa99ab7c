// Refuses, at the edge, any text PostgreSQL could not store (NUL, lone surrogates) in a path
// parameter, the query string or the body, with a 400 naming the field: such a value would
// otherwise be accepted and then fail inside a workflow, or end in a bare 500. Path and
// query are checked on arrival, before any route hook (the webhook's secret check) reads them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findUnstorable, type UnstorableField } from '../../infra/safe-text.js';
import { HttpError } from './error-handler.js';

export function registerSafeInput(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    refuse([...prefixed('params', req.params), ...prefixed('querystring', req.query)]);
  });
  app.addHook('preValidation', async (req: FastifyRequest) => {
    refuse(findUnstorable(req.body));
  });
}

function prefixed(context: string, value: unknown): UnstorableField[] {
  return findUnstorable(value).map((f) => ({ ...f, field: f.field ? `${context}.${f.field}` : context }));
}

function refuse(problems: UnstorableField[]): void {
  if (problems.length > 0) throw new HttpError(400, 'The request is not valid.', problems.map((p) => ({ ...p, field: p.field || 'body' })));
}
