// Reads "the link's count now" from the tenant's count source: a GET to a URL template with
// {link} in it, answering JSON with the count at a dotted path (e.g. `count`, `data.followers`).
import { tenantFetch } from '../infra/net/tenant-http.js';

export interface CountSourceConfig {
  /** e.g. https://counts.example/count?link={link} */
  urlTemplate: string;
  /** Dotted path to the count in the JSON answer. */
  countPath: string;
}

export interface CountSourceOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The count, or null when the source cannot say (unknown link, any 4xx, no number at the
 * path). Transient trouble (5xx, 429, network, timeout) throws a plain Error so the caller
 * can retry before settling for "unknown".
 */
export async function readLinkCount(
  cfg: CountSourceConfig,
  link: string,
  opts: CountSourceOptions = {},
): Promise<number | null> {
  const url = cfg.urlTemplate.split('{link}').join(encodeURIComponent(link));
  let res: Response;
  try {
    res = await (opts.fetch ?? tenantFetch)(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new Error(`count source: ${timedOut ? 'timed out' : String(err)}`);
  }
  if (res.status === 429 || res.status >= 500) throw new Error(`count source: HTTP ${res.status}`);
  if (!res.ok) return null;
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    return null;
  }
  return countAt(json, cfg.countPath);
}

function countAt(json: unknown, path: string): number | null {
  let value: unknown = json;
  for (const part of path.split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
}
