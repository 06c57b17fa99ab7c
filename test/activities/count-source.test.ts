import assert from 'node:assert/strict';
import { readLinkCount } from '../../activities/count-source.js';
import { startCountSource, type CountSourceSim } from '../../dev/simulators/count-source.js';

describe('readLinkCount', () => {
  let source: CountSourceSim;
  const awkward = 'https://www.instagram.com/p/Cx1?igsh=a&b=c#frag';

  beforeEach(async () => {
    source = await startCountSource({ counts: { 'https://www.instagram.com/alice/': 5700, [awkward]: 12 } });
  });
  afterEach(async () => {
    await source.close();
  });

  const cfg = (): { urlTemplate: string; countPath: string } => ({ urlTemplate: source.urlTemplate, countPath: source.countPath });

  it('reads the count of a known link', async () => {
    assert.equal(await readLinkCount(cfg(), 'https://www.instagram.com/alice/'), 5700);
  });

  it('URL-encodes the link into the template', async () => {
    assert.equal(await readLinkCount(cfg(), awkward), 12);
  });

  it('answers null for a link the source does not know', async () => {
    assert.equal(await readLinkCount(cfg(), 'https://www.instagram.com/nobody/'), null);
  });

  it('follows the count as tests change it', async () => {
    source.setCount('https://www.instagram.com/alice/', 6000);
    assert.equal(await readLinkCount(cfg(), 'https://www.instagram.com/alice/'), 6000);
    source.forget('https://www.instagram.com/alice/');
    assert.equal(await readLinkCount(cfg(), 'https://www.instagram.com/alice/'), null);
  });

  it('throws a transient Error on a 500 or a timeout, so the caller can retry', async () => {
    source.failNext(1);
    await assert.rejects(readLinkCount(cfg(), 'https://www.instagram.com/alice/'), /HTTP 500/);
    source.faults.latencyMs = 300;
    await assert.rejects(readLinkCount(cfg(), 'https://www.instagram.com/alice/', { timeoutMs: 50 }), /timed out/);
  });

  it('reads a dotted path and numbers written as strings; anything else is null', async () => {
    const answer = (body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status: 200 });
    const nested = { urlTemplate: 'http://127.0.0.1:9/c?u={link}', countPath: 'data.followers' };
    assert.equal(await readLinkCount(nested, 'x', { fetch: answer({ data: { followers: '1234' } }) }), 1234);
    assert.equal(await readLinkCount(nested, 'x', { fetch: answer({ data: { followers: 'many' } }) }), null);
    assert.equal(await readLinkCount(nested, 'x', { fetch: answer({ data: {} }) }), null);
    assert.equal(await readLinkCount(nested, 'x', { fetch: answer([1, 2]) }), null);
  });
});
