import assert from 'node:assert/strict';
import { renderReply, SUPPORTED_REPLY_LANGUAGES, resolveReplyLanguage } from '../../../workflows/replies/index.js';
import { DECISION_CODES, type Decision } from '../../../workflows/rules/types.js';
import { LEAKED_PLACEHOLDER, SAMPLE_DECISIONS } from './samples.js';

const reply = (decision: Decision, language: string, orderId: string | null = '1001'): string =>
  renderReply(decision, { orderId, language });

describe('renderReply', () => {
  it('supports at least the languages panel customers write in most', () => {
    for (const lang of ['en', 'ru', 'es', 'pt', 'tr', 'ar', 'hi', 'id']) {
      assert.ok(SUPPORTED_REPLY_LANGUAGES.includes(resolveReplyLanguage(lang)), lang);
      assert.equal(resolveReplyLanguage(lang), lang);
    }
  });

  for (const language of SUPPORTED_REPLY_LANGUAGES) {
    describe(`in ${language}`, () => {
      it('answers every decision code with a complete text', () => {
        for (const code of DECISION_CODES) {
          for (const decision of [SAMPLE_DECISIONS[code], { code }]) {
            const text = reply(decision, language);
            assert.ok(text.trim().length > 20, `${code}: too short: ${text}`);
            assert.doesNotMatch(text, LEAKED_PLACEHOLDER, `${code}: ${text}`);
            assert.ok(text.includes('1001'), `${code} names the order: ${text}`);
          }
        }
      });

      it('answers not found and not owned with the same words', () => {
        assert.equal(reply({ code: 'order.not_owned' }, language), reply({ code: 'order.not_found' }, language));
      });

      it('quotes the numbers the decision carries', () => {
        const has = (code: keyof typeof SAMPLE_DECISIONS, ...numbers: string[]): void => {
          const text = reply(SAMPLE_DECISIONS[code], language);
          for (const n of numbers) assert.ok(text.includes(n), `${code} should quote ${n}: ${text}`);
        };
        has('refill.forward', '300', '12');
        has('refill.forward_unverified', '12');
        has('refill.no_drop', '6000', '12');
        has('refill.below_start_count', '4800', '5000');
        has('refill.window_expired', '2026-12-01');
        has('refill.order_not_completed', '700', '1000');
        has('status.report', '700', '1000', '5000');
        has('cancel.already_partial', '700', '1000');
        has('speed_up.forward', '700', '1000');
        has('speed_up.too_early', '45');
        has('refund.already_refunded', '700', '1000');
        has('refund.executed', '2.50 USD');
      });

      it('passes the knowledge-base answer on as written', () => {
        assert.ok(reply(SAMPLE_DECISIONS['other.answer'], language, null).includes('Payments are accepted in USDT and BTC.'));
      });

      if (language !== 'en') {
        it('writes every code in this language rather than falling back to English', () => {
          for (const code of DECISION_CODES) {
            if (code === 'other.answer') continue;
            const decision = SAMPLE_DECISIONS[code];
            assert.notEqual(reply(decision, language), reply(decision, 'en'), code);
          }
        });
      }

      it('never mentions quotas or billing when the tenant is out of requests', () => {
        assert.doesNotMatch(reply({ code: 'quota.blocked' }, language), /quota|billing|limit|plan/i);
      });
    });
  }

  it('answers in English when the language has no templates', () => {
    for (const language of ['zz', 'ja', '', 'xx-YY']) {
      assert.equal(reply(SAMPLE_DECISIONS['refill.forward'], language), reply(SAMPLE_DECISIONS['refill.forward'], 'en'));
    }
  });

  it('reads regional and upper-case language tags as their language', () => {
    assert.equal(resolveReplyLanguage('pt-BR'), 'pt');
    assert.equal(resolveReplyLanguage('es_MX'), 'es');
    assert.equal(resolveReplyLanguage('RU'), 'ru');
  });

  it('tells the customer what was asked for, in the words of the spec', () => {
    const text = reply(SAMPLE_DECISIONS['refill.forward'], 'en');
    assert.match(text, /asked the provider to refill the 300 missing/);
    assert.match(text, /12 days left/);
  });

  it('never says an order is canceled before the cancellation is confirmed', () => {
    for (const code of ['cancel.forward', 'refund.forward_cancel'] as const) {
      const text = reply(SAMPLE_DECISIONS[code], 'en');
      assert.match(text, /asked the provider to cancel/);
      assert.doesNotMatch(text, /(has been|was|is) (canceled|refunded)/);
    }
    assert.match(reply(SAMPLE_DECISIONS['refund.forward_cancel'], 'en'), /refund is confirmed once the cancellation goes through/);
  });

  it('tells a repeated request that it is already being handled', () => {
    assert.match(reply({ code: 'request.duplicate' }, 'en'), /already handling/);
  });

  it('asks for a screenshot of the current count, naming what waits for it', () => {
    const text = reply(SAMPLE_DECISIONS['request.need_screenshot'], 'en');
    assert.match(text, /screenshot/);
    assert.match(text, /current count/);
    assert.match(text, /refill/);
  });

  it('quotes a wait of an hour or more in whole hours, rounded up', () => {
    const wait = (waitMinutes: number) => reply({ ...SAMPLE_DECISIONS['speed_up.too_early'], waitMinutes }, 'en');
    assert.match(wait(1), /1 more minute;/);
    assert.match(wait(59), /59 more minutes/);
    assert.match(wait(60), /1 more hour;/);
    assert.match(wait(61), /2 more hours/);
    assert.match(wait(150), /3 more hours/);
  });

  it('says when the refill period ends today', () => {
    assert.match(reply({ ...SAMPLE_DECISIONS['refill.forward'], daysLeft: 0 }, 'en'), /last day of your refill period/);
    assert.match(reply({ ...SAMPLE_DECISIONS['refill.forward'], daysLeft: 1 }, 'en'), /1 day left/);
  });

  it('counts days and hours with each language’s plural forms', () => {
    const days = (daysLeft: number, language: string) =>
      reply({ ...SAMPLE_DECISIONS['refill.forward'], daysLeft }, language);
    assert.match(days(1, 'ru'), /ещё 1 день\./);
    assert.match(days(3, 'ru'), /ещё 3 дня\./);
    assert.match(days(5, 'ru'), /ещё 5 дней\./);
    assert.match(days(11, 'ru'), /ещё 11 дней\./);
    assert.match(days(21, 'uk'), /ще 21 день\./);
    assert.match(days(2, 'ar'), /يومان/);
    assert.match(days(15, 'ar'), /15 يومًا/);
    const hours = (waitMinutes: number, language: string) =>
      reply({ ...SAMPLE_DECISIONS['speed_up.too_early'], waitMinutes }, language);
    assert.match(hours(120, 'ar'), /لمدة ساعتين/);
    assert.match(hours(120, 'de'), /noch 2 Stunden/);
  });

  it('formats the end of the refill window as the UTC calendar day', () => {
    const ended = (windowEndedAt: string) => reply({ code: 'refill.window_expired', windowEndedAt }, 'en');
    assert.match(ended('2026-12-01T23:30:00-05:00'), /ended on 2026-12-02,/);
    assert.match(ended('2026-12-01T10:00:00'), /ended on 2026-12-01,/);
    assert.match(ended('2026-12-01'), /ended on 2026-12-01,/);
    assert.match(ended('not a date'), /has ended, so/);
  });

  it('leaves out numbers that are missing or not numbers, rather than printing them', () => {
    const text = reply({ code: 'refill.forward', drop: Number.NaN, daysLeft: -1 }, 'en');
    assert.equal(text, "Thanks for your message about order 1001. We've asked the provider to refill this order. We'll keep an eye on it and update you here.");
  });

  it('needs no order ID for replies that are not about an order', () => {
    assert.equal(reply({ code: 'other.escalate' }, 'en', null), "We've passed your message to our team, and a team member will reply here.");
  });
});
