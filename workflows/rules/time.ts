// Instants as the rules receive them (ISO strings or epoch milliseconds), read the same way
// on every machine: a time written without a zone is UTC, never the host's local time.
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const DATE_TIME_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** Epoch milliseconds of an ISO string or a number of milliseconds; throws on anything else. */
export function toEpochMs(time: string | number): number {
  if (typeof time === 'number') {
    if (Number.isFinite(time)) return time;
    throw new RangeError(`not a time: ${time}`);
  }
  let iso = time.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T');
  if (DATE_TIME_WITHOUT_ZONE.test(iso)) iso += 'Z';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${JSON.stringify(time)}`);
  return ms;
}
