import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';

describe('supportai classify', function () {
  this.timeout(30_000);

  it('writes one contract line per input line, order IDs as strings', async () => {
    const input = [
      { id: '1', text: 'refill 4829173 pls' },
      { id: '2', text: '481799696,481799190 refill\n485018699 cancel' },
      { id: '3', text: 'how do I pay with USDT?' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { code, stdout } = await runCli(['classify'], `${input}\n`);
    assert.equal(code, 0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 3);
    assert.deepEqual(out[0], { id: '1', language: 'en', intents: [{ intent: 'refill', orderIds: ['4829173'] }] });
    assert.deepEqual(out[1].intents, [
      { intent: 'refill', orderIds: ['481799696', '481799190'] },
      { intent: 'cancel', orderIds: ['485018699'] },
    ]);
    assert.deepEqual(out[2].intents, [{ intent: 'other', orderIds: [] }]);
    for (const line of out) assert.deepEqual(Object.keys(line), ['id', 'language', 'intents']);
  });

  it('names a bad line and still classifies the others', async () => {
    const { code, stdout, stderr } = await runCli(['classify'], '{"id":"a","text":"cancel 5512098"}\nnot json\n{"id":"c"}\n');
    assert.equal(code, 1);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 3);
    assert.deepEqual(out[0].intents, [{ intent: 'cancel', orderIds: ['5512098'] }]);
    assert.match(out[1].error, /line 2: not valid JSON/);
    assert.match(out[2].error, /line 3: text/);
    assert.match(stderr, /line 2/);
  });

  it('explains unknown commands', async () => {
    const { code, stderr } = await runCli(['clasify'], '');
    assert.equal(code, 2);
    assert.match(stderr, /unknown command "clasify"/);
    assert.match(stderr, /classify/);
  });
});
