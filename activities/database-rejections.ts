// A write our own database refuses for its data (a NUL in a text, a value out of range, a
// broken constraint) fails the same way on every retry: such an activity fails at once,
// non-retryably, and the workflow records the refusal and goes on. Outages stay transient.
import { ApplicationFailure } from '@temporalio/common';

/** SQLSTATE classes about the data itself: 22 data exception, 23 integrity, 54 limits. */
const PERMANENT_CLASSES = ['22', '23', '54'];

export function asDatabaseRejection(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.length === 5 && PERMANENT_CLASSES.includes(code.slice(0, 2))) {
    return ApplicationFailure.create({ type: 'DatabaseRejected', message: `the database refused the data (${code}): ${(err as Error).message}`, nonRetryable: true });
  }
  return err;
}

/** The same activities, with database refusals made non-retryable. */
export function refusingBadData<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] = async (...args: never[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        throw asDatabaseRejection(err);
      }
    };
  }
  return wrapped as T;
}
