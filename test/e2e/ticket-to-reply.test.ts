// The whole service as a user runs it: `npm start`'s entry in its own process (embedded
// PostgreSQL, the Temporal dev server, worker, API, simulators), driven over real HTTP.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { allocatePorts, startServiceProcess, type ServicePorts, type ServiceProcess } from '../helpers/service-process.js';
import { DEMO_ORDERS_GUIDE } from '../../dev/simulators/index.js';

describe('end to end: a ticket becomes workflows, decisions and one reply', function () {
  this.timeout(300_000);
  let dataDir: string;
  let ports: ServicePorts;
  let svc: ServiceProcess | null = null;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-e2e-'));
    ports = await allocatePorts();
    svc = await startServiceProcess(dataDir, ports);
  });
  after(async () => {
    if (svc) await svc.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  const api = async (path: string, init: RequestInit = {}, key = svc!.demoKey) => {
    const res = await fetch(`${svc!.apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  const waitForReply = async (conversationId: string, count = 1) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body } = await api(`/v1/conversations/${conversationId}`);
      if (body.replies?.length >= count) return body;
      if (Date.now() > deadline) throw new Error(`no reply in time: ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  let refillConversation = '';

  it('prints the four lines and answers /health and /docs/json', async () => {
    assert.match(svc!.apiUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(svc!.temporalUiUrl, /^http:\/\/127\.0\.0\.1:\d+/);
    assert.match(svc!.output(), /Swagger UI:\s+http:\/\/127\.0\.0\.1:\d+\/docs/);
    const health = await fetch(`${svc!.apiUrl}/health`);
    assert.equal(health.status, 200);
    const doc = (await (await fetch(`${svc!.apiUrl}/docs/json`)).json()) as { openapi: string; paths: object };
    assert.match(doc.openapi, /^3\./);
    assert.ok('/v1/tickets' in doc.paths);
    const ui = await fetch(svc!.temporalUiUrl);
    assert.equal(ui.status, 200, 'the Temporal Web UI answers');
  });

  it('decides a refill for every demo order by the rulebook and answers in one reply', async () => {
    const ids = Object.keys(DEMO_ORDERS_GUIDE);
    const accepted = await api('/v1/tickets', { method: 'POST', body: JSON.stringify({ customer: 'alice', text: `refill ${ids.join(', ')}` }) });
    assert.equal(accepted.status, 202);
    refillConversation = accepted.body.conversationId;
    const conv = await waitForReply(refillConversation);
    const byOrder = new Map(conv.requests.map((r: any) => [r.orderId, r]));
    for (const id of ids) {
      const r: any = byOrder.get(id);
      assert.ok(r, `a request for order ${id}`);
      assert.equal(r.decision, DEMO_ORDERS_GUIDE[id]!.decisions.refill, `order ${id}: ${DEMO_ORDERS_GUIDE[id]!.what}`);
    }
    assert.equal(conv.replies.length, 1, 'one reply for one message');
    // 1001 may already be open from the seeded demo ticket; 1009 is this message's own.
    assert.match(conv.replies[0].text, /1009/);
    assert.match(conv.replies[0].text, /100 missing/, 'the reply quotes the drop of order 1009');
  });

  it('answers not found and not owned with the same words', async () => {
    const mine = await api('/v1/tickets', { method: 'POST', body: JSON.stringify({ customer: 'alice', text: 'status 1013' }) });
    const missing = await api('/v1/tickets', { method: 'POST', body: JSON.stringify({ customer: 'alice', text: 'status 1099' }) });
    const a = await waitForReply(mine.body.conversationId);
    const b = await waitForReply(missing.body.conversationId);
    assert.equal(a.requests[0].decision, 'order.not_owned');
    assert.equal(b.requests[0].decision, 'order.not_found');
    assert.equal(a.replies[0].text.replace('1013', 'N'), b.replies[0].text.replace('1099', 'N'));
  });

  it('joins a second message about an open request instead of opening another', async () => {
    const again = await api('/v1/tickets', { method: 'POST', body: JSON.stringify({ customer: 'alice', text: 'refill 1001 please!!' }) });
    const conv = await waitForReply(again.body.conversationId);
    assert.equal(conv.requests.length, 1);
    assert.equal(conv.requests[0].joined, true);
    const first = await api(`/v1/conversations/${refillConversation}`);
    const original: any = first.body.requests.find((r: any) => r.orderId === '1001');
    assert.equal(conv.requests[0].id, original.id, 'the same request');
  });

  it('makes every request findable in Temporal by tenant, order and intent', async () => {
    const connection = await Connection.connect({ address: svc!.temporalAddress });
    try {
      const client = new Client({ connection });
      const deadline = Date.now() + 20_000;
      let found: string[] = [];
      while (Date.now() < deadline) {
        found = [];
        for await (const wf of client.workflow.list({ query: `TenantId = "demo" AND OrderId = "1001" AND Intent = "refill"` })) found.push(wf.workflowId);
        if (found.length) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.equal(found.length, 1);
      assert.match(found[0]!, /^SupportRequest:demo:1001:refill:/);
    } finally {
      await connection.close();
    }
  });

  it('keeps the tenant and its requests across a stop and a start', async () => {
    const code = await svc!.interrupt();
    assert.equal(code, 0, `clean exit on Ctrl-C:\n${svc!.output()}`);
    const key = svc!.demoKey;
    svc = await startServiceProcess(dataDir, ports);
    assert.equal(svc.demoKey, key, 'the same demo key');
    const conv = await api(`/v1/conversations/${refillConversation}`);
    assert.equal(conv.status, 200);
    assert.equal(conv.body.requests.find((r: any) => r.orderId === '1001').decision, 'refill.forward');
  });
});
