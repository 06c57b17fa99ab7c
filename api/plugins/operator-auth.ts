// Secrets of the operator, for calls no tenant may make: the operator key (OPERATOR_API_KEY)
// and the codec endpoint's token. Compared in constant time; no secret configured means the
// routes answer 404 as if absent. Failed attempts count towards the per-address limit.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './error-handler.js';

/** The token of `Authorization: Bearer <token>`, if the header has that shape. */
export function bearerToken(request: FastifyRequest): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** An onRequest hook admitting requests that present `secret` (by default as a bearer token). */
export function requireSecret(secret: string | null, what: string, presented: (request: FastifyRequest) => string | undefined = bearerToken) {
  const expected = secret ? sha256(secret) : null;
  return async (request: FastifyRequest): Promise<void> => {
    if (!expected) throw new HttpError(404, 'Not found.');
    request.server.authFailures.refuseIfTooMany(request);
    const given = presented(request);
    if (given === undefined || !timingSafeEqual(sha256(given), expected)) {
      request.server.authFailures.record(request);
      throw new HttpError(401, `Missing or wrong ${what}.`);
    }
  };
}

export function requireOperator(operatorKey: string | null) {
  return requireSecret(operatorKey, 'operator key');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
