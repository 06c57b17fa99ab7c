// How fast WhatsApp works for a customer, against a running `npm start` and its Meta simulator:
//   API=http://127.0.0.1:3000 KEY=sai_... SIM=http://127.0.0.1:PORT npx tsx bench/whatsapp-latency.ts
// (the API URL, key and "WhatsApp (sim)" URL without /_sim/messages, as `npm start` prints
// them). Measures, per message, how long Meta waits for the webhook's 200 (the
// acknowledgement Meta wants fast) and how long the customer waits for the reply on WhatsApp.
// A fresh number is linked first; each message names a different demo order.
import { randomInt } from 'node:crypto';

const { API, KEY, SIM } = process.env;
if (!API || !KEY || !SIM) {
  console.error('Set API, KEY and SIM to the API URL, demo API key and WhatsApp simulator URL that npm start prints.');
  process.exit(2);
}
const MESSAGES = ['refill 1003', 'cancel 1002', 'speed up 1011', 'refill 1007', 'cancel 1004', 'refill 1006', 'speed up 1010', 'refill 1002'];
const phone = `4917${randomInt(10_000_000, 99_999_999)}`;

const write = async (text: string): Promise<number> => {
  const started = performance.now();
  const res = await fetch(`${SIM}/_sim/customers/${phone}/messages`, { method: 'POST', body: JSON.stringify({ text }) });
  const { statuses } = (await res.json()) as { statuses: number[] };
  if (statuses.join() !== '200') throw new Error(`delivery answered ${statuses.join()}`);
  return performance.now() - started;
};
const sentCount = async () => ((await (await fetch(`${SIM}/_sim/messages?to=${phone}`)).json()) as { messages: unknown[] }).messages.length;
const waitForMore = async (than: number) => {
  const deadline = Date.now() + 60_000;
  while ((await sentCount()) <= than) {
    if (Date.now() > deadline) throw new Error('no reply within 60 s');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const link = (await (await fetch(`${API}/v1/channels/whatsapp/link`, {
  method: 'POST',
  headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
  body: JSON.stringify({ customer: 'alice' }),
})).json()) as { text: string };
await write(link.text);
await waitForMore(0);

const acks: number[] = [];
const replies: number[] = [];
for (const text of MESSAGES) {
  const before = await sentCount();
  const started = performance.now();
  acks.push(await write(text));
  await waitForMore(before);
  replies.push(performance.now() - started);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);
console.log(`webhook acknowledged: median ${median(acks).toFixed(0)} ms, max ${max(acks).toFixed(0)} ms (${acks.length} messages)`);
console.log(`reply on WhatsApp:    median ${(median(replies) / 1000).toFixed(2)} s, max ${(max(replies) / 1000).toFixed(2)} s`);
