import assert from 'node:assert/strict';
import { ProviderApiClient, ProviderApiError, normalizeRefillState } from '../../../activities/providers/api-v2.js';
import { startProvider, type ProviderSim, type SimProviderOrder } from '../../../dev/simulators/provider.js';
import type { SimService } from '../../../dev/simulators/services.js';

const KEY = 'prov-key';
const SERVICES: SimService[] = [
  { id: 1, name: 'Instagram Followers [R30]', category: 'IG', rate: 1.2, min: 10, max: 10_000, refill: true, cancel: true },
  { id: 2, name: 'Instagram Likes | No Refill', category: 'IG', rate: 0.3, min: 10, max: 10_000, refill: false, cancel: false },
  { id: 3, name: 'Old Views', category: 'YT', rate: 0.1, min: 10, max: 10_000, refill: false },
];

function order(id: string, patch: Partial<SimProviderOrder> = {}): SimProviderOrder {
  return {
    id, serviceId: 1, link: `https://www.instagram.com/p${id}/`, quantity: 1000, startCount: 500, remains: 0,
    status: 'Completed', charge: 0.72, currency: 'USD', createdAt: new Date('2026-11-01T00:00:00Z'), ...patch,
  };
}

function canned(body: unknown, status = 200): typeof fetch {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
}

