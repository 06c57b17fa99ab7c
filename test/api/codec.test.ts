// The codec endpoint as the Temporal Web UI calls it, over real HTTP: a CORS preflight from
// the UI's origin, then POST <endpoint>/decode with Content-Type, X-Namespace and (with "pass
// access token") a bearer token, or the token in the endpoint URL. In a real browser too, so
// the CORS answer is judged by Chromium rather than by the test.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { AesGcmPayloadCodec } from '../../infra/temporal/codec.js';
import { launchBrowser } from '../../dev/browser.js';
import { buildTestApp } from '../helpers/api.js';

const OPERATOR_KEY = 'operator-key-for-this-test-0123456789';
const CODEC_TOKEN = 'codec-token-for-this-test-abcdef0123456789';
const codec = new AesGcmPayloadCodec(Buffer.alloc(32, 9).toString('base64'));
const ORDER = { text: 'refill 1001 please', orderId: '1001' };

interface WirePayload {
  metadata: Record<string, string>;
  data: string;
}

function toWire(p: Payload): WirePayload {
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')])),
    data: Buffer.from(p.data ?? []).toString('base64'),
  };
}

function plainOf(p: WirePayload): unknown {
  return JSON.parse(Buffer.from(p.data, 'base64').toString());
}

async function sealedOrder(): Promise<WirePayload> {
  const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(ORDER)]);
  return toWire(sealed!);
}

