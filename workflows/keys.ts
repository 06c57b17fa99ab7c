// Idempotency keys for a workflow's side effects (timeline events, notices, replies). One
// counter per workflow, carried in the continued input, so a key is never reused: not by a
// retry (the same call keeps its key) and not after continue-as-new (the count goes on).
export class KeySequence {
  constructor(
    private readonly scope: string,
    private seq = 0,
  ) {}

  /** A fresh key, e.g. `escalated:512:7`. */
  next(kind: string): string {
    return `${kind}:${this.scope}:${this.seq++}`;
  }

  /** What to carry into the next run. */
  get carried(): number {
    return this.seq;
  }
}
