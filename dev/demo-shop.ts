// A stand-in for a panel's own site, on its own loopback origin, with the widget snippet on
// its pages: `/` is the page of the logged-in demo customer (signed here, server-side, as a
// panel would), `/?visitor` the page an anonymous visitor sees
// (`&poll` makes its widget long-poll). The demo tenant's widget
// allows exactly this origin, so the browser meets the same CORS and Origin checks as on a
// real panel.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sql } from '../infra/db/database.js';
import type { SecretBox } from '../infra/crypto.js';
import { saveWidget } from '../infra/tenants/widget.js';
import { signCustomer } from '../api/widget/identity.js';
import { widgetSnippet } from '../api/routes/widget-channel.js';

export interface DemoShop {
  url: string;
  close(): Promise<void>;
}

export async function startDemoShop(opts: { sql: Sql; box: SecretBox; tenantId: string; apiUrl: string; customer: string; port?: number }): Promise<DemoShop> {
  let origin = '';
  let widget: { widgetId: string; secret: string } | null = null;
  const server: Server = createServer((req, res) => {
    if (!widget) return void res.writeHead(503).end();
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname !== '/') return void res.writeHead(404).end('not found');
    const anonymous = url.searchParams.has('visitor');
    const snippet = widgetSnippet(opts.apiUrl, widget.widgetId);
    const identity = anonymous ? '' : ` data-customer="${opts.customer}" data-signature="${signCustomer(widget.secret, opts.customer)}"`;
    // `?poll` shows the fallback a buffering proxy would force.
    const transport = url.searchParams.has('poll') ? ' data-transport="poll"' : '';
    const tag = snippet.replace(' async>', `${identity}${transport} async>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(anonymous ? null : opts.customer, tag));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  widget = await saveWidget(opts.sql, opts.box, opts.tenantId, [origin]);
  return {
    url: origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function page(customer: string | null, tag: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Demo SMM panel</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px;color:#1b1f2a}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #ddd;padding-bottom:8px}
table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #ddd;padding:4px 10px;text-align:left}</style></head>
<body><header><h1>Demo SMM panel</h1><span>${customer ? `Logged in as <b>${customer}</b>` : 'Not logged in · <a href="/">log in as alice</a>'}</span></header>
<p>This page stands in for a panel's own site. The chat button in the corner is the SupportAI widget, added with one script tag${customer ? ', signed for the logged-in customer by this page\'s server' : ''}.</p>
<p>Try: <code>refill 1001</code>, <code>cancel 1005</code>, <code>speed up 1011</code>, or attach a screenshot.</p>
${customer ? '<p><a href="/?visitor">See the page as an anonymous visitor</a></p>' : ''}
${tag}
</body></html>`;
}
