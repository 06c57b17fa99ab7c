import assert from 'node:assert/strict';
import { OUTCOME_CODES, renderOutcome, SUPPORTED_REPLY_LANGUAGES } from '../../../workflows/replies/index.js';
import { LEAKED_PLACEHOLDER } from './samples.js';

const full = { orderId: '1001', status: 'partial', delivered: 700, quantity: 1000, message: 'We added 50 extra as a bonus.' } as const;

describe('renderOutcome', () => {
  for (const language of SUPPORTED_REPLY_LANGUAGES) {
    it(`names the order in every outcome in ${language}`, () => {
      for (const outcome of OUTCOME_CODES) {
        for (const ctx of [{ ...full, language }, { orderId: '1001', language }]) {
          const text = renderOutcome(outcome, ctx);
          assert.ok(text.includes('1001'), `${outcome}: ${text}`);
          assert.doesNotMatch(text, LEAKED_PLACEHOLDER, `${outcome}: ${text}`);
          if (language !== 'en') assert.notEqual(text, renderOutcome(outcome, { ...ctx, language: 'en' }), outcome);
        }
      }
    });

    it(`quotes what was delivered when a cancel ends partial, in ${language}`, () => {
      const text = renderOutcome('cancel.ended_partial', { ...full, language });
      assert.ok(text.includes('700') && text.includes('1000'), text);
    });

    it(`passes a staff reply on as written, in ${language}`, () => {
      assert.ok(renderOutcome('request.staff_reply', { ...full, language }).endsWith('\nWe added 50 extra as a bonus.'));
    });
  }

  it('tells the customer a speed-up completed the order, or how far it got', () => {
    assert.equal(
      renderOutcome('speed_up.resolved', { orderId: '1001', language: 'en', status: 'completed' }),
      'Good news: order 1001 is now completed.',
    );
    assert.equal(
      renderOutcome('speed_up.resolved', { orderId: '1001', language: 'en', status: 'in_progress', delivered: 400, quantity: 1000 }),
      'Good news: order 1001 is moving. So far 400 of 1000 have been delivered.',
    );
  });

  it('confirms a refund only once the order is canceled', () => {
    assert.match(renderOutcome('refund.resolved', { orderId: '1001', language: 'en' }), /canceled and your refund is confirmed/);
  });

  it('falls back to English for a language without templates', () => {
    assert.equal(
      renderOutcome('cancel.resolved', { orderId: '1001', language: 'zz' }),
      renderOutcome('cancel.resolved', { orderId: '1001', language: 'en' }),
    );
  });
});
