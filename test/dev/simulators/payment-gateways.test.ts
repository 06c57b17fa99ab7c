// Each production gateway adapter against its loopback simulator, end to end through the
// API: a pack bought, paid on the gateway, its callback replayed and forged, an underpaid
// and an expired invoice.
import assert from 'node:assert/strict';
import { cryptomusWorld, nowPaymentsWorld, type BillingWorld } from '../../helpers/payments.js';
import type { CryptomusSim } from '../../../dev/simulators/payments/cryptomus.js';
import type { NowPaymentsSim } from '../../../dev/simulators/payments/nowpayments.js';

interface GatewayCase<S> {
  name: string;
  world: () => Promise<BillingWorld<S>>;
  /** The gateway's own ID of an invoice, from its payment page URL. */
  refOf: (sim: S, url: string) => string;
  ops: (sim: S) => { pay(ref: string, cents?: number): Promise<number | null>; expire(ref: string): Promise<number | null>; replay(ref: string): Promise<number | null>; forge(ref: string): Promise<number | null> };
}

const cryptomusCase = (name: 'cryptomus' | 'heleket'): GatewayCase<CryptomusSim> => ({
  name, world: () => cryptomusWorld(name), refOf: (_s, url) => url.split('/').pop()!, ops: (s) => s,
});
const nowPaymentsCase = (recursive: boolean): GatewayCase<NowPaymentsSim> => ({
  name: `nowpayments (${recursive ? 'recursively' : 'top-level'} sorted IPN)`, world: () => nowPaymentsWorld(recursive), refOf: (_s, url) => url.split('/').pop()!, ops: (s) => s,
});

for (const c of [cryptomusCase('cryptomus'), cryptomusCase('heleket'), nowPaymentsCase(false), nowPaymentsCase(true)] as Array<GatewayCase<unknown>>) {
  describe(`payments through ${c.name} (loopback simulator, real HTTP)`, () => {
    let w: BillingWorld<unknown>;
    beforeEach(async () => {
      w = await c.world();
    });
    afterEach(async () => w.close());

    const billing = async () => (await w.app.inject({ method: 'GET', url: '/v1/billing', headers: w.auth })).json();
    const invoices = async () => (await w.app.inject({ method: 'GET', url: '/v1/billing/invoices', headers: w.auth })).json().invoices as Array<{ id: string; status: string }>;
    const buy = async (pack: string) => {
      const res = await w.app.inject({ method: 'POST', url: '/v1/billing/credit-packs', headers: w.auth, payload: { pack } });
      assert.equal(res.statusCode, 201, res.body);
      const { invoice } = res.json() as { invoice: { id: string; url: string; amount: number } };
      return { invoice, ref: c.refOf(w.sim, invoice.url) };
    };

    it('pays: credits once, a replay changes nothing, a forged callback is refused', async () => {
      const { invoice, ref } = await buy('small');
      assert.match(invoice.url, /^http:\/\/127\.0\.0\.1:\d+\//);
      assert.equal((await fetch(invoice.url)).status, 200, 'the payment page');
      assert.equal(await c.ops(w.sim).pay(ref), 200);
      assert.equal(await c.ops(w.sim).replay(ref), 200);
      assert.equal(await c.ops(w.sim).forge(ref), 401);
      assert.equal((await billing()).credits.prepaid, 1000);
      assert.equal((await invoices())[0]!.status, 'paid');
    });

    it('underpaid: the invoice waits for the rest and credits nothing until then', async () => {
      const { ref } = await buy('medium');
      assert.equal(await c.ops(w.sim).pay(ref, 1000), 200);
      assert.equal((await invoices())[0]!.status, 'underpaid_open');
      assert.equal((await billing()).credits.prepaid, 0);
      assert.equal(await c.ops(w.sim).pay(ref), 200);
      assert.equal((await billing()).credits.prepaid, 5000);
    });

    it('expired: the invoice is marked and nothing is credited', async () => {
      const { ref } = await buy('large');
      assert.equal(await c.ops(w.sim).expire(ref), 200);
      assert.equal((await invoices())[0]!.status, 'expired');
      assert.equal((await billing()).credits.prepaid, 0);
    });
  });
}
