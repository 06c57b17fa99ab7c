// A write PostgreSQL refuses for what the data is (bad encoding, NUL, too long, out of range)
// fails the same way on every retry. Such a refusal becomes a non-retryable ApplicationFailure
// with a clear type, so the workflow records it and goes on instead of retrying forever; a
// connection or server problem stays a plain error and is retried.
import { ApplicationFailure } from '@temporalio/common';

/** The ApplicationFailure type a workflow branches on. */
export const DATA_REJECTED = 'DatabaseRejected';

// SQLSTATE class 22 (data exception) codes that no retry can fix.
const PERMANENT_CODES: Record<string, string> = {
  '22021': 'invalid byte sequence for the encoding',
  '22P05': 'untranslatable character',
  '22001': 'string too long',
  '22003': 'number out of range',
  '22P02': 'invalid text representation',
  '22007': 'invalid date/time format',
  '22008': 'date/time out of range',
  '22023': 'invalid parameter value',
  '22025': 'invalid escape sequence',
  '54000': 'value too large',
};

/** The refusal as a non-retryable failure, or the error unchanged when a retry may help. */
export function classifyDbError(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code in PERMANENT_CODES)) return err;
  const message = (err as Error).message;
  return ApplicationFailure.create({
    type: DATA_REJECTED,
    nonRetryable: true,
    message: `PostgreSQL refused the data (${code}, ${PERMANENT_CODES[code]}): ${message}`,
    details: [{ code }],
  });
}

/** The same activities, each turning a permanent data refusal into a non-retryable failure. */
export function failFastOnRejectedData<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] = async (...args: never[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        throw classifyDbError(err);
      }
    };
  }
  return wrapped as T;
}
