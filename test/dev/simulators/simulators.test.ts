// The three simulators behave as one world: what happens at the provider shows on the panel
// and on the link's count, the way the real systems would show it.
import assert from 'node:assert/strict';
import { readLinkCount } from '../../../activities/count-source.js';
import { PerfectPanelClient } from '../../../activities/panel/perfect-panel.js';
import { ProviderApiClient } from '../../../activities/providers/api-v2.js';
import { startSimulators, type Simulators } from '../../../dev/simulators/index.js';
import { demoExternalId, demoLink } from '../../../dev/simulators/seed.js';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('startSimulators', () => {
  let sims: Simulators;
  let panel: PerfectPanelClient;
  let provider: ProviderApiClient;

  beforeEach(async () => {
    sims = await startSimulators({ now: NOW });
    panel = new PerfectPanelClient({ url: sims.config.panel.url, apiKey: sims.config.panel.apiKey });
    provider = new ProviderApiClient({ url: sims.config.provider.url, key: sims.config.provider.key });
  });
  afterEach(async () => {
    await sims.close();
  });

  it('listens on loopback only and hands out what a tenant configures', () => {
    for (const url of [sims.config.panel.url, sims.config.provider.url, sims.config.countSource.urlTemplate]) {
      assert.equal(new URL(url).hostname, '127.0.0.1');
    }
    assert.match(sims.config.countSource.urlTemplate, /\{link\}/);
    assert.equal(sims.config.panel.type, 'perfectpanel');
  });

  it('starts the clock at the given now, so seeded ages hold', async () => {
    const o = await panel.getOrder('1001');
    assert.equal(o?.createdAt, new Date(NOW.getTime() - 10 * 86_400_000).toISOString());
    assert.ok(Math.abs(sims.panel.now().getTime() - NOW.getTime()) < 5_000);
  });

  it('a request-cancel on the panel reaches the provider; once it cancels, the panel shows it', async () => {
    assert.deepEqual(await panel.requestCancel('1014'), { accepted: true });
    const ext = demoExternalId(1014);
    const sent = sims.provider.actionsNamed('cancel');
    assert.deepEqual(sent.map((a) => [a.source, a.params.orders]), [['panel', ext]]);
    // Asked is not canceled: the panel keeps the order open until the provider acts.
    assert.equal((await panel.getOrder('1014'))?.status, 'Pending');
    sims.provider.completeCancel(ext);
    assert.equal((await panel.getOrder('1014'))?.status, 'Canceled');
  });

  it('an order already partly delivered comes back Partial after a cancel', async () => {
    const results = await provider.cancel([demoExternalId(1005)]);
    assert.deepEqual(results.get(demoExternalId(1005)), { accepted: true });
    sims.provider.completeCancel(demoExternalId(1005));
    const o = await panel.getOrder('1005');
    assert.equal(o?.status, 'Partial');
    assert.equal(o?.remains, 1200);
  });

  it('the panel refuses a cancel the service does not allow, without asking the provider', async () => {
    const r = await panel.requestCancel('1010');
    assert.equal(r.accepted, false);
    assert.equal(sims.provider.actionsNamed('cancel').length, 0);
  });

  it('a completed provider refill restores the count on the link', async () => {
    const link = demoLink(1001);
    assert.equal(await readLinkCount(sims.config.countSource, link), 5700);
    const refillId = await provider.refill(demoExternalId(1001));
    sims.provider.completeRefill(refillId);
    assert.equal((await provider.refillStatus(refillId)).state, 'completed');
    assert.equal(await readLinkCount(sims.config.countSource, link), 6000);
  });

  it('a provider status change is mirrored by the panel', async () => {
    sims.provider.updateOrder(demoExternalId(1011), { status: 'Completed', remains: 0 });
    const o = await panel.getOrder('1011');
    assert.equal(o?.status, 'Completed');
    assert.equal(o?.remains, 0);
  });

  it('counts panel calls by route', async () => {
    sims.panel.faults.resetCounts();
    await panel.getOrder('1001');
    await panel.getOrder('1002');
    await panel.getOrders(['1001', '1002', '1003']);
    assert.deepEqual(sims.panel.faults.requestCounts, { 'GET /orders/:id': 2, 'GET /orders': 1 });
  });

  it('answers 401 with the envelope for a missing key', async () => {
    const res = await fetch(`${sims.config.panel.url}/adminapi/v2/orders/1001`);
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { data: null, error_message: 'Invalid API key', error_code: 401 });
  });

  it('closes every server', async () => {
    await sims.close();
    await assert.rejects(fetch(`${sims.config.panel.url}/adminapi/v2/orders`));
    sims = await startSimulators({ seed: false });
  });
});

describe('startSimulators options', () => {
  it('starts an empty world when asked', async () => {
    const sims = await startSimulators({ seed: false });
    try {
      const panel = new PerfectPanelClient({ url: sims.config.panel.url, apiKey: sims.config.panel.apiKey });
      assert.equal(await panel.getOrder('1001'), null);
      assert.deepEqual(await panel.getServices(), []);
    } finally {
      await sims.close();
    }
  });

  it('completes refills by itself after the configured delay', async () => {
    const sims = await startSimulators({ now: NOW, autoCompleteRefillMs: 20 });
    try {
      const provider = new ProviderApiClient({ url: sims.config.provider.url, key: sims.config.provider.key });
      await provider.refill(demoExternalId(1009));
      const link = demoLink(1009);
      for (let i = 0; i < 100 && (await readLinkCount(sims.config.countSource, link)) !== 2600; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(await readLinkCount(sims.config.countSource, link), 2600);
    } finally {
      await sims.close();
    }
  });
});
