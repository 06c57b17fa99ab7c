// Failed authentication is rate limited per client address: guessing keys costs a caller
// 429s after a few misses, while a caller with a valid key is never slowed down. One table
// per app (per process in production).
import type { FastifyRequest } from 'fastify';
import { HttpError } from './error-handler.js';

const WINDOW_MS = 60_000;

export class AuthFailureLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly maxFailures = 20) {}

  /** Throws 429 when this address has failed too often within the window. */
  refuseIfTooMany(request: FastifyRequest, now = Date.now()): void {
    const entry = this.failures.get(request.ip);
    if (entry && now - entry.since < WINDOW_MS && entry.count >= this.maxFailures) {
      throw new HttpError(429, 'Too many failed authentication attempts; try again in a minute.');
    }
  }

  record(request: FastifyRequest, now = Date.now()): void {
    const entry = this.failures.get(request.ip);
    if (!entry || now - entry.since >= WINDOW_MS) this.failures.set(request.ip, { count: 1, since: now });
    else entry.count++;
    // Bounded memory: forget finished windows when the table grows.
    if (this.failures.size > 10_000) for (const [ip, e] of this.failures) if (now - e.since >= WINDOW_MS) this.failures.delete(ip);
  }
}