/** An empty page served from its own origin, standing in for the Web UI. */
async function pageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ui</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('API: the Temporal Web UI codec endpoint (real HTTP)', () => {
  let ui: { server: Server; origin: string };
  let other: { server: Server; origin: string };
  let app: FastifyInstance;
  let base: string;
  let logs = '';

  before(async () => {
    ui = await pageServer();
    other = await pageServer();
    const capture = new Writable({ write: (chunk: Buffer, _enc, done) => { logs += chunk.toString(); done(); } });
    app = await buildTestApp({
      operator: { apiKey: OPERATOR_KEY, codec, codecCorsOrigin: ui.origin, codecToken: CODEC_TOKEN, namespace: 'default' },
      logger: pino({ level: 'info' }, capture),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await app.close();
    ui.server.close();
    other.server.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ui.origin, 'x-namespace': 'default', ...headers }, body: JSON.stringify(body) });

  it('answers the preflight from the UI\'s origin for both endpoint forms, and refuses other origins', async () => {
    for (const path of ['/codec/decode', `/codec/${CODEC_TOKEN}/decode`]) {
      const res = await fetch(`${base}${path}`, {
        method: 'OPTIONS',
        headers: { origin: ui.origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-namespace' },
      });
      assert.equal(res.status, 204, path);
      assert.equal(res.headers.get('access-control-allow-origin'), ui.origin);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
      for (const h of ['authorization', 'content-type', 'x-namespace']) assert.match(res.headers.get('access-control-allow-headers') ?? '', new RegExp(h));
    }
    const foreign = await fetch(`${base}/codec/decode`, { method: 'OPTIONS', headers: { origin: other.origin, 'access-control-request-method': 'POST' } });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  it('decodes with the bearer token as the UI sends it, and refuses without it or with the operator key', async () => {
    const wire = await sealedOrder();
    const res = await post('/codec/decode', { payloads: [wire] }, { authorization: `Bearer ${CODEC_TOKEN}` });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), ui.origin);
    const { payloads } = (await res.json()) as { payloads: WirePayload[] };
    assert.deepEqual(plainOf(payloads[0]!), ORDER);

    for (const headers of [{}, { authorization: `Bearer ${OPERATOR_KEY}` }] as Array<Record<string, string>>) {
      const denied = await post('/codec/decode', { payloads: [wire] }, headers);
      assert.equal(denied.status, 401);
      assert.equal(denied.headers.get('access-control-allow-origin'), ui.origin, 'the UI can read the refusal');
      assert.ok(!(await denied.text()).includes('refill'), 'nothing decoded');
    }
  });

  it('decodes with the token in the endpoint URL, which stays out of the request log', async () => {
    const wire = await sealedOrder();
    const res = await post(`/codec/${CODEC_TOKEN}/decode`, { payloads: [wire] });
    assert.equal(res.status, 200);
    assert.deepEqual(plainOf(((await res.json()) as { payloads: WirePayload[] }).payloads[0]!), ORDER);
    const wrong = await post('/codec/not-the-codec-token-0123456789abcdef/decode', { payloads: [wire] });
    assert.equal(wrong.status, 401);
    assert.match(logs, /"url":"\/codec\/decode"/, 'requests are logged');
    assert.ok(!logs.includes(CODEC_TOKEN), 'the token is not');
  });

  it('encodes what it decodes back, for the UI\'s signal and query inputs', async () => {
    const plain = toWire(defaultPayloadConverter.toPayload(ORDER));
    const enc = await post('/codec/encode', { payloads: [plain] }, { authorization: `Bearer ${CODEC_TOKEN}` });
    assert.equal(enc.status, 200);
    const [sealed] = ((await enc.json()) as { payloads: WirePayload[] }).payloads;
    assert.equal(Buffer.from(sealed!.metadata.encoding!, 'base64').toString(), 'binary/encrypted');
    assert.ok(!Buffer.from(sealed!.data, 'base64').toString('latin1').includes('refill'));
    const dec = await post('/codec/decode', { payloads: [sealed] }, { authorization: `Bearer ${CODEC_TOKEN}` });
    assert.deepEqual(plainOf(((await dec.json()) as { payloads: WirePayload[] }).payloads[0]!), ORDER);
  });

  it('names the field when the namespace is another or a payload was sealed with another key', async () => {
    const wire = await sealedOrder();
    const ns = await post('/codec/decode', { payloads: [wire] }, { authorization: `Bearer ${CODEC_TOKEN}`, 'x-namespace': 'billing' });
    assert.equal(ns.status, 400);
    assert.equal(((await ns.json()) as { issues: Array<{ field: string }> }).issues[0]?.field, 'headers.x-namespace');

    const [foreign] = await new AesGcmPayloadCodec(Buffer.alloc(32, 1).toString('base64')).encode([defaultPayloadConverter.toPayload('x')]);
    const key = await post('/codec/decode', { payloads: [toWire(foreign!)] }, { authorization: `Bearer ${CODEC_TOKEN}` });
    assert.equal(key.status, 400);
    const body = (await key.json()) as { issues: Array<{ field: string; message: string }> };
    assert.equal(body.issues[0]?.field, 'payloads');
    assert.match(body.issues[0]!.message, /another codec key/);
  });

  describe('in Chromium, from the UI\'s page', () => {
    let browser: Browser;
    before(async function () {
      this.timeout(60_000);
      browser = await launchBrowser();
    });
    after(() => browser.close());

    /** The Web UI's own request: fetch(endpoint + '/decode') with its headers, run in a page. */
    const decodeFrom = async (origin: string, endpoint: string, token: string | null) => {
      const page = await browser.newPage();
      try {
        await page.goto(origin);
        return await page.evaluate(async ({ endpoint, token, payloads }) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Namespace': 'default' };
          if (token) headers.Authorization = `Bearer ${token}`;
          try {
            const res = await fetch(`${endpoint}/decode`, { method: 'POST', headers, body: JSON.stringify({ payloads }) });
            return { status: res.status, body: (await res.json()) as { payloads?: Array<{ data: string }> } };
          } catch (err) {
            return { blocked: String(err) };
          }
        }, { endpoint, token, payloads: [await sealedOrder()] });
      } finally {
        await page.close();
      }
    };

    it('decodes for the UI\'s origin with either form of the token; another origin is blocked by the browser', async () => {
      const viaHeader = await decodeFrom(ui.origin, `${base}/codec`, CODEC_TOKEN);
      assert.ok('status' in viaHeader && viaHeader.status === 200, JSON.stringify(viaHeader));
      assert.deepEqual(JSON.parse(Buffer.from(viaHeader.body.payloads![0]!.data, 'base64').toString()), ORDER);

      const viaUrl = await decodeFrom(ui.origin, `${base}/codec/${CODEC_TOKEN}`, null);
      assert.ok('status' in viaUrl && viaUrl.status === 200, JSON.stringify(viaUrl));

      const foreign = await decodeFrom(other.origin, `${base}/codec`, CODEC_TOKEN);
      assert.ok('blocked' in foreign, `a page of another origin cannot read payloads: ${JSON.stringify(foreign)}`);
    });
  });
});

describe('payload codec', () => {
  it('refuses to decode a payload sealed with another key', async () => {
    const other = new AesGcmPayloadCodec(Buffer.alloc(32, 1).toString('base64'));
    const sealed = await other.encode([defaultPayloadConverter.toPayload('x')]);
    await assert.rejects(codec.decode(sealed), /another codec key/);
  });
});
