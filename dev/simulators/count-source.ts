// A stand-in for "the link's count now" (followers, likes, views on a post or profile):
// GET /count?link=<url-encoded link> → {"count": N}. Tests set the counts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Faults, listenLoopback, sendJson, type Listening } from './http.js';

export interface CountSourceOptions {
  /** Link → current count. */
  counts?: Record<string, number>;
  latencyMs?: number;
  port?: number;
}

export interface CountSourceSim extends Listening {
  /** What to configure as the tenant's count source: `<url>/count?link={link}`. */
  urlTemplate: string;
  countPath: string;
  state: { counts: Map<string, number> };
  faults: Faults;
  failNext(n: number): void;
  setCount(link: string, count: number): void;
  /** The link becomes unknown (the count cannot be had). */
  forget(link: string): void;
  getCount(link: string): number | undefined;
}

export async function startCountSource(opts: CountSourceOptions = {}): Promise<CountSourceSim> {
  const faults = new Faults();
  faults.latencyMs = opts.latencyMs ?? 0;
  const state = { counts: new Map(Object.entries(opts.counts ?? {})) };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/count') return sendJson(res, 404, { error: 'not found' });
    faults.count('count');
    if (await faults.before()) return sendJson(res, 500, { error: 'internal error' });
    const count = state.counts.get(url.searchParams.get('link') ?? '');
    if (count === undefined) return sendJson(res, 404, { error: 'unknown link' });
    sendJson(res, 200, { count });
  };

  const listening = await listenLoopback(handler, opts.port);
  return {
    ...listening,
    urlTemplate: `${listening.url}/count?link={link}`,
    countPath: 'count',
    state,
    faults,
    failNext: (n) => faults.failNext(n),
    setCount: (link, count) => void state.counts.set(link, count),
    forget: (link) => void state.counts.delete(link),
    getCount: (link) => state.counts.get(link),
  };
}
