// Replies to WhatsApp through the delivery activity, against the Meta simulator: delivered
// once within the window; Meta busy is a retryable failure (the retry does not send twice);
// a refusal no retry changes is recorded on the reply and reported at once.
import assert from 'node:assert/strict';
import { newTenant, testBox, testDatabase } from '../helpers/database.js';
import { DEMO_WHATSAPP, startWhatsAppSimulator, type WhatsAppSimulator } from '../../dev/simulators/whatsapp.js';
import { createChannelActivities } from '../../activities/channels.js';
import { recordCustomerMessage } from '../../activities/whatsapp/deliver.js';
import { deleteWhatsApp, saveWhatsApp } from '../../infra/tenants/whatsapp.js';
import type { Sql } from '../../infra/db/database.js';

describe('WhatsApp delivery activity', function () {
  let sql: Sql;
  let wa: WhatsAppSimulator;
  let tenantId: string;
  let delivery: ReturnType<typeof createChannelActivities>;
  const customer = '4915550300';
  const conversationId = `wa-${customer}-test-${process.pid}`;
  const reply = (replyKey: string, text: string) => delivery.replyToCustomer({ tenantId, conversationId, channel: 'whatsapp', replyKey, text });
  const row = async (replyKey: string) =>
    (await sql<{ delivered_at: Date | null; delivery_error: string | null }[]>`
      select delivered_at, delivery_error from replies where conversation_id = ${conversationId} and reply_key = ${replyKey}`)[0];

  before(async () => {
    ({ sql } = await testDatabase());
    wa = await startWhatsAppSimulator();
    ({ tenantId } = await newTenant(sql, 'wa-delivery'));
    await saveWhatsApp(sql, testBox, tenantId, { ...DEMO_WHATSAPP, displayPhoneNumber: DEMO_WHATSAPP.displayPhoneNumber });
    await sql`insert into conversations (id, tenant_id, channel, customer, external_ref) values (${conversationId}, ${tenantId}, 'whatsapp', 'alice', ${customer})`;
    delivery = createChannelActivities({ sql, box: testBox, telegramApiRoot: 'http://127.0.0.1:9', whatsappApiRoot: wa.apiRoot });
    // The customer wrote a minute ago: the window is open, for the service and for Meta.
    const sentAt = new Date(Date.now() - 60_000);
    await recordCustomerMessage(sql, tenantId, customer, sentAt);
    wa.customerWrote(customer, sentAt);
  });
  after(() => wa.close());

  it('sends a reply once within the window, and a retry of a delivered reply sends nothing', async () => {
    await reply('r-1', 'Your refill for order 1009 has started.');
    await reply('r-1', 'Your refill for order 1009 has started.');
    assert.deepEqual(wa.sentTo(customer).map((m) => m.text), ['Your refill for order 1009 has started.']);
    assert.ok((await row('r-1'))?.delivered_at);
  });

  it('Meta busy (500) is a retryable failure; the retry delivers', async () => {
    wa.faults.failNext(1);
    await assert.rejects(reply('r-2', 'Order 1009 is in progress.'), (err: Error & { type?: string }) => err.type === undefined && /500/.test(err.message));
    assert.equal((await row('r-2'))?.delivered_at, null);
    await reply('r-2', 'Order 1009 is in progress.');
    assert.equal(wa.sentTo(customer).filter((m) => m.text === 'Order 1009 is in progress.').length, 1);
  });

  it('a refused token is a permanent failure, kept on the reply with the reason', async () => {
    await saveWhatsApp(sql, testBox, tenantId, { ...DEMO_WHATSAPP, accessToken: 'EAAGrevokedTokenOfTheShop0000', displayPhoneNumber: null });
    await assert.rejects(reply('r-3', 'Order 1009 is completed.'), (err: Error & { type?: string }) => err.type === 'DeliveryRefused' && /190/.test(err.message));
    assert.match((await row('r-3'))?.delivery_error ?? '', /Invalid OAuth access token/);

    await deleteWhatsApp(sql, tenantId);
    await assert.rejects(reply('r-4', 'Order 1009 is completed.'), (err: Error & { type?: string }) => err.type === 'DeliveryRefused' && /no WhatsApp number connected/.test(err.message));
  });
});
