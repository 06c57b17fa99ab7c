import assert from 'node:assert/strict';
import { createCryptomusGateway, cryptomusSign, cryptomusStatus, phpJsonEncode } from '../../../infra/payments/cryptomus.js';
import { createNowPaymentsGateway, nowPaymentsSign, nowPaymentsStatus, recursivelySortedJson, topLevelSortedJson } from '../../../infra/payments/nowpayments.js';
import { createDevGateway, devSign } from '../../../infra/payments/dev.js';
import { centsToDecimal } from '../../../infra/payments/gateway.js';

describe('payment gateway signatures and statuses', () => {
  const vectorBody = '{"type":"payment","uuid":"u-1","order_id":"o-1","amount":"10.00","status":"paid","is_final":true,"additional_data":"https://a.test/b","payer_currency":"USDT"}';

  it('signs a Cryptomus callback as the published test vector does (PHP escapes "/")', () => {
    const body = JSON.parse(vectorBody) as Record<string, unknown>;
    assert.equal(phpJsonEncode(body).includes('https:\\/\\/a.test\\/b'), true);
    assert.equal(cryptomusSign(phpJsonEncode(body), 'test-payment-key'), 'f6454fa2566b84463819c91f8c037f7f');
  });

  it('accepts a Cryptomus callback with the right sign inside the body and refuses a changed one', () => {
    const gw = createCryptomusGateway({ name: 'cryptomus', apiRoot: 'http://127.0.0.1:9', merchant: 'm', paymentKey: 'test-payment-key' });
    const signed = vectorBody.replace(/}$/, ',"sign":"f6454fa2566b84463819c91f8c037f7f"}');
    assert.deepEqual(gw.verifyCallback(Buffer.from(signed), {}), { orderId: 'o-1', ref: 'u-1' });
    assert.equal(gw.verifyCallback(Buffer.from(signed.replace('"10.00"', '"1000.00"')), {}), null, 'a changed amount');
    assert.equal(gw.verifyCallback(Buffer.from(vectorBody), {}), null, 'no sign');
    assert.equal(gw.verifyCallback(Buffer.from('not json'), {}), null);
  });

  it('accepts a NOWPayments IPN signed with top-level or recursive key sorting, and nothing else', () => {
    const gw = createNowPaymentsGateway({ apiRoot: 'http://127.0.0.1:9', apiKey: 'k', ipnSecret: 'ipn' });
    const ipn = { payment_status: 'finished', payment_id: 42, order_id: 'inv-7', fee: { serviceFee: 0.1, currency: 'usdt' } };
    const raw = Buffer.from(JSON.stringify(ipn));
    assert.equal(topLevelSortedJson(ipn).includes('"fee":{}'), true, 'the documented one-liner drops nested keys');
    assert.equal(recursivelySortedJson(ipn), '{"fee":{"currency":"usdt","serviceFee":0.1},"order_id":"inv-7","payment_id":42,"payment_status":"finished"}');
    for (const json of [topLevelSortedJson(ipn), recursivelySortedJson(ipn)]) {
      assert.deepEqual(gw.verifyCallback(raw, { 'x-nowpayments-sig': nowPaymentsSign(json, 'ipn') }), { orderId: 'inv-7', ref: '42' });
    }
    assert.equal(gw.verifyCallback(raw, { 'x-nowpayments-sig': nowPaymentsSign(JSON.stringify(ipn), 'ipn') }), null, 'unsorted');
    assert.equal(gw.verifyCallback(raw, { 'x-nowpayments-sig': nowPaymentsSign(recursivelySortedJson(ipn), 'other') }), null, 'another secret');
    assert.equal(gw.verifyCallback(raw, {}), null, 'no header');
  });

  it('verifies the dev gateway on the exact bytes received', () => {
    const gw = createDevGateway({ apiRoot: 'http://127.0.0.1:9', secret: 's' });
    const raw = '{"id":"dev_1","order_id":"inv-1","status":"paid"}';
    assert.deepEqual(gw.verifyCallback(Buffer.from(raw), { 'x-dev-signature': devSign(raw, 's') }), { orderId: 'inv-1', ref: 'dev_1' });
    const spaced = '{"id": "dev_1","order_id":"inv-1","status":"paid"}';
    assert.equal(gw.verifyCallback(Buffer.from(spaced), { 'x-dev-signature': devSign(raw, 's') }), null, 'same JSON, other bytes');
  });

  it('normalises gateway statuses', () => {
    assert.deepEqual(['paid', 'paid_over', 'wrong_amount_waiting', 'wrong_amount', 'cancel', 'fail', 'check', 'refund_paid'].map(cryptomusStatus),
      ['paid', 'paid', 'underpaid_open', 'underpaid_final', 'expired', 'failed', 'pending', 'refunded']);
    assert.deepEqual(['finished', 'partially_paid', 'waiting', 'confirming', 'expired', 'failed', 'refunded'].map(nowPaymentsStatus),
      ['paid', 'underpaid_open', 'pending', 'pending', 'expired', 'failed', 'refunded']);
  });

  it('writes integer cents as exact decimals', () => {
    assert.deepEqual([centsToDecimal(900), centsToDecimal(130), centsToDecimal(5), centsToDecimal(37_800)], ['9.00', '1.30', '0.05', '378.00']);
    assert.throws(() => centsToDecimal(1.5));
  });
});
