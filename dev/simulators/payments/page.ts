// The payment page the simulated gateways show: the amount, the status, and a Pay button
// that posts to the page's /pay address (what a payer's wallet would trigger).
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function payPage(p: { title: string; amountCents: number; status: string; payPath: string }): string {
  const amount = `$${Math.floor(p.amountCents / 100)}.${String(p.amountCents % 100).padStart(2, '0')}`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${p.title}</title></head><body>
<h1>${p.title}</h1><p>Amount: <strong>${amount}</strong> USD</p><p>Status: <strong id="status">${escapeHtml(p.status)}</strong></p>
<form method="post" action="${p.payPath}"><button type="submit">Pay ${amount}</button></form>
</body></html>`;
}
