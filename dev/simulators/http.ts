// Plumbing shared by the loopback simulators: a server bound to 127.0.0.1, body parsing,
// JSON answers, and the fault knobs tests use (failures, latency, request counts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

/** Starts an HTTP server on 127.0.0.1 (port 0 = any free port). */
export async function listenLoopback(handler: Handler, port = 0): Promise<Listening> {
  const server = createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      // A simulator bug should look like a server error to the client, not hang it.
      if (!res.headersSent) sendJson(res, 500, { error: String(err) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Form or JSON body (and the query string) as flat string parameters. */
export async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, string>> {
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  const body = await readBody(req);
  if (!body) return params;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [k, v] of Object.entries(parsed)) {
        params[k] = typeof v === 'string' ? v : JSON.stringify(v);
      }
    }
    return params;
  }
  return { ...params, ...Object.fromEntries(new URLSearchParams(body)) };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Knobs every simulator shares: failing the next requests, added latency, counting. */
export class Faults {
  latencyMs = 0;
  /** Latency for one route only (as counted), e.g. to hold one call while a test kills its caller. */
  readonly routeLatencyMs: Record<string, number> = {};
  private failing = 0;
  readonly requestCounts: Record<string, number> = {};

  failNext(n: number): void {
    this.failing = n;
  }

  count(route: string): void {
    this.requestCounts[route] = (this.requestCounts[route] ?? 0) + 1;
  }

  resetCounts(): void {
    for (const key of Object.keys(this.requestCounts)) delete this.requestCounts[key];
  }

  totalRequests(): number {
    return Object.values(this.requestCounts).reduce((a, b) => a + b, 0);
  }

  /** Applies latency; true when this request must fail with a 500. */
  async before(route?: string): Promise<boolean> {
    const latency = (route !== undefined ? this.routeLatencyMs[route] : undefined) ?? this.latencyMs;
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    if (this.failing > 0) {
      this.failing -= 1;
      return true;
    }
    return false;
  }
}

/** A clock that starts at `start` and runs at real speed, so seeded ages stay coherent. */
export function clockFrom(start: Date | undefined): () => Date {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
