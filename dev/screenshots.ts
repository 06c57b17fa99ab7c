// The README's screenshots, taken from a running `npm start` with the same browser setup as
// the tests:  API=http://127.0.0.1:3000 KEY=sai_... SHOP=http://127.0.0.1:PORT npx tsx dev/screenshots.ts
// (API, key and demo page are the URLs `npm start` prints). Writes docs/screenshots/*.png.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const { API, KEY, SHOP } = process.env;
if (!API || !KEY || !SHOP) {
  console.error('Set API, KEY and SHOP to the API URL, demo API key and demo chat widget page that npm start prints.');
  process.exit(2);
}

await mkdir(OUT, { recursive: true });
const browser = await launchBrowser();
try {
  const shop = await (await browser.newContext({ locale: 'en-US', viewport: { width: 900, height: 640 } })).newPage();
  await shop.goto(SHOP);
  await shop.getByRole('button', { name: 'Chat with support' }).click();
  await shop.getByLabel('Type your message…').fill('refill 1009 please');
  await shop.keyboard.press('Enter');
  await shop.locator('[data-supportai-widget] .msg[data-author=agent]', { hasText: '1009' }).first().waitFor({ timeout: 90_000 });
  await shop.screenshot({ path: `${OUT}widget.png` });

  // An escalation to decide on the Escalations page.
  await fetch(`${API}/v1/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ customer: 'alice', text: 'I want a refund for 1003' }),
  });
  for (let i = 0; i < 120; i++) {
    const open = (await (await fetch(`${API}/v1/escalations`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as { escalations: unknown[] };
    if (open.escalations.length > 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 760 } })).newPage();
  await page.goto(`${API}/dashboard`);
  await page.screenshot({ path: `${OUT}dashboard-login.png` });
  await page.getByLabel('API key').fill(KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const shots: Array<[string, string, string]> = [
    ['Setup', 'Web chat widget', 'dashboard-setup.png'],
    ['Services', 'Instagram Followers', 'dashboard-services.png'],
    ['Escalations', 'Resolve', 'dashboard-escalations.png'],
    ['Requests', 'Filter', 'dashboard-requests.png'],
    ['Billing & usage', 'Billing', 'dashboard-billing.png'],
    ['Analytics', 'Analytics', 'dashboard-analytics.png'],
    ['Pilot review', 'Pilot review', 'dashboard-pilot.png'],
  ];
  for (const [link, waitFor, file] of shots) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.locator('main').getByText(waitFor).first().waitFor({ timeout: 90_000 });
    await page.screenshot({ path: OUT + file });
  }
  await page.getByRole('link', { name: 'Requests', exact: true }).click();
  await page.locator('main table a').first().click();
  await page.getByRole('list', { name: 'Timeline' }).waitFor();
  await page.screenshot({ path: `${OUT}dashboard-request-timeline.png` });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await browser.close();
}
