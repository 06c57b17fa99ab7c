import assert from 'node:assert/strict';
import { PanelAuthError, PanelError, toOrderSnapshot, UnknownOrderStatusError } from '../../../activities/panel/adapter.js';
import { PerfectPanelClient, panelTime } from '../../../activities/panel/perfect-panel.js';
import { startPerfectPanel, type PerfectPanelSim, type SimPanelOrder } from '../../../dev/simulators/perfect-panel.js';
import { demoSeed } from '../../../dev/simulators/seed.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const KEY = 'admin-key';

function order(id: number, patch: Partial<SimPanelOrder> = {}): SimPanelOrder {
  return {
    id, externalId: String(id + 5000), user: 'alice', provider: 'prov-a', serviceId: 101,
    serviceName: 'Instagram Followers [R30]', status: 'Completed', quantity: 1000, remains: 0, startCount: 5000,
    charge: 1.2, currency: 'USD', link: `https://www.instagram.com/u${id}/`, mode: 'auto',
    createdAt: new Date('2026-11-01T10:00:00Z'), lastUpdate: new Date('2026-11-02T10:00:00Z'), ...patch,
  };
}

/** A fetch that answers one canned response, for panel variants the simulator does not speak. */
function canned(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } });
}

describe('PerfectPanelClient against the panel simulator', () => {
  let panel: PerfectPanelSim;
  let client: PerfectPanelClient;

  beforeEach(async () => {
    const world = demoSeed(NOW);
    panel = await startPerfectPanel({ apiKey: KEY, now: NOW, services: world.services, tickets: world.tickets,
      orders: [order(1001), order(1002, { status: 'In progress', remains: 400 }), ...Array.from({ length: 250 }, (_, i) => order(2000 + i))] });
    client = new PerfectPanelClient({ url: panel.url, apiKey: KEY });
  });
  afterEach(async () => {
    await panel.close();
  });

  it('binds to loopback only', () => {
    assert.match(panel.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  describe('orders', () => {
    it('reads an order with numbers sent as strings', async () => {
      const o = await client.getOrder('1001');
      assert.ok(o);
      assert.equal(o.id, '1001');
      assert.equal(o.externalId, '6001');
      assert.equal(o.user, 'alice');
      assert.equal(o.quantity, 1000);
      assert.equal(o.startCount, 5000);
      assert.equal(o.remains, 0);
      assert.equal(o.serviceId, 101);
      assert.deepEqual(o.charge, { value: 1.2, currency: 'USD' });
      assert.equal(o.createdAt, '2026-11-01T10:00:00.000Z');
      assert.equal(o.status, 'Completed');
      assert.deepEqual(o.actions, { refill: true, cancelAndRefund: true, requestCancel: false });
    });

    it('reads the same order when numbers are sent as numbers', async () => {
      panel.state.numbersAsStrings = false;
      const o = await client.getOrder('1002');
      assert.equal(o?.remains, 400);
      assert.equal(o?.charge?.value, 1.2);
      assert.equal(o?.actions.requestCancel, true);
    });

    it('answers null for an order the panel does not have, or an ID that is no order ID', async () => {
      assert.equal(await client.getOrder('424242'), null);
      assert.equal(await client.getOrder('12ab'), null);
    });

    it('turns a wrong API key into PanelAuthError (a real 401)', async () => {
      const wrong = new PerfectPanelClient({ url: panel.url, apiKey: 'nope' });
      await assert.rejects(wrong.getOrder('1001'), (err: unknown) => err instanceof PanelAuthError && err.httpStatus === 401);
      await assert.rejects(wrong.getServices(), PanelAuthError);
    });

    it('turns a 500 into a plain (transient) Error and works again afterwards', async () => {
      panel.failNext(1);
      await assert.rejects(client.getOrder('1001'), (err: unknown) => err instanceof Error && !(err instanceof PanelError) && /HTTP 500/.test(err.message));
      assert.ok(await client.getOrder('1001'));
    });

    it('gives up on a slow panel after its timeout with a transient Error', async () => {
      panel.faults.latencyMs = 300;
      const impatient = new PerfectPanelClient({ url: panel.url, apiKey: KEY, timeoutMs: 50 });
      await assert.rejects(impatient.getOrder('1001'), (err: unknown) => err instanceof Error && !(err instanceof PanelError) && /timed out/.test(err.message));
    });

    it('reads many orders in batches of 100 with the ids filter', async () => {
      const ids = [...Array.from({ length: 250 }, (_, i) => String(2000 + i)), '1001', '999999'];
      panel.faults.resetCounts();
      const found = await client.getOrders(ids);
      assert.equal(found.size, 251);
      assert.equal(found.get('2249')?.id, '2249');
      assert.equal(found.has('999999'), false);
      assert.equal(panel.faults.requestCounts['GET /orders'], 3);
    });

    it('normalises panel status spellings in the snapshot', async () => {
      const services = new Map((await client.getServices()).map((s) => [s.id, s]));
      for (const [raw, expected] of [['In progress', 'in_progress'], ['Inprogress', 'in_progress'], ['Cancelled', 'canceled'], ['Partial', 'partial']] as const) {
        const sim = panel.state.orders.get(1001);
        assert.ok(sim);
        sim.status = raw;
        const o = await client.getOrder('1001');
        assert.ok(o);
        const snap = toOrderSnapshot(o, services.get(o.serviceId));
        assert.equal(snap.status, expected);
        assert.equal(snap.service.name, 'Instagram Followers [R30]');
        assert.equal(snap.link, 'https://www.instagram.com/u1001/');
      }
    });

    it('refuses to guess an unknown status', async () => {
      const sim = panel.state.orders.get(1001);
      assert.ok(sim);
      sim.status = 'Teleported';
      const o = await client.getOrder('1001');
      assert.ok(o);
      assert.throws(() => toOrderSnapshot(o, undefined), UnknownOrderStatusError);
    });

    it('falls back to the order itself when its service is no longer listed, with refill off', async () => {
      const o = await client.getOrder('1002');
      assert.ok(o);
      const snap = toOrderSnapshot(o, undefined);
      assert.deepEqual(snap.service, { id: 101, name: 'Instagram Followers [R30]', refill: false, cancel: true, averageTimeMinutes: null });
    });

    it('asks for a cancel once; a second request is refused with the reason', async () => {
      assert.deepEqual(await client.requestCancel('1002'), { accepted: true });
      assert.equal(panel.state.orders.get(1002)?.cancelRequested, true);
      const again = await client.requestCancel('1002');
      assert.equal(again.accepted, false);
      const missing = await client.requestCancel('424242');
      assert.equal(missing.accepted, false);
    });
  });

  describe('services', () => {
    it('reads services from /api/v2 with string numbers, left-out flags and average_time', async () => {
      const services = await client.getServices();
      const byId = new Map(services.map((s) => [s.id, s]));
      assert.deepEqual(byId.get(101), { id: 101, name: 'Instagram Followers [R30]', refill: true, cancel: true, averageTimeMinutes: null });
      assert.deepEqual(byId.get(104), { id: 104, name: 'YouTube Views [Refill: 30D]', refill: true, cancel: true, averageTimeMinutes: 180 });
      assert.equal(byId.get(105)?.cancel, false, 'a left-out cancel flag reads as off');
      assert.equal(byId.get(102)?.refill, false);
    });
  });

  describe('tickets', () => {
    it('lists tickets by status and user', async () => {
      const pending = await client.listTickets({ status: 'pending' });
      assert.equal(pending.count, 1);
      assert.equal(pending.tickets[0]?.user, 'alice');
      const bobs = await client.listTickets({ user: 'bob' });
      assert.deepEqual(bobs.tickets.map((t) => t.status), ['answered']);
    });

    it('round-trips a customer message and a staff reply', async () => {
      const id = panel.addTicket('alice', 'Refill', '1001 refill');
      panel.addCustomerMessage(id, 'any news?');
      const before = await client.getTicket(String(id));
      assert.ok(before);
      assert.equal(before.status, 'pending');
      assert.deepEqual(before.messages.map((m) => [m.senderName, m.isStaff, m.message]), [['alice', false, '1001 refill'], ['alice', false, 'any news?']]);

      await client.replyToTicket(String(id), 'Refill requested for 1001.', 'SupportAI');
      const after = await client.getTicket(String(id));
      assert.equal(after?.status, 'answered');
      const last = after?.messages.at(-1);
      assert.deepEqual([last?.senderName, last?.isStaff, last?.message], ['SupportAI', true, 'Refill requested for 1001.']);
      assert.ok(last?.createdAt && Date.parse(last.createdAt) >= NOW.getTime());
    });

    it('opens a ticket to a customer and reads it back', async () => {
      const id = await client.addTicket({ username: 'bob', subject: 'Your order', message: 'It is done.', staffName: 'SupportAI' });
      const t = await client.getTicket(id);
      assert.equal(t?.user, 'bob');
      assert.equal(t?.messages[0]?.isStaff, true);
    });

    it('answers null for a missing ticket and rejects a reply to it', async () => {
      assert.equal(await client.getTicket('77777'), null);
      await assert.rejects(client.replyToTicket('77777', 'hi', 'SupportAI'), (err: unknown) => err instanceof PanelError && err.code === 'not_found');
    });
  });
});

describe('PerfectPanelClient with answers the simulator does not give', () => {
  const url = 'http://127.0.0.1:9';

  it('reads a 200 whose envelope carries the error as a business error', async () => {
    const client = new PerfectPanelClient({ url, apiKey: KEY, fetch: canned(200, JSON.stringify({ data: null, error_message: 'Order not found', error_code: 100 })) });
    assert.equal(await client.getOrder('5'), null);
  });

  it('never reads an HTML 404 (a wrong panel URL) as "order not found"', async () => {
    const client = new PerfectPanelClient({ url, apiKey: KEY, fetch: canned(404, '<html>nginx</html>', 'text/html') });
    await assert.rejects(client.getOrder('5'), (err: unknown) => err instanceof PanelError && err.code === 'rejected');
  });

  it('treats a 429 and an HTML maintenance page as transient', async () => {
    for (const f of [canned(429, '{}'), canned(200, '<html>maintenance</html>', 'text/html')]) {
      const client = new PerfectPanelClient({ url, apiKey: KEY, fetch: f });
      await assert.rejects(client.getOrder('5'), (err: unknown) => err instanceof Error && !(err instanceof PanelError));
    }
  });

  it('treats 403 as an auth failure', async () => {
    const client = new PerfectPanelClient({ url, apiKey: KEY, fetch: canned(403, JSON.stringify({ data: null, error_message: 'Forbidden', error_code: 403 })) });
    await assert.rejects(client.listTickets(), PanelAuthError);
  });

  it('reads a sparse order: bare charge, user as an object, no timestamp, no actions', async () => {
    const body = { data: { id: '7', user: { username: 'carol' }, status: 'pending', quantity: '100', charge: '0.50', created: '2026-11-19 08:30:00' }, error_code: 0 };
    const client = new PerfectPanelClient({ url, apiKey: KEY, fetch: canned(200, JSON.stringify(body)) });
    const o = await client.getOrder('7');
    assert.ok(o);
    assert.equal(o.user, 'carol');
    assert.deepEqual(o.charge, { value: 0.5, currency: '' });
    assert.equal(o.createdAt, '2026-11-19T08:30:00.000Z');
    assert.deepEqual(o.actions, { refill: false, cancelAndRefund: false, requestCancel: false });
    assert.equal(toOrderSnapshot(o, undefined).status, 'pending');
  });

  it('asks one by one for orders a batch answer left out when the panel ignored the ids filter', async () => {
    const wire = (id: number): Record<string, unknown> => ({ id, user: 'alice', status: 'Completed', created_timestamp: 1_700_000_000 });
    const calls: string[] = [];
    const f: typeof fetch = async (input) => {
      const u = new URL(input instanceof Request ? input.url : String(input));
      calls.push(u.pathname);
      const body = u.pathname.endsWith('/orders')
        ? { data: { count: 2, list: [wire(1), wire(2)] }, error_code: 0 }
        : u.pathname.endsWith('/orders/3') ? { data: wire(3), error_code: 0 } : { data: null, error_message: 'Order not found', error_code: 404 };
      return new Response(JSON.stringify(body), { status: u.pathname.endsWith('/orders/4') ? 404 : 200 });
    };
    const found = await new PerfectPanelClient({ url, apiKey: KEY, fetch: f }).getOrders(['1', '3', '4']);
    assert.deepEqual([...found.keys()].sort(), ['1', '3']);
    assert.deepEqual(calls, ['/adminapi/v2/orders', '/adminapi/v2/orders/3', '/adminapi/v2/orders/4']);
  });

  it('reads panel times in their several forms', () => {
    assert.equal(panelTime(1_700_000_000), '2023-11-14T22:13:20.000Z');
    assert.equal(panelTime('1700000000'), '2023-11-14T22:13:20.000Z');
    assert.equal(panelTime('2026-11-19T08:30:00+02:00'), '2026-11-19T06:30:00.000Z');
    assert.equal(panelTime('never'), null);
    assert.equal(panelTime(undefined), null);
  });
});
