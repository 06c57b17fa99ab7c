// The operator's own key (OPERATOR_API_KEY), for calls no tenant may make. Compared in
// constant time; no key configured means these routes answer 404 as if absent.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './error-handler.js';

export function requireOperator(operatorKey: string | null) {
  const expected = operatorKey ? createHash('sha256').update(operatorKey).digest() : null;
  return async (request: FastifyRequest): Promise<void> => {
    if (!expected) throw new HttpError(404, 'Not found.');
    request.server.authFailures.refuseIfTooMany(request);
    const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const given = createHash('sha256').update(m?.[1] ?? '').digest();
    if (!m || !timingSafeEqual(given, expected)) {
      request.server.authFailures.record(request);
      throw new HttpError(401, 'Missing or wrong operator key.');
    }
  };
}