describe('ProviderApiClient against the provider simulator', () => {
  let provider: ProviderSim;
  let client: ProviderApiClient;

  beforeEach(async () => {
    provider = await startProvider({
      apiKey: KEY,
      services: SERVICES,
      orders: [
        order('1'),
        order('2', { status: 'In progress', remains: 300 }),
        order('3', { status: 'Pending', remains: 1000, serviceId: 2 }),
        order('4', { status: 'Partial', remains: 400 }),
        order('5', { status: 'Pending', remains: 1000, startCount: 0 }),
        ...Array.from({ length: 150 }, (_, i) => order(String(1000 + i))),
      ],
    });
    client = new ProviderApiClient({ url: provider.apiUrl, key: KEY });
  });
  afterEach(async () => {
    await provider.close();
  });

  it('reads one order status with numbers sent as strings', async () => {
    assert.deepEqual(await client.status('4'), {
      rawStatus: 'Partial', status: 'partial', charge: 0.72, startCount: 500, remains: 400, currency: 'USD',
    });
  });

  it('normalises provider status spellings', async () => {
    provider.updateOrder('2', { status: 'Inprogress' });
    assert.equal((await client.status('2')).status, 'in_progress');
    provider.updateOrder('2', { status: 'Cancelled' });
    assert.equal((await client.status('2')).status, 'canceled');
  });

  it('refuses an unknown order with the provider\'s own words', async () => {
    await assert.rejects(client.status('999'), (err: unknown) => err instanceof ProviderApiError && err.message === 'Incorrect order ID');
  });

  it('reads many statuses, 100 per request, with bad IDs as item errors (object or bare string)', async () => {
    const ids = [...Array.from({ length: 150 }, (_, i) => String(1000 + i)), '999'];
    const all = await client.statuses(ids);
    assert.equal(all.size, 151);
    assert.deepEqual(all.get('999'), { error: 'Incorrect order ID' });
    const first = all.get('1000');
    assert.ok(first && 'status' in first && first.status === 'completed');
    assert.equal(provider.actionsNamed('status').length, 2);

    provider.state.bareStringErrors = true;
    const again = await client.statuses(['1', '999']);
    assert.deepEqual(again.get('999'), { error: 'Incorrect order ID' });
  });

  it('refill → refill_status → completed', async () => {
    const refillId = await client.refill('1');
    assert.deepEqual(await client.refillStatus(refillId), { rawStatus: 'Pending', state: 'pending' });
    provider.setRefillStatus(refillId, 'In progress');
    assert.equal((await client.refillStatus(refillId)).state, 'in_progress');
    provider.completeRefill(refillId);
    assert.deepEqual(await client.refillStatus(refillId), { rawStatus: 'Completed', state: 'completed' });
    const dispatched = provider.actionsNamed('refill');
    assert.deepEqual(dispatched.map((a) => a.params), [{ action: 'refill', order: '1' }]);
  });

  it('reads many refill statuses, unknown refills as item errors', async () => {
    const a = await client.refill('1');
    const b = await client.refill('4');
    provider.setRefillStatus(b, 'Rejected');
    const all = await client.refillStatuses([a, b, '77']);
    assert.deepEqual(all.get(a), { rawStatus: 'Pending', state: 'pending' });
    assert.deepEqual(all.get(b), { rawStatus: 'Rejected', state: 'rejected' });
    assert.deepEqual(all.get('77'), { error: 'Refill not found' });
  });

  it('refuses refills the provider would refuse', async () => {
    await assert.rejects(client.refill('2'), /not completed/);
    await assert.rejects(client.refill('999'), /Incorrect order ID/);
    await client.refill('1');
    await assert.rejects(client.refill('1'), (err: unknown) => err instanceof ProviderApiError && /already/.test(err.message));
  });

  it('cancel: accepted, refused per order, and the order closes once the provider does it', async () => {
    const results = await client.cancel(['2', '1', '3', '999']);
    assert.deepEqual(results.get('2'), { accepted: true });
    assert.deepEqual(results.get('1'), { accepted: false, error: 'Order can not be canceled' });
    assert.deepEqual(results.get('3'), { accepted: false, error: 'Cancel is disabled for this service' });
    assert.deepEqual(results.get('999'), { accepted: false, error: 'Incorrect order ID' });
    // Accepted is not canceled: the status only changes when the provider acts.
    assert.equal((await client.status('2')).status, 'in_progress');
    provider.completeCancel('2');
    assert.equal((await client.status('2')).status, 'partial');
    await client.cancel(['5']);
    provider.completeCancel('5');
    assert.equal((await client.status('5')).status, 'canceled');
  });

  it('reads the balance and the services', async () => {
    assert.deepEqual(await client.balance(), { balance: 1000, currency: 'USD' });
    const services = await client.services();
    assert.deepEqual(services.map((s) => [s.id, s.refill, s.cancel]), [[1, true, true], [2, false, false], [3, false, false]]);
  });

  it('reports a wrong key as a business error, a 500 as a transient one', async () => {
    const wrong = new ProviderApiClient({ url: provider.apiUrl, key: 'nope' });
    await assert.rejects(wrong.balance(), (err: unknown) => err instanceof ProviderApiError && err.message === 'Invalid API key');
    provider.failNext(1);
    await assert.rejects(client.balance(), (err: unknown) => err instanceof Error && !(err instanceof ProviderApiError));
    assert.ok(await client.balance());
  });

  it('times out a slow provider with a transient Error', async () => {
    provider.faults.latencyMs = 300;
    const impatient = new ProviderApiClient({ url: provider.apiUrl, key: KEY, timeoutMs: 50 });
    await assert.rejects(impatient.balance(), (err: unknown) => err instanceof Error && !(err instanceof ProviderApiError) && /timed out/.test(err.message));
  });

  it('autocompletes refills and cancels when asked to', async () => {
    await provider.close();
    provider = await startProvider({ apiKey: KEY, services: SERVICES, orders: [order('1'), order('2', { status: 'Pending', remains: 1000 })], autoCompleteRefillMs: 20, autoCompleteCancelMs: 20 });
    client = new ProviderApiClient({ url: provider.apiUrl, key: KEY });
    const refillId = await client.refill('1');
    await client.cancel(['2']);
    // Polled rather than slept on, so a busy machine does not make this flaky.
    for (let i = 0; i < 100 && (await client.status('2')).status !== 'canceled'; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal((await client.refillStatus(refillId)).state, 'completed');
    assert.equal((await client.status('2')).status, 'canceled');
  });
});

describe('ProviderApiClient with answers the simulator does not give', () => {
  const url = 'http://127.0.0.1:9/api/v2';

  it('reads a keyed refill_status answer and numeric refill IDs', async () => {
    const keyed = new ProviderApiClient({ url, key: KEY, fetch: canned({ '7': { status: 'Awaiting' }, '8': 'Completed', '9': { status: { error: 'Refill not found' } } }) });
    const all = await keyed.refillStatuses(['7', '8', '9']);
    assert.deepEqual(all.get('7'), { rawStatus: 'Awaiting', state: 'pending' });
    assert.equal((all.get('8') as { state: string }).state, 'completed');
    assert.deepEqual(all.get('9'), { error: 'Refill not found' });
    const numeric = new ProviderApiClient({ url, key: KEY, fetch: canned({ refill: 42 }) });
    assert.equal(await numeric.refill('1'), '42');
  });

  it('reads a lone {"cancel": 1}, and cancel given as a string or true', async () => {
    const lone = new ProviderApiClient({ url, key: KEY, fetch: canned({ cancel: 1 }) });
    assert.deepEqual((await lone.cancel(['5'])).get('5'), { accepted: true });
    const variants = new ProviderApiClient({ url, key: KEY, fetch: canned([{ order: '5', cancel: '1' }, { order: 6, cancel: true }, { order: 7, cancel: 0 }]) });
    const r = await variants.cancel(['5', '6', '7', '8']);
    assert.deepEqual([r.get('5'), r.get('6')], [{ accepted: true }, { accepted: true }]);
    assert.equal(r.get('7')?.accepted, false);
    assert.deepEqual(r.get('8'), { accepted: false, error: 'missing from the answer' });
  });

  it('reads services with flags as 0/1 strings or left out, and skips entries without an ID', async () => {
    const c = new ProviderApiClient({ url, key: KEY, fetch: canned([
      { service: '12', name: 'A', rate: '1.0', min: '10', max: '100', refill: '1', cancel: '0', average_time: '45' },
      { service: 13, name: 'B', rate: 1, min: 10, max: 100 },
      { name: 'no id' },
    ]) });
    assert.deepEqual(await c.services(), [
      { id: 12, name: 'A', refill: true, cancel: false, averageTimeMinutes: 45 },
      { id: 13, name: 'B', refill: false, cancel: false, averageTimeMinutes: null },
    ]);
  });

  it('treats an HTML page and a 429 as transient, an unreadable JSON answer as a business error', async () => {
    for (const f of [canned('<html>Cloudflare</html>'), canned('{}', 429)]) {
      await assert.rejects(new ProviderApiClient({ url, key: KEY, fetch: f }).balance(), (err: unknown) => err instanceof Error && !(err instanceof ProviderApiError));
    }
    await assert.rejects(new ProviderApiClient({ url, key: KEY, fetch: canned({ what: 1 }) }).balance(), ProviderApiError);
  });

  it('normalises refill status spellings', () => {
    assert.deepEqual(
      ['Pending', 'In progress', 'Inprogress', 'Processing', 'Awaiting', 'Completed', 'Rejected', 'Failed', 'Error', 'Mystery'].map(normalizeRefillState),
      ['pending', 'in_progress', 'in_progress', 'in_progress', 'pending', 'completed', 'rejected', 'rejected', 'rejected', 'unknown'],
    );
  });
});
