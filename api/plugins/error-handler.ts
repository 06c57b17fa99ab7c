// The API's one error handler: validation → 400 with each field and its reason, known
// client errors keep their 4xx, Temporal's not-found → 404, everything else is logged with
// the request id and answered as a bare 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { WorkflowNotFoundError } from '@temporalio/client';

export class HttpError extends Error {
  constructor(
    public readonly statusCode: number,
    message: string,
    /** Field-level problems, in the same shape as validation errors. */
    public readonly issues?: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.status(400).send({
        error: 'Bad Request',
        message: 'The request is not valid.',
        issues: err.validation.map((v) => ({
          field: fieldName(err.validationContext, v.instancePath),
          message: v.message,
        })),
      });
    }
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send({ error: statusText(err.statusCode), message: err.message, ...(err.issues ? { issues: err.issues } : {}) });
    }
    if (err instanceof WorkflowNotFoundError) {
      return reply.status(404).send({ error: 'Not Found', message: 'No such request.' });
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, body too large, bad content type.
      return reply.status(err.statusCode).send({ error: statusText(err.statusCode), message: err.message });
    }
    request.log.error({ err, reqId: request.id }, 'unhandled error');
    return reply.status(500).send({ error: 'Internal Server Error', requestId: request.id });
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: 'Not Found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
}

function fieldName(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const where = context === 'body' || !context ? '' : `${context}.`;
  return `${where}${path}` || context || 'body';
}

function statusText(code: number): string {
  return (
    { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 503: 'Service Unavailable' }[code] ??
    'Error'
  );
}
