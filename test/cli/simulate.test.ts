import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { bearer, buildTestApp } from '../helpers/api.js';
import { newTenant, testDatabase } from '../helpers/database.js';

const SPEC_CASE = {
  now: '2026-11-20T12:00:00Z',
  customer: 'alice',
  message: 'refill 1001 and cancel 1002',
  attachments: [],
  orders: [
    {
      id: '1001', user: 'alice', status: 'Completed', createdAt: '2026-11-01T10:00:00Z', quantity: 1000, startCount: 5000,
      remains: 0, currentCount: 5700, provider: 'prov-a', externalId: '88123',
      service: { id: 7, name: 'Instagram Followers [R30]', refill: true, cancel: true, averageTimeMinutes: null },
    },
    {
      id: '1002', user: 'alice', status: 'Inprogress', createdAt: '2026-11-20T08:00:00Z', quantity: 500, startCount: 10,
      remains: 200, provider: 'prov-a', externalId: '88124',
      service: { id: 8, name: 'Instagram Likes | No Refill', refill: false, cancel: true, averageTimeMinutes: null },
    },
  ],
  settings: { minDrop: 1, speedUpMinAgeMinutes: 60, refillDaysOverride: {}, screenshotRequired: [] },
};

describe('supportai simulate and POST /v1/simulate', function () {
  this.timeout(30_000);

  it('decides the SPEC example: refill forwarded with its drop, cancel forwarded', async () => {
    const { code, stdout } = await runCli(['simulate'], JSON.stringify(SPEC_CASE));
    assert.equal(code, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.language, 'en');
    assert.deepEqual(out.requests.map((r: any) => [r.orderId, r.intent, r.decision]), [
      ['1001', 'refill', 'refill.forward'],
      ['1002', 'cancel', 'cancel.forward'],
    ]);
    assert.equal(out.requests[0].drop, 300);
    assert.match(out.requests[0].reply, /300/);
    assert.ok(!/canceled/i.test(out.requests[1].reply), 'never "canceled" before the provider confirms');
  });

  it('takes an intent with order IDs instead of a message; unknown IDs are not found', async () => {
    const { message: _m, ...rest } = SPEC_CASE;
    const { stdout } = await runCli(['simulate'], JSON.stringify({ ...rest, intent: 'speed_up', orderIds: ['1002', '7777'] }));
    const out = JSON.parse(stdout);
    assert.deepEqual(out.requests.map((r: any) => r.decision), ['speed_up.forward', 'order.not_found']);
  });

  it('asks for a screenshot instead of forwarding when the tenant requires one', async () => {
    const input = { ...SPEC_CASE, settings: { ...SPEC_CASE.settings, screenshotRequired: [{ serviceId: 7, intents: ['refill'] }] } };
    const without = JSON.parse((await runCli(['simulate'], JSON.stringify(input))).stdout);
    assert.equal(without.requests[0].decision, 'request.need_screenshot');
    const withShot = JSON.parse((await runCli(['simulate'], JSON.stringify({ ...input, attachments: [{ kind: 'image' }] }))).stdout);
    assert.equal(withShot.requests[0].decision, 'refill.forward');
  });

  it('names each bad field and exits non-zero', async () => {
    const bad = { ...SPEC_CASE, now: 'yesterday', orders: [{ ...SPEC_CASE.orders[0], status: 'Teleported' }] };
    const { code, stdout, stderr } = await runCli(['simulate'], JSON.stringify(bad));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /now: /);
    assert.match(stderr, /orders\.0\.status: not a known order status/);
    const notJson = await runCli(['simulate'], '{"now":');
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /not valid JSON/);
  });

  it('answers POST /v1/simulate exactly as the command does', async () => {
    const app = await buildTestApp();
    const { apiKey } = await newTenant((await testDatabase()).sql, 'sim');
    const res = await app.inject({ method: 'POST', url: '/v1/simulate', headers: bearer(apiKey), payload: SPEC_CASE });
    assert.equal(res.statusCode, 200);
    const cli = JSON.parse((await runCli(['simulate'], JSON.stringify(SPEC_CASE))).stdout);
    assert.deepEqual(res.json(), cli);
    const bad = await app.inject({ method: 'POST', url: '/v1/simulate', headers: bearer(apiKey), payload: { ...SPEC_CASE, customer: '' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().issues[0].field, 'customer');
    await app.close();
  });
});
