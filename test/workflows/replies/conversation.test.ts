import assert from 'node:assert/strict';
import {
  renderConversationReply,
  renderMissingOrderId,
  renderReply,
  SUPPORTED_REPLY_LANGUAGES,
} from '../../../workflows/replies/index.js';
import { LEAKED_PLACEHOLDER, SAMPLE_DECISIONS } from './samples.js';

const refill = SAMPLE_DECISIONS['refill.forward'];
const cancel = SAMPLE_DECISIONS['cancel.forward'];
const notFound = SAMPLE_DECISIONS['order.not_found'];

describe('renderConversationReply', () => {
  it('answers a single order exactly as a single reply does, without a list prefix', () => {
    const text = renderConversationReply([{ orderId: '1001', decision: refill }], 'en');
    assert.equal(text, renderReply(refill, { orderId: '1001', language: 'en' }));
    assert.doesNotMatch(text, /^Order 1001:/);
    assert.equal(text.split('\n').length, 1);
  });

  it('answers three orders in one message, one line per order', () => {
    const text = renderConversationReply(
      [
        { orderId: '1001', decision: refill },
        { orderId: '1002', decision: cancel },
        { orderId: '1003', decision: notFound },
      ],
      'en',
    );
    const lines = text.split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? '', /^Order 1001: We've asked the provider to refill the 300 missing\./);
    assert.match(lines[1] ?? '', /^Order 1002: We've asked the provider to cancel this order\./);
    assert.match(lines[2] ?? '', /^Order 1003: We couldn't find this order/);
  });

  it('puts orders with the same answer on one line, in the order they were asked about', () => {
    const text = renderConversationReply(
      [
        { orderId: '1001', decision: notFound },
        { orderId: '1002', decision: cancel },
        { orderId: '1003', decision: SAMPLE_DECISIONS['order.not_owned'] },
      ],
      'en',
    );
    assert.deepEqual(text.split('\n').map((line) => line.split(':')[0]), ['Orders 1001, 1003', 'Order 1002']);
  });

  it('keeps orders apart when their numbers differ', () => {
    const text = renderConversationReply(
      [
        { orderId: '1001', decision: refill },
        { orderId: '1002', decision: { ...refill, drop: 120 } },
      ],
      'en',
    );
    assert.equal(text.split('\n').length, 2);
    assert.match(text, /Order 1002: .*120 missing/);
  });

  it('adds an answer that is about no order without a prefix', () => {
    const text = renderConversationReply(
      [
        { orderId: '1001', decision: refill },
        { orderId: null, decision: SAMPLE_DECISIONS['other.answer'] },
      ],
      'en',
    );
    assert.equal(text.split('\n')[1], 'Payments are accepted in USDT and BTC.');
  });

  it('says an answer once when a message repeats the same order', () => {
    const text = renderConversationReply(
      [
        { orderId: '1001', decision: refill },
        { orderId: '1001', decision: refill },
      ],
      'en',
    );
    assert.equal(text, renderReply(refill, { orderId: '1001', language: 'en' }));
  });

  it('has nothing to say for no parts', () => {
    assert.equal(renderConversationReply([], 'en'), '');
  });

  for (const language of SUPPORTED_REPLY_LANGUAGES) {
    it(`lists several orders in ${language}`, () => {
      const text = renderConversationReply(
        [
          { orderId: '1001', decision: refill },
          { orderId: '1002', decision: SAMPLE_DECISIONS['status.report'] },
          { orderId: '1003', decision: refill },
        ],
        language,
      );
      const lines = text.split('\n');
      assert.equal(lines.length, 2, text);
      assert.ok(lines[0]?.includes('1001') && lines[0].includes('1003') && lines[0].includes('300'), text);
      assert.ok(lines[1]?.includes('1002') && lines[1].includes('700'), text);
      assert.doesNotMatch(text, LEAKED_PLACEHOLDER);
    });
  }
});

describe('renderMissingOrderId', () => {
  it('asks for the order ID in every language, English when unsupported', () => {
    for (const language of SUPPORTED_REPLY_LANGUAGES) {
      const text = renderMissingOrderId(language);
      assert.ok(text.length > 20, language);
      if (language !== 'en') assert.notEqual(text, renderMissingOrderId('en'), language);
    }
    assert.equal(renderMissingOrderId('zz'), renderMissingOrderId('en'));
  });
});
