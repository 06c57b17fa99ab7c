// Written replies against the OpenAI-compatible simulator playing the model: a good text is
// sent; a text with an invented number, a wrong order ID, a made-up date, malformed output,
// a timeout or an LLM that is down gives the template, with the reason.
import { strict as assert } from 'node:assert';
import { checkWrittenReply } from '../../../activities/llm/reply-checker.js';
import { createReplyWriter, type ReplyFacts, type WrittenReply } from '../../../activities/llm/replies-writer.js';
import { scriptedWriter, WRITER_BEHAVIOURS, type WriterBehaviour } from '../../../dev/simulators/openai-model.js';
import { startOpenAiSimulator, type OpenAiSimulator } from '../../../dev/simulators/openai.js';
import { renderReply } from '../../../workflows/replies/index.js';
import type { Decision } from '../../../workflows/rules/types.js';

const decision: Decision = { code: 'speed_up.forward', status: 'in_progress', delivered: 400, quantity: 1000 };

function factsFor(language: string): ReplyFacts {
  return {
    language,
    tone: 'upset',
    parts: [{
      orderId: '1005', decision,
      order: { id: '1005', status: 'in_progress', quantity: 1000, remains: 600, startCount: 5000, createdAt: '2026-12-05T23:00:00Z' },
    }],
    conversation: [{ from: 'customer', text: '¿por qué mi pedido 1005 va tan lento?!! pagué ayer, son 20 dólares' }],
    template: renderReply(decision, { orderId: '1005', language }),
  };
}

describe('written replies', () => {
  let sim: OpenAiSimulator;
  let script: WriterBehaviour[] = [];
  const logged: Array<Record<string, unknown>> = [];

  before(async () => {
    const respond = (m: Parameters<ReturnType<typeof scriptedWriter>>[0]) => scriptedWriter(script.splice(0, 1))(m);
    sim = await startOpenAiSimulator({ respond });
  });
  after(() => sim.close());

  function writer() {
    return createReplyWriter({ llm: { baseURL: sim.url, apiKey: 'k', model: 'm' }, timeoutMs: 1_000, log: (_m, meta) => logged.push(meta) });
  }

  async function write(behaviour: WriterBehaviour, language = 'es'): Promise<WrittenReply> {
    script = [behaviour];
    return writer().writeReply(factsFor(language));
  }

  it('sends a good written text, in the customer\'s language, quoting the order\'s real progress', async () => {
    const got = await write('good');
    assert.equal(got.source, 'llm');
    assert.equal(got.rejected, undefined);
    assert.match(got.text, /Gracias por tu paciencia/);
    assert.match(got.text, /400 de 1000/);
  });

  it('replaces a text with an invented number by the template', async () => {
    const got = await write('wrong_number');
    assert.equal(got.source, 'template');
    assert.equal(got.text, factsFor('es').template);
    assert.match(got.rejected ?? '', /1437/);
  });

  it('replaces a text naming a wrong order ID by the template', async () => {
    const got = await write('wrong_order_id');
    assert.equal(got.source, 'template');
    assert.match(got.rejected ?? '', /order ID or number 1006/);
  });

  it('replaces a text with a made-up date by the template', async () => {
    const got = await write('made_up_date');
    assert.equal(got.source, 'template');
    assert.match(got.rejected ?? '', /date 2026-12-24/);
  });

  it('falls back on malformed output, a timeout and an LLM that errors, and logs each', async () => {
    const before = logged.length;
    assert.equal((await write('malformed')).rejected, 'malformed output');
    assert.equal((await write('timeout')).rejected, 'llm failed: timeout');
    assert.match((await write('error')).rejected ?? '', /llm failed/);
    assert.equal(logged.length, before + 3);
  });

  it('uses the template without asking anyone when no LLM is configured, or the LLM is down', async () => {
    const none = await createReplyWriter({ llm: null }).writeReply(factsFor('en'));
    assert.deepEqual(none, { text: factsFor('en').template, source: 'template' });
    const down = await createReplyWriter({ llm: { baseURL: 'http://127.0.0.1:9/v1', apiKey: 'k', model: 'm' }, timeoutMs: 1_000 }).writeReply(factsFor('en'));
    assert.equal(down.source, 'template');
    assert.match(down.rejected ?? '', /llm failed/);
  });

  it('never takes a number from the customer\'s own words as a fact', () => {
    const facts = factsFor('es');
    const { conversation: _c, ...withoutCustomer } = facts;
    const check = checkWrittenReply(`${facts.template} Pagaste 20 dólares.`, withoutCustomer, facts.template);
    assert.deepEqual(check, { ok: false, reason: 'number 20 is not among the facts' });
  });

  it('accepts figures derived from the facts (what is left, the share delivered) and localised separators', () => {
    const facts = factsFor('en');
    assert.deepEqual(checkWrittenReply('Order 1005: 400 of 1.000 delivered (40%), 600 to go.', facts, facts.template), { ok: true });
    assert.deepEqual(checkWrittenReply('Order 1005 will be done in 7 hours.', facts, facts.template), { ok: false, reason: 'number 7 is not among the facts' });
  });

  it('rejects the scripted bad cases and passes the good ones (the share is reported)', async () => {
    const results: Array<{ behaviour: WriterBehaviour; rejected: boolean }> = [];
    for (const behaviour of WRITER_BEHAVIOURS) {
      for (const language of ['en', 'es', 'ru']) {
        const got = await write(behaviour, language);
        results.push({ behaviour, rejected: got.source === 'template' });
      }
    }
    for (const r of results) assert.equal(r.rejected, r.behaviour !== 'good', `${r.behaviour}`);
    const share = results.filter((r) => r.rejected).length / results.length;
    console.log(`      checker/fallback rejected ${results.filter((r) => r.rejected).length}/${results.length} scripted replies (${(share * 100).toFixed(1)}%)`);
  });
});
