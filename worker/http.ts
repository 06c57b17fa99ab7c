// The worker's own small HTTP server: /livez (the process answers), /readyz (the worker polls
// Temporal and the database answers; 503 while starting or stopping) and /metrics (the
// product's metrics and the SDK's, in Prometheus text).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from '../infra/metrics.js';

export interface WorkerProbe {
  ready(): Promise<boolean>;
  sdkMetricsUrl: string;
}

export async function startWorkerHttp(host: string, port: number, probe: WorkerProbe): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET') {
        res.writeHead(405).end();
      } else if (req.url === '/livez') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (req.url === '/readyz') {
        const ok = await probe.ready().catch(() => false);
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
      } else if (req.url === '/metrics') {
        const sdk = await fetch(probe.sdkMetricsUrl, { signal: AbortSignal.timeout(2000) }).then((r) => r.text()).catch(() => '');
        res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(`${await metricsRegistry.metrics()}\n${sdk}`);
      } else {
        res.writeHead(404).end();
      }
    })().catch(() => res.writeHead(500).end());
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const addr = server.address() as AddressInfo;
  return { server, url: `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}` };
}
