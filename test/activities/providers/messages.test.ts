// What providers read from us, and finding orders in what they write back.
import { strict as assert } from 'node:assert';
import { findExternalOrderIds, providerReplyAbout, providerRequestText } from '../../../activities/providers/messages.js';

describe('providerRequestText', () => {
  it('first requests name the provider’s order, the intent and, for refills, the drop', () => {
    assert.equal(providerRequestText({ intent: 'refill', externalId: '88123', drop: 300, kind: 'initial', attempt: 1 }), 'Refill request: order 88123, 300 dropped.');
    assert.equal(providerRequestText({ intent: 'refill', externalId: '88123', kind: 'initial', attempt: 1 }), 'Refill request: order 88123.');
    assert.equal(providerRequestText({ intent: 'cancel', externalId: '88123', drop: 300, kind: 'initial', attempt: 1 }), 'Cancel request: order 88123. Please cancel and refund the remains.');
    assert.equal(providerRequestText({ intent: 'speed_up', externalId: '88123', kind: 'initial', attempt: 1 }), 'Speed-up request: order 88123 is not moving, please push it.');
  });

  it('follow-ups are numbered reminders that say how long the provider has had it', () => {
    assert.equal(
      providerRequestText({ intent: 'refill', externalId: '88123', kind: 'follow_up', attempt: 3, requestedHoursAgo: 24 }),
      'Reminder #2: refill for order 88123 requested 24h ago, no progress yet.',
    );
    assert.equal(
      providerRequestText({ intent: 'speed_up', externalId: '88123', kind: 'follow_up', attempt: 2, requestedHoursAgo: 72 }),
      'Reminder #1: speed-up for order 88123 requested 3d ago, no progress yet.',
    );
    assert.equal(
      providerRequestText({ intent: 'refill', externalId: '88123', drop: 40, kind: 'follow_up', attempt: 2 }),
      'Reminder #1: refill for order 88123 (40 dropped) no progress yet.',
    );
  });

  it('adds the link when given, and keeps every message on one short line', () => {
    const text = providerRequestText({ intent: 'refill', externalId: ' 88123\n', drop: 1500, kind: 'initial', attempt: 1, orderLink: 'https://instagram.com/shop.page' });
    assert.equal(text, 'Refill request: order 88123, 1500 dropped. Link: https://instagram.com/shop.page');
    for (const intent of ['refill', 'cancel', 'speed_up'] as const) {
      for (const kind of ['initial', 'follow_up'] as const) {
        const t = providerRequestText({ intent, externalId: '5512345', drop: 250, kind, attempt: 4, requestedHoursAgo: 30 });
        assert.ok(!t.includes('\n') && t.length <= 120, t);
      }
    }
  });

  it('the provider’s order ID is the only order found in our own messages', () => {
    for (const drop of [5, 300, 1500, 2000, 9999]) {
      for (const kind of ['initial', 'follow_up'] as const) {
        const text = providerRequestText({ intent: 'refill', externalId: '88123', drop, kind, attempt: 3, requestedHoursAgo: 24 });
        assert.deepEqual(findExternalOrderIds(text), ['88123'], text);
      }
    }
  });
});

describe('findExternalOrderIds', () => {
  const cases: Array<[string, string[]]> = [
    ['88123 done', ['88123']],
    ['#88123 - added to refill', ['88123']],
    ['ID: 5512345 drop not found, 2000 followers still there', ['5512345']],
    ['orders 88123, 88124, 88125 refilled', ['88123', '88124', '88125']],
    ['88123 refilled\n88124 no drop\n88123 again', ['88123', '88124']],
    ['Заказ 88123 — рефилл запущен', ['88123']],
    ['88123 ka refill start kar diya', ['88123']],
    ['1500 dropped? we see only 100 missing on 88123', ['88123']],
    ['https://instagram.com/p/1234567 for 88123', ['88123']],
    ['checking, pls wait', []],
    ['drop: 4500 on 88123, -300 on 88124', ['88123', '88124']],
  ];
  for (const [text, ids] of cases) {
    it(`${JSON.stringify(text)} → ${ids.join(', ') || 'none'}`, () => assert.deepEqual(findExternalOrderIds(text), ids));
  }
});

describe('providerReplyAbout', () => {
  const text = '88123 - refilled.\n88124 - cannot refill. Order too old.\n88125, 88123 speed up done';
  it('keeps what is said about one order when a message names several', () => {
    assert.equal(providerReplyAbout(text, '88124'), '88124 - cannot refill. Order too old.');
    assert.equal(providerReplyAbout(text, '88123'), '88123 - refilled. 88125, 88123 speed up done');
  });
  it('a message about one order, or none, is read whole', () => {
    assert.equal(providerReplyAbout('88123 done. Thanks', '88123'), '88123 done. Thanks');
    assert.equal(providerReplyAbout('checking', '88123'), 'checking');
    assert.equal(providerReplyAbout(text, '99999'), text);
  });
});
