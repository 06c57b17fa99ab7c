// The guard at connection time: whatever was saved, the call itself refuses internal
// addresses, and a redirect to another origin never receives the tenant's key.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PerfectPanelClient } from '../../../activities/panel/perfect-panel.js';
import { setTenantUrlPolicy, tenantFetch, TenantUrlRefused } from '../../../infra/net/tenant-http.js';

interface Recorder { server: Server; url: string; seen: IncomingMessage[] }

async function listen(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<Recorder> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('tenant HTTP at connection time', () => {
  const loopbackAllowed = { allowPrivate: false, allowLoopback: true };
  let target: Recorder;
  before(async () => {
    target = await listen((_req, res) => res.end(JSON.stringify({ ok: true })));
  });
  after(() => {
    setTenantUrlPolicy(loopbackAllowed);
    target.server.close();
  });

  it('refuses a name that resolves to loopback, and an IP literal, before anything is sent', async () => {
    setTenantUrlPolicy({ allowPrivate: false, allowLoopback: false });
    const port = new URL(target.url).port;
    await assert.rejects(tenantFetch(`http://localhost:${port}/`), (err: Error) => {
      const cause = (err as { cause?: Error }).cause ?? err;
      return cause instanceof TenantUrlRefused && /resolves to .*loopback/.test(cause.message);
    });
    await assert.rejects(tenantFetch(`http://2130706433:${port}/`), TenantUrlRefused);
    await assert.rejects(tenantFetch(`http://[::ffff:127.0.0.1]:${port}/`), TenantUrlRefused);
    assert.equal(target.seen.length, 0, 'the loopback server received nothing');
    setTenantUrlPolicy(loopbackAllowed);
    const res = await tenantFetch(`http://localhost:${port}/`);
    assert.equal(res.status, 200);
    assert.equal(target.seen.length, 1, 'allowed explicitly, the same call goes through');
  });

  it('does not follow a panel redirect to another origin with the panel key', async () => {
    setTenantUrlPolicy(loopbackAllowed);
    const elsewhere = await listen((_req, res) => res.end('{}'));
    const panel = await listen((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/adminapi/v2/orders` });
      res.end();
    });
    try {
      const client = new PerfectPanelClient({ url: panel.url, apiKey: 'tenant-secret-key', timeoutMs: 5000 });
      await assert.rejects(client.getOrders(['1']), /another origin/);
      assert.ok(panel.seen.length >= 1, 'the panel itself was called');
      assert.equal(elsewhere.seen.length, 0, 'the other origin never saw the key');
    } finally {
      panel.server.close();
      elsewhere.server.close();
    }
  });

  it('follows a redirect within the same origin', async () => {
    setTenantUrlPolicy(loopbackAllowed);
    const site = await listen((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { location: '/new' });
        return res.end();
      }
      res.end(JSON.stringify({ at: req.url }));
    });
    try {
      const res = await tenantFetch(`${site.url}/old`);
      assert.deepEqual(await res.json(), { at: '/new' });
    } finally {
      site.server.close();
    }
  });
});
