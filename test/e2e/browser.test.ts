// The faces a person uses, in a real browser against `npm start` in its own process: the
// chat widget on the demo panel's page (its own origin, as on a real panel) and the owner
// dashboard.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { allocatePorts, startServiceProcess, type ServiceProcess } from '../helpers/service-process.js';
import { launchBrowser } from '../../dev/browser.js';
import { eventually } from '../helpers/eventually.js';
import { DEMO_WHATSAPP } from '../../dev/simulators/whatsapp.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4360000000049454e44ae426082', 'hex');

describe('in a browser: the chat widget and the owner dashboard', function () {
  this.timeout(300_000);
  let dataDir: string;
  let svc: ServiceProcess | null = null;
  let browser: Browser | null = null;
  let shopUrl: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'supportai-browser-'));
    svc = await startServiceProcess(dataDir, await allocatePorts());
    const m = /Demo chat widget:\s+(\S+)/.exec(svc.output());
    assert.ok(m?.[1], `the demo page is printed:\n${svc.output()}`);
    shopUrl = m[1];
    assert.match(svc.output(), /Dashboard:\s+http:\/\/127\.0\.0\.1:\d+\/dashboard/);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (svc) await svc.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${svc!.apiUrl}${path}`, { headers: { authorization: `Bearer ${svc!.demoKey}` } });
    assert.equal(res.status, 200, path);
    return (await res.json()) as T;
  };
  const requestsFor = async (orderId: string) => (await api<{ requests: unknown[] }>(`/v1/requests?orderId=${orderId}`)).requests.length;
  const messages = (page: Page, author: 'customer' | 'agent') => page.locator(`[data-supportai-widget] .msg[data-author=${author}]`);

  describe('the chat widget', () => {
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      context = await browser!.newContext({ locale: 'en-US' });
      page = await context.newPage();
    });
    after(() => context.close());

    it('an anonymous visitor (over the long-poll fallback) is told to log in, and no order is acted on', async () => {
      const visitor = await browser!.newContext({ locale: 'en-US' });
      const p = await visitor.newPage();
      await p.goto(`${shopUrl}/?visitor&poll`);
      await p.getByRole('button', { name: 'Chat with support' }).click();
      await p.getByText('Not signed in').waitFor();
      await p.getByLabel('Type your message…').fill('refill 1004');
      await p.keyboard.press('Enter');
      await messages(p, 'agent').filter({ hasText: 'log in' }).waitFor();
      assert.equal(await p.locator('[data-supportai-widget]').getAttribute('data-transport'), 'poll');
      // The answer arrived, so the message was handled: no request was opened for it.
      assert.equal(await requestsFor('1004'), 0);
      await visitor.close();
    });

    it('a signed-in customer writes "refill 1001" and sees the reply arrive without a reload', async () => {
      await page.goto(shopUrl);
      await page.getByRole('button', { name: 'Chat with support' }).click();
      await page.getByText('Signed in as alice').waitFor();
      await page.getByLabel('Type your message…').fill('refill 1001');
      await page.getByRole('button', { name: 'Send' }).click();
      await messages(page, 'customer').filter({ hasText: 'refill 1001' }).waitFor();
      // The demo's seeded panel ticket may have opened this refill first: then the reply says
      // it is being handled. Either way one reply about 1001 arrives, and one request exists.
      await messages(page, 'agent').filter({ hasText: '1001' }).waitFor({ timeout: 90_000 });
      assert.equal(await requestsFor('1001'), 1, 'the verified customer\'s order was acted on, once');
      assert.equal(await page.locator('[data-supportai-widget]').getAttribute('data-transport'), null, 'it came over Server-Sent Events, not the fallback');
    });

    it('after a reload the chat is open again with its history', async () => {
      await page.reload();
      await messages(page, 'agent').filter({ hasText: '1001' }).waitFor();
      assert.equal(await messages(page, 'customer').filter({ hasText: 'refill 1001' }).count(), 1);
    });

    it('attaches a screenshot, which shows in the chat', async () => {
      await page.locator('[data-supportai-widget] input[type=file]').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: PNG });
      const shot = messages(page, 'customer').locator('img');
      await shot.waitFor();
      const src = await shot.getAttribute('src');
      const file = await fetch(src!);
      assert.equal(file.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await file.arrayBuffer()), PNG);
    });

    it('refuses a file that is not an image or PDF before sending it', async () => {
      await page.locator('[data-supportai-widget] input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await page.locator('[data-supportai-widget] [role=alert]').filter({ hasText: 'Please attach an image' }).waitFor();
    });
  });

  describe('the owner dashboard', () => {
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      context = await browser!.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
      page = await context.newPage();
    });
    after(() => context.close());

    it('refuses a wrong key and signs in with the tenant key', async () => {
      await page.goto(`${svc!.apiUrl}/dashboard`);
      await page.getByLabel('API key').fill('sai_wrong');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'not valid' }).waitFor();
      await page.getByLabel('API key').fill(svc!.demoKey);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Setup', level: 1 }).waitFor();
      await page.getByText('<script src=').waitFor();
    });

    it('Setup shows the connected WhatsApp number, refuses a bad token by name, and makes a customer\'s link', async () => {
      await page.locator('#whatsapp-status', { hasText: DEMO_WHATSAPP.displayPhoneNumber }).waitFor();
      const section = page.locator('section', { has: page.getByRole('heading', { name: 'WhatsApp', exact: true }) });
      await section.getByLabel('Phone number ID').fill(DEMO_WHATSAPP.phoneNumberId);
      await section.getByLabel('Access token').fill('EAAGaTokenMetaHasNeverIssued');
      await section.getByLabel('App secret').fill(DEMO_WHATSAPP.appSecret);
      await section.getByLabel('Verify token').fill(DEMO_WHATSAPP.verifyToken);
      await section.getByRole('button', { name: 'Update WhatsApp' }).click();
      await page.getByRole('status').filter({ hasText: /accessToken/ }).waitFor();
      await section.getByLabel('Access token').fill(DEMO_WHATSAPP.accessToken);
      await section.getByRole('button', { name: 'Update WhatsApp' }).click();
      await page.getByRole('status').filter({ hasText: `WhatsApp connected: ${DEMO_WHATSAPP.displayPhoneNumber}` }).waitFor();

      // The page was drawn again with the number connected: the link form is there.
      await section.getByLabel(/panel username/).fill('alice');
      await section.getByRole('button', { name: 'Make link' }).click();
      await section.locator('.link-out code', { hasText: 'https://wa.me/15550100001?text=LINK%20' }).waitFor();
    });

    it('shows the panel\'s services with the refill window read from each name, and changes an override', async () => {
      await page.getByRole('link', { name: 'Services' }).click();
      const row = page.locator('tr', { hasText: 'Instagram Followers [R30]' }).first();
      await row.waitFor();
      assert.equal(await row.locator('td').nth(2).textContent(), '30 days');
      await row.getByLabel(/Refill override for/).selectOption('days');
      await row.getByLabel(/Override days for/).fill('45');
      await row.getByRole('button', { name: /Save/ }).click();
      await page.locator('tr', { hasText: 'Instagram Followers [R30]' }).first().locator('td.effective', { hasText: '45 days' }).waitFor();
      const settings = await api<{ refillDaysOverride: Record<string, unknown> }>('/v1/settings');
      assert.ok(Object.values(settings.refillDaysOverride).includes(45), 'the override reached the settings decisions use');
    });

    it('decides an escalation and then sees the request\'s timeline', async () => {
      const res = await fetch(`${svc!.apiUrl}/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${svc!.demoKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ customer: 'alice', text: 'I want a refund for 1003' }),
      });
      assert.equal(res.status, 202);
      await eventually('the refund is escalated', async () =>
        (await api<{ escalations: Array<{ orderId: string }> }>('/v1/escalations')).escalations.find((e) => e.orderId === '1003'));
      await page.getByRole('link', { name: 'Escalations' }).click();
      const card = page.getByRole('region', { name: /Escalation/ }).filter({ hasText: 'Order 1003' });
      await card.getByRole('button', { name: 'Resolve' }).click();
      await page.getByRole('status').filter({ hasText: /resolved/ }).waitFor();
      const escalations = await api<{ escalations: Array<{ orderId: string }> }>('/v1/escalations');
      assert.equal(escalations.escalations.filter((e) => e.orderId === '1003').length, 0, 'no longer waiting');

      await page.getByRole('link', { name: 'Requests' }).click();
      await page.getByLabel('Order ID').fill('1003');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.locator('tr', { hasText: 'refund' }).getByRole('link').click();
      await page.getByRole('list', { name: 'Timeline' }).waitFor();
      assert.match(await page.getByRole('list', { name: 'Timeline' }).innerText(), /escalat/i);
      assert.match(await page.locator('main').innerText(), /resolved/);
    });

    it('says plainly when a page\'s API is not on this server', async () => {
      for (const name of ['Billing & usage', 'Analytics', 'Pilot review']) {
        await page.getByRole('link', { name }).click();
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        await page.locator('main').getByText(/not available on this server yet|Plan:|Requests:|No drafts/).first().waitFor();
      }
    });
  });
});
