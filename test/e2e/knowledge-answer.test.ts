// The owner adds an article through the API; a customer's ticket asking what it answers is
// answered from it by the running service (API, worker, Temporal, PostgreSQL as processes).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../helpers/eventually.js';
import { allocatePorts, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';

describe('end to end: a question answered from the knowledge base', function () {
  this.timeout(300_000);
  let dataDir: string;
  let svc: ServiceProcess;

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${svc.apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${svc.demoKey}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });
  const settled = (conversationId: string) =>
    eventually(`conversation ${conversationId} answered`, async () => {
      const { body } = await api(`/v1/conversations/${conversationId}`);
      const r = body.requests?.[0];
      const replies = body.replies as Array<{ text: string }> | undefined;
      return r && r.decision && replies?.length ? { request: r, replies } : null;
    });

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-e2e-knowledge-'));
    svc = await startServiceProcess(dataDir, await allocatePorts());
  });
  after(async () => {
    await svc?.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers "how can I pay with USDT?" from the article the owner added, and escalates what no article covers', async () => {
    const added = await post('/v1/knowledge/articles', {
      title: 'Paying with USDT',
      body: 'We accept USDT on the TRC-20 network: open Add funds, choose USDT and send the amount to the address shown.',
      language: 'en',
    });
    assert.equal(added.status, 201);

    const asked = await post('/v1/tickets', { customer: 'alice', text: 'how can I pay with USDT?' });
    const { request, replies } = await settled(asked.body.conversationId);
    assert.equal(request.decision, 'other.answer');
    assert.match(replies[0]!.text, /TRC-20/, 'the article is cited in the reply');
    const timeline = (await api(`/v1/requests/${request.id}`)).body.timeline as Array<{ kind: string; detail: any }>;
    const searched = timeline.find((e) => e.kind === 'knowledge_searched');
    assert.equal(searched?.detail.articleId, added.body.id);

    const other = await post('/v1/tickets', { customer: 'alice', text: 'can you design a logo for my shop?' });
    const unanswered = await settled(other.body.conversationId);
    assert.equal(unanswered.request.decision, 'other.escalate');
    assert.doesNotMatch(unanswered.replies[0]!.text, /TRC-20/);
  });
});
