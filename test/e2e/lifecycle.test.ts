// The lifecycle as a panel owner sees it: the service runs as its own process, this test
// plays the panel, the provider, the count source and Telegram (simulators on loopback),
// and everything goes through the public API.
import assert from 'node:assert/strict';
import { eventually } from '../helpers/eventually.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatePorts, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';
import { startSimulators, type Simulators } from '../../dev/simulators/index.js';
import { startTelegramSimulator, type TelegramSimulator } from '../../dev/simulators/telegram.js';

const BOT = '700100:AAlifecycleTestTokenForTheShopBot';
const PROVIDER_CHAT = '-1007001';
const ADMIN_CHAT = '-1009009';

describe('end to end: dispatch, tracking, resolution and escalation', function () {
  this.timeout(300_000);
  let dataDir: string;
  let svc: ServiceProcess;
  let sims: Simulators;
  let tg: TelegramSimulator;

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${svc.apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${svc.demoKey}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const put = (path: string, body: unknown) => api(path, { method: 'PUT', body: JSON.stringify(body) });
  const ticket = async (text: string) => (await api('/v1/tickets', { method: 'POST', body: JSON.stringify({ customer: 'alice', text }) })).body.conversationId as string;
  const requestOf = async (conversationId: string, state?: string) =>
    eventually(`conversation ${conversationId} ${state ?? ''}`, async () => {
      const { body } = await api(`/v1/conversations/${conversationId}`);
      const r = body.requests?.[0];
      return r && (!state || r.state === state) ? { request: r, replies: body.replies as Array<{ text: string }> } : null;
    });

  before(async () => {
    sims = await startSimulators({ autoCompleteRefillMs: 1500, autoCompleteCancelMs: 1500 });
    // Tickets are this test's to write: the seeded demo ticket would race the scenarios below.
    sims.panel.state.tickets.clear();
    tg = await startTelegramSimulator({ bots: [BOT] });
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-e2e-life-'));
    svc = await startServiceProcess(dataDir, await allocatePorts(), { TELEGRAM_API_ROOT: tg.url });
    // Point the demo tenant at this test's world, with timings of seconds.
    assert.equal((await put('/v1/panel', sims.config.panel)).status, 200);
    assert.equal((await put(`/v1/providers/${sims.config.providerName}`, { dispatch: 'api', api: sims.config.provider, telegram: { chatId: PROVIDER_CHAT } })).status, 200);
    assert.equal((await put('/v1/count-source', sims.config.countSource)).status, 200);
    assert.equal((await put('/v1/channels/telegram', { token: BOT, mode: 'polling', adminChatId: ADMIN_CHAT })).status, 200);
    const settings = await api('/v1/settings', { method: 'PATCH', body: JSON.stringify({ trackingIntervalSeconds: 1, followUpAfterSeconds: 3600, ticketPollSeconds: 1 }) });
    assert.equal(settings.status, 200);
  });
  after(async () => {
    await svc?.interrupt();
    await sims?.close();
    await tg?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refill: forwarded through the provider API, the count comes back, the customer is told', async () => {
    // The seeded demo ticket (orders 1001 and 1005) is handled at start too: these scenarios use other orders.
    const conv = await ticket('refill 1012 please, followers dropped');
    const { request } = await requestOf(conv, 'resolved');
    // The state is recorded before the customer is told: the resolution reply follows it.
    const replies = await eventually('the resolution reply', async () => {
      const r = (await api(`/v1/conversations/${conv}`)).body.replies as Array<{ text: string }>;
      return r.length >= 2 ? r : null;
    });
    assert.equal(request.decision, 'refill.forward');
    const refills = sims.provider.actionsNamed('refill').filter((a) => a.params.order === '88134');
    assert.equal(refills.length, 1, 'one refill request to the provider, by its own order ID');
    assert.equal(replies.length, 2, 'the decision, then the resolution');
    assert.match(replies[1]!.text, /1012/);
    const detail = (await api(`/v1/requests/${request.id}`)).body;
    const kinds = detail.timeline.map((e: { kind: string }) => e.kind);
    for (const k of ['decided', 'dispatched', 'acknowledged', 'monitoring', 'checked', 'resolved']) assert.ok(kinds.includes(k), `${k} on the timeline`);
  });

  it('cancel: the provider cancels, the panel shows it, the customer is told', async () => {
    const conv = await ticket('cancel 1014');
    const { request, replies } = await requestOf(conv, 'resolved');
    assert.equal(request.decision, 'cancel.forward');
    assert.equal(sims.provider.actionsNamed('cancel').filter((a) => (a.params.orders ?? a.params.order) === '88136').length, 1);
    assert.match(replies.at(-1)!.text, /1014/);
  });

  it('speed-up: asked in the provider\'s chat, resolved when the order moves', async () => {
    const conv = await ticket('speed up 1015 its too slow');
    const asked = await eventually('a message in the provider chat', async () => tg.sent(BOT, PROVIDER_CHAT).find((m) => /88137/.test(m.text ?? '')));
    assert.match(asked.text ?? '', /speed/i);
    const externalId = '88137';
    const before = sims.provider.state.orders.get(externalId)!;
    sims.provider.updateOrder(externalId, { remains: Math.max(0, before.remains - 100), status: 'In progress' });
    const { request } = await requestOf(conv, 'resolved');
    assert.equal(request.decision, 'speed_up.forward');
  });

  it('escalation: listed with its context, announced in the admin chat, decided through the API', async () => {
    const conv = await ticket('I want a refund for 1003');
    const { request } = await requestOf(conv, 'escalated');
    assert.equal(request.decision, 'refund.escalate');
    const list = (await api('/v1/escalations')).body.escalations;
    const mine = list.find((e: { requestId: string }) => e.requestId === request.id);
    assert.ok(mine, 'listed');
    assert.match(mine.messages.map((m: { text: string }) => m.text).join('\n'), /refund for 1003/);
    assert.equal(mine.order.id, '1003', 'with the order as it was read');
    await eventually('the admin chat notice', async () => tg.sent(BOT, ADMIN_CHAT).find((m) => (m.text ?? '').includes(request.id)));

    const decide = (requestId: string, body: unknown) => api(`/v1/escalations/${requestId}/decision`, { method: 'POST', body: JSON.stringify(body) });
    const bogus = await decide(request.id, { action: 'explode' });
    assert.equal(bogus.status, 400);
    assert.equal(bogus.body.issues[0].field, 'action');
    const empty = await decide(request.id, { action: 'reply' });
    assert.equal(empty.status, 400);
    assert.equal((await decide('999999999', { action: 'resolve' })).status, 404);
    const resolvedRefill = (await requestOf(await ticket('status 1002'))).request;
    const notEscalated = await decide(resolvedRefill.id, { action: 'resolve' });
    assert.equal(notEscalated.status, 409, 'a request that is not waiting for a decision refuses one');

    const done = await decide(request.id, { action: 'resolve', message: 'We refunded it to your balance.' });
    assert.equal(done.status, 200);
    assert.equal(done.body.state, 'resolved');
    await eventually('the staff reply', async () => {
      const { replies } = await requestOf(conv, 'resolved');
      return /refunded it to your balance/.test(replies.at(-1)?.text ?? '') || null;
    });
  });

  it('panel ticket: one answer in the ticket for both orders, then each resolution, nothing twice', async () => {
    const ticketId = sims.panel.addTicket('alice', 'Problems', 'refill 1016, cancel 1011');
    const staffMessages = () => sims.panel.state.tickets.get(ticketId)!.messages.filter((m) => m.isStaff).map((m) => m.message);
    const first = await eventually('the first answer in the ticket', async () => staffMessages()[0]);
    assert.match(first, /1016/);
    assert.match(first, /1011/);
    await eventually('both resolutions in the ticket', async () => staffMessages().length >= 3);
    await new Promise((r) => setTimeout(r, 3000));
    const all = staffMessages();
    assert.equal(all.length, 3, `one answer + two outcomes:\n${all.join('\n---\n')}`);
    assert.equal(new Set(all).size, all.length, 'nothing posted twice');
    assert.ok(all.slice(1).some((m) => m.includes('1016')) && all.slice(1).some((m) => m.includes('1011')));
  });

  it('locked ticket: the refill still resolves, and the replies it could not deliver are on its timeline', async () => {
    // The first reply can follow the ticket's reading within a fraction of a second: posts
    // are held 5 s so the ticket is locked before the first one is handled.
    sims.panel.faults.routeLatencyMs['POST /tickets/:id/reply'] = 5000;
    const ticketId = sims.panel.addTicket('alice', 'Refill', 'refill 1009 please');
    // before() connected this test's panel in place of the built-in one: the tenant's second panel.
    const conv = `pt-demo-${ticketId}@2`;
    await eventually('the ticket read', async () => (await api(`/v1/conversations/${conv}`)).status === 200 || null);
    sims.panel.state.tickets.get(ticketId)!.status = 'locked';
    delete sims.panel.faults.routeLatencyMs['POST /tickets/:id/reply'];
    const { request } = await requestOf(conv, 'resolved');
    assert.equal(request.decision, 'refill.forward');
    const timeline = await eventually('the failed delivery on the timeline', async () => {
      const events = (await api(`/v1/requests/${request.id}`)).body.timeline as Array<{ kind: string; detail: { reason?: string } }>;
      return events.some((e) => e.kind === 'delivery_failed') ? events : null;
    });
    assert.match(timeline.find((e) => e.kind === 'delivery_failed')!.detail.reason ?? '', /locked/i);
    assert.equal(sims.panel.state.tickets.get(ticketId)!.messages.filter((m) => m.isStaff).length, 0, 'nothing posted into the locked ticket');
    await eventually('the owner told in the admin chat', async () => tg.sent(BOT, ADMIN_CHAT).find((m) => (m.text ?? '').includes(`request ${request.id}`) && /could not be delivered/.test(m.text ?? '')));
  });

  // Last: it connects another panel.
  it('panel switch: the new panel\'s ticket #N never joins the old #N, the old panel\'s open request closes, no reply crosses over', async () => {
    const oldTicket = sims.panel.addTicket('alice', 'Refund', 'I want a refund for 1010');
    const oldConv = `pt-demo-${oldTicket}@2`;
    const { request: old } = await requestOf(oldConv, 'escalated');
    const oldStaff = () => sims.panel.state.tickets.get(oldTicket)!.messages.filter((m) => m.isStaff).length;
    // The state is recorded before the customer is told: wait for the answer and the escalation notice.
    const before = await eventually('the old ticket answered and told of the escalation', async () => (oldStaff() >= 2 ? oldStaff() : null));

    const other = await startSimulators({});
    try {
      other.panel.state.tickets.clear();
      other.panel.state.nextTicketId = oldTicket;
      assert.equal((await put('/v1/panel', other.config.panel)).status, 200);
      const closed = await requestOf(oldConv, 'closed');
      const timeline = (await api(`/v1/requests/${closed.request.id}`)).body.timeline as Array<{ kind: string }>;
      assert.ok(timeline.some((e) => e.kind === 'panel_switched'), 'closed with the reason on its timeline');
      assert.equal(closed.request.id, old.id);

      const newTicket = other.panel.addTicket('bob', 'Hi', 'status 1013 please');
      assert.equal(newTicket, oldTicket, 'the same ticket number on the new panel');
      const answer = await eventually('the answer in the new panel\'s ticket', async () => other.panel.state.tickets.get(newTicket)!.messages.find((m) => m.isStaff));
      assert.match(answer.message, /1013/);
      const fresh = await requestOf(`pt-demo-${newTicket}@3`);
      assert.notEqual(fresh.request.id, old.id, 'its own conversation and request');
      assert.equal(oldStaff(), before, 'nothing more posted into the old ticket');
      assert.equal(other.panel.state.tickets.get(newTicket)!.messages.filter((m) => m.isStaff).length, 1, 'one answer, none meant for the old ticket');
    } finally {
      await other.close();
    }
  });
});
