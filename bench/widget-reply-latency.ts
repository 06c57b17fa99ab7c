// How long a widget customer waits for an answer: from sending a message to the reply
// arriving over the widget's Server-Sent Events stream, against a running `npm start`:
//   API=http://127.0.0.1:3000 KEY=sai_... SHOP=http://127.0.0.1:PORT npx tsx bench/widget-reply-latency.ts
// (the URLs and key `npm start` prints). Each message names a different demo order; the
// customer is a fresh one, so every reply is a full read-and-decide ("not your order").
import { createHmac, randomBytes } from 'node:crypto';

const { API, KEY, SHOP } = process.env;
if (!API || !KEY || !SHOP) {
  console.error('Set API, KEY and SHOP to the API URL, demo API key and demo chat widget page that npm start prints.');
  process.exit(2);
}
const MESSAGES = ['refill 1003', 'cancel 1002', 'speed up 1011', 'refill 1007', 'cancel 1004', 'refill 1006', 'speed up 1010', 'refill 1002'];

const widget = (await (await fetch(`${API}/v1/channels/widget`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as { widgetId: string; secret: string };
const customer = `bench-${randomBytes(4).toString('hex')}`;
const signature = createHmac('sha256', widget.secret).update(customer).digest('hex');
const query = `visitor=${randomBytes(12).toString('base64url')}&customer=${customer}&signature=${signature}`;
const base = `${API}/widget/v1/${widget.widgetId}`;

// One event stream for the whole run, as an open widget holds.
const agentReplies: Array<() => void> = [];
let seenAgent = 0;
const stream = await fetch(`${base}/events?${query}`, { headers: { origin: SHOP } });
if (!stream.ok || !stream.body) throw new Error(`event stream refused: ${stream.status}`);
void (async () => {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = /^data: (.*)$/m.exec(event)?.[1];
      if (!data) continue;
      const agents = (JSON.parse(data) as { items: Array<{ author: string }> }).items.filter((i) => i.author === 'agent').length;
      while (seenAgent < agents) {
        seenAgent++;
        agentReplies.shift()?.();
      }
    }
  }
})();

const times: number[] = [];
for (const [i, text] of MESSAGES.entries()) {
  const replied = new Promise<void>((resolve) => agentReplies.push(resolve));
  const started = performance.now();
  const res = await fetch(`${base}/messages?${query}`, {
    method: 'POST',
    headers: { origin: SHOP, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: `bench-${i}-${randomBytes(6).toString('hex')}`, text }),
  });
  if (res.status !== 202) throw new Error(`message refused: ${res.status}`);
  await replied;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
console.log(`widget message → reply over SSE, ${times.length} messages: min ${at(0)} ms, median ${at(0.5)} ms, max ${at(1)} ms`);
process.exit(0);
