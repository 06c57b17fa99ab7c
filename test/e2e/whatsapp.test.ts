// WhatsApp through the whole service as `npm start` runs it (embedded PostgreSQL, the Temporal
// dev server, worker, API) and its built-in Meta simulator, driven over the simulator's
// control routes as a customer on a phone would: link, ask for a refill, get the answer on
// WhatsApp; a reply that falls outside the 24-hour window waits for the customer's next message.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { eventually } from '../helpers/eventually.js';
import { allocatePorts, startServiceProcess, type ServicePorts, type ServiceProcess } from '../helpers/service-process.js';

interface Sent { to: string; type: string; text: string; buttons: Array<{ id: string; title: string }> }

describe('end to end: a WhatsApp customer links, refills, and is answered within the 24-hour window', function () {
  this.timeout(300_000);
  let dataDir: string;
  let ports: ServicePorts;
  let svc: ServiceProcess;
  let sim: string;

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${svc.apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${svc.demoKey}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const write = async (from: string, text: string, sentAt?: Date) => {
    const res = await fetch(`${sim}/_sim/customers/${from}/messages`, { method: 'POST', body: JSON.stringify({ text, ...(sentAt ? { sentAt: sentAt.toISOString() } : {}) }) });
    return (await res.json()) as { statuses: number[] };
  };
  const sentTo = async (to: string) => ((await (await fetch(`${sim}/_sim/messages?to=${to}`)).json()) as { messages: Sent[] }).messages;
  const link = async (from: string, sentAt?: Date) => {
    const issued = await api('/v1/channels/whatsapp/link', { method: 'POST', body: JSON.stringify({ customer: 'alice' }) });
    assert.equal(issued.status, 200);
    assert.match(issued.body.url, /^https:\/\/wa\.me\/15550100001\?text=LINK%20/);
    assert.deepEqual((await write(from, issued.body.text, sentAt)).statuses, [200]);
  };

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-e2e-whatsapp-'));
    ports = await allocatePorts();
    svc = await startServiceProcess(dataDir, ports);
    const printed = /WhatsApp \(sim\):\s+(http:\/\/127\.0\.0\.1:\d+)\/_sim\/messages/.exec(svc.output());
    assert.ok(printed?.[1], `the WhatsApp simulator is printed:\n${svc.output()}`);
    sim = printed[1];
  });
  after(async () => {
    await svc?.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('links with the signed link, then "refill 1009" is decided by the workflow and answered on WhatsApp', async () => {
    const phone = '4915550100';
    await link(phone);
    await eventually('the link confirmation', async () => (await sentTo(phone)).some((m) => /linked to your account "alice"/.test(m.text)));

    assert.deepEqual((await write(phone, 'refill 1009')).statuses, [200]);
    const answer = await eventually('the refill answer', async () => (await sentTo(phone)).find((m) => /1009/.test(m.text)));
    assert.match(answer.text, /100 missing/, 'the reply quotes the drop the rules found');

  });

  it('a reply outside the 24-hour window is not sent, the owner is told, and it goes out when the customer writes again', async () => {
    const phone = '4915550200';
    // Meta delivers this customer's messages more than a day late: the window they opened is closed.
    const dayAndHalfAgo = new Date(Date.now() - 36 * 3600_000);
    await link(phone, dayAndHalfAgo);
    assert.equal((await sentTo(phone)).length, 0, 'not even the link confirmation may go out');
    await write(phone, 'status 1009', dayAndHalfAgo);

    const pg = postgres({ host: '127.0.0.1', port: ports.pg, user: 'postgres', password: (await readFile(join(dataDir, 'pg-password'), 'utf8')).trim(), database: 'supportai', max: 1, onnotice: () => {} });
    try {
      const held = await eventually('the held reply', async () => {
        const [row] = await pg<{ conversation_id: string; text: string; delivery_error: string | null }[]>`
          select r.conversation_id, r.text, r.delivery_error from replies r join conversations c on c.id = r.conversation_id
          where c.channel = 'whatsapp' and c.external_ref = ${phone} and r.delivered_at is null and r.delivery_error is not null`;
        return row;
      });
      assert.match(held.delivery_error ?? '', /outside the WhatsApp 24-hour window/);
      assert.match(held.text, /1009/);
      const told = await eventually('the owner notice', async () => {
        const [row] = await pg<{ text: string }[]>`
          select text from notifications where tenant_id = 'demo' and kind = 'delivery_failed' and text like ${`%${held.conversation_id}%`}`;
        return row;
      });
      assert.match(told.text, /24-hour window/);
      assert.equal((await sentTo(phone)).length, 0, 'nothing free-form went out');

      await write(phone, 'hello?');
      const arrived = await eventually('the held reply on WhatsApp', async () => (await sentTo(phone)).find((m) => m.text === held.text));
      assert.ok(arrived);
    } finally {
      await pg.end();
    }
  });
});
