// Objection handling: an angry message in three languages gets the acknowledgement, the
// reason with the order's own numbers and a next step; a second dispute, or a request for a
// person, hands the conversation to staff.
import { strict as assert } from 'node:assert';
import {
  detectObjection,
  nextDisputeCount,
  planObjection,
  renderObjectionReply,
  SUPPORTED_REPLY_LANGUAGES,
} from '../../../workflows/replies/index.js';
import { OBJECTION_TEXTS } from '../../../workflows/replies/objection-texts.js';
import type { Decision } from '../../../workflows/rules/types.js';

const slow: Decision = { code: 'speed_up.forward', status: 'in_progress', delivered: 400, quantity: 1000 };

describe('objection handling', () => {
  const angry = [
    { language: 'en', text: 'why is my order 1005 so slow?!! this is a scam', ack: /sorry/i, step: /cancel 1005/ },
    { language: 'es', text: '¿por qué mi pedido 1005 va tan lento?!! pagué ayer', ack: /Lamento/, step: /cancelar 1005/ },
    { language: 'ru', text: 'почему заказ 1005 так медленно?!! это обман', ack: /Простите/, step: /отмена 1005/ },
  ];
  for (const { language, text, ack, step } of angry) {
    it(`answers an angry customer in ${language}: acknowledgement, the order's numbers, a next step`, () => {
      const plan = planObjection({ text, previous: [], disputesInARow: 0 }, slow);
      assert.ok(plan, 'an objection is seen');
      assert.ok(plan.signals.includes('anger'));
      assert.equal(plan.handOver, false);
      assert.equal(plan.nextStep, 'cancel', 'an order still running can be canceled instead of waited for');
      const reply = renderObjectionReply(plan, slow, '1005', language);
      assert.match(reply, ack);
      assert.match(reply, /400\D+1000/, 'the reason quotes the order\'s own progress');
      assert.match(reply, step);
    });
  }

  it('hands a second dispute in a row to staff, and not the first', () => {
    const first = planObjection({ text: "that's wrong, I already paid for it", previous: [], disputesInARow: 0 }, slow);
    assert.ok(first && first.signals.includes('dispute'));
    assert.equal(first.handOver, false);
    const count = nextDisputeCount(first, 0);
    assert.equal(count, 1);
    const second = planObjection({ text: 'no es verdad, ya pagué', previous: ["that's wrong, I already paid for it"], disputesInARow: count }, slow);
    assert.ok(second);
    assert.equal(second.handOver, true);
    assert.equal(second.nextStep, 'person');
    assert.match(renderObjectionReply(second, slow, '1005', 'es'), /persona de nuestro equipo/);
  });

  it('hands over at once when the customer asks for a person, in any language', () => {
    for (const text of ['I want to talk to a real person', 'quiero hablar con un humano', 'позовите оператора']) {
      const plan = planObjection({ text, previous: [], disputesInARow: 0 }, slow);
      assert.ok(plan?.handOver, text);
    }
  });

  it('sees a repeated question and a chargeback threat, and nothing in a calm new message', () => {
    assert.deepEqual(detectObjection({ text: 'where is my order 1005', previous: ['where is my order 1005?'] }), ['repeat']);
    assert.ok(detectObjection({ text: 'fix it or I will file a chargeback', previous: [] }).includes('chargeback'));
    assert.deepEqual(detectObjection({ text: 'speed up 1005 please', previous: ['refill 1001'] }), []);
    assert.equal(nextDisputeCount(null, 1), 0, 'a calm message resets the count');
  });

  it('has every acknowledgement and next step in every reply language', () => {
    for (const language of SUPPORTED_REPLY_LANGUAGES) {
      const texts = OBJECTION_TEXTS[language];
      for (const line of Object.values(texts.acknowledge)) assert.ok(line.length > 10, language);
      for (const step of Object.values(texts.nextStep)) assert.ok(step('1005').length > 10, language);
    }
  });
});
