// Which numbers come out as order IDs: the formats customers use, and every kind of number
// that must not be taken for an order (a wrong ID means acting on someone else's order).
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/index.js';
import { fold } from '../../../activities/classifier/normalize.js';
import { findOrderIds } from '../../../activities/classifier/order-ids.js';

function ids(text: string): string[] {
  return classifyOffline(text).intents.flatMap((i) => i.orderIds);
}

function expectIds(cases: Array<[string, string[]]>, read: (text: string) => string[] = ids): void {
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(read(text), want));
  }
}

/** The extractor alone, whatever intent the message is read as. */
const extracted = (text: string) => [...new Set(findOrderIds(fold(text)).map((m) => m.id))];

describe('order IDs', () => {
  describe('formats customers write', () => {
    expectIds([
      // A pasted list is one kind of thing: every order of it is acted on, not some.
      ['cancel 512209 512210 512211 512212 512213', ['512209', '512210', '512211', '512212', '512213']],
      ['refill 40000 40001 40002 40003', ['40000', '40001', '40002', '40003']],
      ['refill 123456', ['123456']],
      ['refill #123456', ['123456']],
      ['ID: 7645607. Refill', ['7645607']],
      ['ID:123456 refill', ['123456']],
      ['id123456 refill', ['123456']],
      ['№123456 отмена', ['123456']],
      ['order #123456 refill', ['123456']],
      ['Order ID: 123456789 - cancel', ['123456789']],
      ['𝐑𝐞𝐟𝐢𝐥𝐥 5512345', ['5512345']],
      ['ＲＥＦＩＬＬ　５５１２３４５', ['5512345']],
    ]);
  });

  describe('lists', () => {
    expectIds([
      ['481799696,481799190 refill', ['481799696', '481799190']],
      ['481799696, 481799190,481799111 481799222 refill', ['481799696', '481799190', '481799111', '481799222']],
      ['5523101\n5523102\n5523109\nrefill', ['5523101', '5523102', '5523109']],
      ['refill 5512345 5512345 5512346', ['5512345', '5512346']],
      ['1. 5543210 refill\n2. 5543211 refill', ['5543210', '5543211']],
      ['#4456123 #4456124 refill', ['4456123', '4456124']],
      // IDs of several lengths in one list are still one list.
      ['cancel 48817302, 4881731, 488173099', ['48817302', '4881731', '488173099']],
      // Plus signs, arrows, brackets and quotes join a list too; "5000+" is still a count.
      ['3301927+3301931 speed up pls', ['3301927', '3301931']],
      ['3301927→3301931→3301935 all failed, refund', ['3301927', '3301931', '3301935']],
      ['[3301927] [3301931] «3301935» cancel these', ['3301927', '3301931', '3301935']],
      ['5000+ followers missing on 3301927, refill', ['3301927']],
    ]);
    // A long run of consecutive IDs, as a panel's order list is pasted: every one is acted on.
    const run = (from: number, n: number) => Array.from({ length: n }, (_, k) => String(from + k));
    expectIds([
      [`refill ${run(40100, 10).join(' ')}`, run(40100, 10)],
      [`refill ${run(40100, 100).join(' ')}`, run(40100, 100)],
    ]);
  });

  describe('quantities are not order IDs', () => {
    expectIds([
      ['refill 5512345, 5000 followers', ['5512345']],
      ['refill 5512345 5k views', ['5512345']],
      ['рефилл 5512345 10к просмотров', ['5512345']],
      ['refill 5512345 5,000 likes', ['5512345']],
      ['refill 5512345 1.5k', ['5512345']],
      ['refill 5512345 only 2000/5000 delivered', ['5512345']],
      ['order 5512345 dropped from 10500 to 9700 followers, refill', ['5512345']],
      ['5512345 caiu de 5000 pra 4200 seguidores, repor', ['5512345']],
      ['order 3312000 for 10000 instagram followers not started', ['3312000']],
    ]);
  });

  describe('money is not an order ID', () => {
    expectIds([
      ['refill 5512345 paid $12', ['5512345']],
      ['refill 5512345 paid 12$', ['5512345']],
      ['refill 5512345 12 USD', ['5512345']],
      ['refill 5512345 paid 1500 USD', ['5512345']],
      ['refill 5512345 ₹500', ['5512345']],
      ['refill 5512345 Rs. 1500', ['5512345']],
      ['refill 5512345 R$ 30', ['5512345']],
      ['refill 5512345 € 1500', ['5512345']],
      ['refill 5512345 1500 руб', ['5512345']],
      ['refill 5512345 Rp 50.000', ['5512345']],
      ['refill 5512345 ₺50', ['5512345']],
      ['refill 5512345 50000 تومان', ['5512345']],
    ]);
  });

  describe('durations are not order IDs', () => {
    expectIds([
      ['refill 5512345 30 days', ['5512345']],
      ['refill 5512345 R30', ['5512345']],
      ['refill 5512345 AR30 [R365]', ['5512345']],
      ['refill 5512345 24h', ['5512345']],
      ['refill 5512345 pending 1440 minutes', ['5512345']],
      ['refill 5512345 [Refill: 30D]', ['5512345']],
    ]);
  });

  describe('service, ticket and payment IDs are not order IDs', () => {
    expectIds([
      ['refill 5512345 service 1234', ['5512345']],
      ['service id: 1287, order id: 55643210 - cancel please', ['55643210']],
      ['refill 5512345 Service ID 12345', ['5512345']],
      ['рефилл 5512345 сервис 12345', ['5512345']],
      ['5512345 telafi, 4521 numaralı servis', ['5512345']],
      ['رفیل 5512345 سرویس 45213', ['5512345']],
      ['refill 5512345 ticket 44512', ['5512345']],
      ['refill 5512345 transaction id 88123456', ['5512345']],
      ['commande 5512345, facture 004512 : remboursement svp', ['5512345']],
      ['pedido 5512345, nota fiscal 004512, reembolso', ['5512345']],
      // The numbers listed after a ticket label are tickets too; a dash leads on to the order.
      ["ticket n. 4412, 4419 e 4430, per l'ordine 8815091 che non parte", ['8815091']],
      ['4 tickets (#5531, #5540, #5577). La commande 66120390 n’a jamais démarré', ['66120390']],
      ['ticket 83918 — 6690482 dropped again', ['6690482']],
      ['пополнила баланс (операция 88120039), заказ 15580058 встал, ускорьте', ['15580058']],
    ]);
  });

  describe('links, usernames and e-mails are not read', () => {
    expectIds([
      ['cancel 9981234 https://instagram.com/p/Cx12345678/', ['9981234']],
      ['refill 5512345 instagram.com/user12345', ['5512345']],
      ['refill 5512345 youtu.be/ab12345cd', ['5512345']],
      ['refill 5512345 t.me/channel12345', ['5512345']],
      ['refill 5512345 @john_1234 @12345678', ['5512345']],
      ['refill 5512345 john1234@gmail.com', ['5512345']],
    ]);
  });

  describe('phone numbers, dates and times are not order IDs', () => {
    expectIds([
      ['my phone +1 415 555 2671, order 4412901 refund', ['4412901']],
      ['refill 5512345 +7 912 345-67-89', ['5512345']],
      ['refill 5512345 +91 98765 43210', ['5512345']],
      ['refill 5512345 whatsapp 9876543210', ['5512345']],
      ['Order 88001122 placed 12/05/2024 at 14:30, cancel it', ['88001122']],
      ['refill 5512345 2024-05-12 12.05.2024', ['5512345']],
      ['refill 5512345 since 2023', ['5512345']],
    ]);
  });

  describe('counts are not order IDs', () => {
    expectIds([
      ['refill 5512345 start count 12387', ['5512345']],
      ['refill 5512345 was 12500 now 12100', ['5512345']],
      ['рефилл 5512345 было 10000 стало 9200', ['5512345']],
    ]);
  });

  describe('length limits (4+ digits bare, 3+ when labelled, at most 12)', () => {
    expectIds([
      ['refill 123', []],
      ['refill #123', ['123']],
      ['order 12 refill', []],
      ['refill 12345678901234', []],
      ['refill 12.50', []],
      ['refill 1001 and cancel 1002', ['1001', '1002']],
    ]);
  });

  describe('digits in other scripts', () => {
    expectIds([
      ['٥٥٦٧٠٠١ إلغاء', ['5567001']],
      ['سفارش ۳۳۴۵۱۲۰ دو روزه در انتظاره', ['3345120']],
      ['रिफिल ५५१२३४५', ['5512345']],
    ]);
  });

  describe('a round ID without a quantity next to it is still an ID', () => {
    expectIds([
      ['refill 5512300', ['5512300']],
      ['refill 5512300 dropped 300 followers', ['5512300']],
      ['ID 88123400 speed up', ['88123400']],
    ]);
  });

  describe('progress and corrections are counts, in any language', () => {
    expectIds([
      ['5512345 stuck at 1200 of 5000', ['5512345']],
      ['5512345 shows 1500/5000 after 3 days', ['5512345']],
      ['5512345 висит на 1200 из 5000', ['5512345']],
      ['5512345 sigue en 1200 de 5000', ['5512345']],
      ['5512345 hängt bei 1200 von 5000', ['5512345']],
      ['الطلب 5512345 واقف عند 1200 من 5000', ['5512345']],
      ['ordered 20000 instead of 2000, cancel 5512345', ['5512345']],
      ['заказал 20000 вместо 2000, отмените 5512345', ['5512345']],
      // Two long odd numbers around a slash are two orders, not progress.
      ['refill 3710293 / 3710294', ['3710293', '3710294']],
    ]);
  });

  describe('phone numbers in local formats', () => {
    expectIds([
      ['cancel 5512345, call me 0917-555-1234', ['5512345']],
      ['cancel 5512345 tel (0917) 555-1234', ['5512345']],
    ]);
  });

  // The number model weighs context no rule lists: word orders and words the lexicons lack.
  describe('counts in phrasings no rule lists are not order IDs', () => {
    expectIds([
      ['6612345 ko 5000 chahiye the, sirf 1200 mile, jaldi karo', ['6612345']],
      ['commande 7712345 : 4000 commandés, 1500 reçus, accélérez', ['7712345']],
      ['Bestellung 8812345, 3000 bestellt und erst 900 da', ['8812345']],
      ['pedido 5512399 comprei 2000 chegaram 600, acelera aí', ['5512399']],
      ['order 4471234 - got 2500 out of the 10000 so far, hurry', ['4471234']],
    ], extracted);
  });

  describe('IDs the number model must keep', () => {
    expectIds([
      ['order #932 is late', ['932']],
      ['3 orders: 4410001 4410002 4410003 cancel', ['4410001', '4410002', '4410003']],
      ['refill 5512300', ['5512300']],
    ], extracted);
  });

  describe('other IDs and phones in more shapes', () => {
    expectIds([
      ['Ticket-Nr. 44812, Bestellung 3319206 zurückerstatten', ['3319206']],
      ['meu zap (21) 99876-5432, pedido 5510293 parado', ['5510293']],
    ]);
  });

  // A missing space glues an ID to a word; Arabic and Persian glue prepositions, the article
  // and "number" to it by rule. A short or round number glued to a word stays part of it.
  describe('IDs glued to the word before them', () => {
    expectIds([
      ['refill al7731902 per favore', ['7731902']],
      ['وين وصل بالطلب7731902؟', ['7731902']],
      ['الـ7731902 متوقف، سرعوه', ['7731902']],
      ['رقم7731902 نقص، عوضوه', ['7731902']],
      ['سفارش شماره‌ی7731902 ریزش داشته', ['7731902']],
      ['kiểm tra đơn số7731902 giúp mình', ['7731902']],
      // A short ID glued to its label and "No." or to the short "cmd" is still labelled.
      ['commande№45102 toujours en attente', ['45102']],
      ['cmd4510 et cmd4517 bloquées', ['4510', '4517']],
    ], extracted);
    expectIds([
      ['my shop is mode2231, order 7731902 is slow', ['7731902']],
      ['promo10000 code did not work on 7731902', ['7731902']],
    ], extracted);
  });

  describe('phones written in groups after a trunk zero', () => {
    expectIds([
      ['7731902 still pending. call me: 011 5555 1234', ['7731902']],
      ['Auftrag 7731902 hängt. Tel. 0171 2233445', ['7731902']],
    ], extracted);
  });

  describe('an ID the customer took back is not read', () => {
    expectIds([
      ['order 551209... sorry, I meant 551290, not started yet', ['551290']],
      ['الطلب 551209... آسف، قصدي 551292، ما بدأ للحين', ['551292']],
      ["551209'a yazdım, doğrusu 551293: iptal", ['551293']],
      ['كتبت 551209 بالغلط، الصحيح 551294', ['551294']],
      ['cancel 551209 typo 551295', ['551295']],
      // Without a correction word both stay.
      ['551209 and 551290 not started yet', ['551209', '551290']],
    ], extracted);
  });

  describe('folded words that spell a time unit do not hide an odd ID', () => {
    expectIds([['cả hai đều gấp: 77112 đẩy nhanh', ['77112']]], extracted);
  });
});
