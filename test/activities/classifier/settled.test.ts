// An order the customer says is fine, named beside one they ask about, gets no intent: acting
// on it (speeding up a finished order, refilling one that arrived) would be the wrong action.
import { strict as assert } from 'node:assert';
import { classifyOffline } from '../../../activities/classifier/index.js';

function reading(text: string): string {
  return classifyOffline(text)
    .intents.map((i) => `${i.intent}:${i.orderIds.join(',')}`)
    .sort()
    .join(' ');
}

describe('orders the customer says are fine', () => {
  const cases: Array<[string, string]> = [
    ['order 5530117 came through ok, but 5530118 has been pending since monday', 'speed_up:5530118'],
    ['5530117 готов, а 5530118 до сих пор висит', 'speed_up:5530118'],
    ['il 5530117 è arrivato, il 5530118 invece è fermo', 'speed_up:5530118'],
    ['5530117 bitti, 5530118 hala başlamadı', 'speed_up:5530118'],
    ['سفارش 5530117 رسید ولی 5530118 هنوز شروع نشده', 'speed_up:5530118'],
    ['5530117 mil gaya, 5530118 abhi tak start nahi hua', 'speed_up:5530118'],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => assert.equal(reading(text), want));
  }

  it('leaves out an order the customer says to leave running', () => {
    assert.equal(reading('please cancel 5530117 and 5530118, leave 5530119 running'), 'cancel:5530117,5530118');
  });

  it('keeps an order whose "done" is negated', () => {
    assert.equal(reading('5530117 not delivered, 5530118 is stuck, please speed up'), 'speed_up:5530117,5530118');
  });

  it('keeps every order when thanks closes a list', () => {
    assert.equal(reading('refill 5530117, 5530118 and 5530119 thanks'), 'refill:5530117,5530118,5530119');
  });

  it('reads "both" as every listed order and "the first time" as no pointer', () => {
    assert.equal(reading('7730118 dropped 200, 7730125 never started. refund both'), 'refund:7730118,7730125');
    assert.equal(
      reading("my orders 7730118 and 7730125, 2 days at 0%. it's the first time I buy here, what is wrong? please run them"),
      'speed_up:7730118,7730125',
    );
  });

  it('ends a clause at the Arabic semicolon', () => {
    assert.equal(reading('41370653 رو لغو کنید؛ 41370660 رو لغو نکنید!'), 'cancel:41370653');
  });

  it('gives each pointed action to its orders even when they have words of their own', () => {
    assert.equal(
      reading('7730118 et 7730125 ont chuté, 7730132 est lent. Rechargez les deux premiers et accélérez le troisième.'),
      'refill:7730118,7730125 speed_up:7730132',
    );
    assert.equal(reading('6641203 dropped, 6641377 not started. Refill first, speed second.'), 'refill:6641203 speed_up:6641377');
  });

  it('reads "the first / the second" as the orders in the order they were listed', () => {
    assert.equal(reading('two orders, 6641203 and 6641377. the first one went perfectly, the second one hasnt moved since yesterday, speed it up'), 'speed_up:6641377');
    assert.equal(reading('заказы 6641203 и 6641377: первый пришёл полностью, второй стоит с утра, ускорьте'), 'speed_up:6641377');
  });

  it('keeps an order called done when a later clause says it dropped', () => {
    assert.equal(reading('6641203 is fine. 6641377 completed, but 400 followers fell off since, please refill'), 'refill:6641377');
  });

  it('settles the order a customer thanks us for', () => {
    assert.equal(reading('thank you for the quick refund on 6641203! now 6641377 never started either, refund it too'), 'refund:6641377');
  });

  it('leaves out an order named after "but not" or "except"', () => {
    assert.equal(reading('please refill 6641203 but not 6641377, that one recovered'), 'refill:6641203');
    assert.equal(reading('cancelen todo: 6641203, 6641377 y 6641390, excepto el 6641402'), 'cancel:6641203,6641377,6641390');
  });

  it('leaves out the orders listed straight after "except", and all but the pointed ones after "except the first"', () => {
    assert.equal(reading('cancel everything except 4401772 and 4401773. That means 4401770, 4401771 and 4401774'), 'cancel:4401770,4401771,4401774');
    assert.equal(reading('cancel all except the first: 5502201, 5502202, 5502203'), 'cancel:5502202,5502203');
    assert.equal(reading('Замовлення: 6610201, 6610202, 6610203, 6610204. Скасуйте всі крім останнього'), 'cancel:6610201,6610202,6610203');
  });

  it('leaves out orders listed, then named again only to be excepted', () => {
    assert.equal(reading('ordini aperti: 6602281, 6602282, 6602283, 6602284. annullate tutti tranne 6602282 e 6602284'), 'cancel:6602281,6602283');
  });

  it('reads IDs listed bare before a state as sharing it', () => {
    assert.equal(reading('refill 4401101, 4401103 please. 4401102, 4401104 are fine'), 'refill:4401101,4401103');
    // An action shared by the list does not stop one of them being let be after it.
    assert.equal(reading('6601201, 6601202, 6601203 cancel all of them but 6601202 can stay'), 'cancel:6601201,6601203');
  });

  it('reads a pointer before a colon as picking out of the IDs listed after it', () => {
    assert.equal(reading('speed up the second and the third: 3302101, 3302102, 3302103'), 'speed_up:3302102,3302103');
    assert.equal(reading('aceleren el segundo y el tercero: 3302201, 3302202, 3302203'), 'speed_up:3302202,3302203');
  });

  it('leaves out an order the customer lets be, forgets or calls resolved', () => {
    assert.equal(reading('cancel 6603301, 6603302 can stay'), 'cancel:6603301');
    assert.equal(reading('refund 7704401, ignore 7704402 i figured it out'), 'refund:7704401');
    assert.equal(reading('20019283 — скасувати, 20019285 — не чіпати'), 'cancel:20019283');
  });

  it('reads the state after an arrow as the order\'s own', () => {
    assert.equal(reading('6641203 → cancel, 6641377 → ok'), 'cancel:6641203');
  });

  it('ends a clause at an emoji', () => {
    assert.equal(reading('6641203 arrived 👍 6641377 has been pending 3 days 😡'), 'speed_up:6641377');
  });

  it('reads what follows each ID of one run as that order\'s own state', () => {
    assert.equal(reading('6641203 (ok) 6641377 (dropped) 6641390 (ok) 6641402 (dropped) refill pls'), 'refill:6641377,6641402');
    assert.equal(reading('6641203:stuck 6641377:stuck 6641390:done'), 'speed_up:6641203,6641377');
    assert.equal(reading('6641203 and 6641377 arrived, 6641390 is stuck'), 'speed_up:6641390');
    assert.equal(reading('6641203 and 6641377 both stuck for a day'), 'speed_up:6641203,6641377');
  });

  it('reads an action on "the second" or "the last two" as meant for those listed orders only', () => {
    assert.equal(reading('I ordered the same thing twice, 6641203 and 6641377. cancel the second pls'), 'cancel:6641377');
    assert.equal(reading('заказы 6641203, 6641377, 6641390, 6641402. отмените последние два'), 'cancel:6641390,6641402');
    assert.equal(reading('Aufträge 6641203, 6641377, 6641390 – bitte den mittleren anstoßen'), 'speed_up:6641377');
    assert.equal(reading('pedidos 6641203, 6641377 y 6641390: los dos primeros llegaron, el tercero no arranca'), 'speed_up:6641390');
  });

  it('reads "the first two / the last three" in more languages as those listed orders', () => {
    assert.equal(reading('pesanan 6620031, 6620032, 6620033, 6620034. 2 pertama refill, 2 terakhir batalkan'), 'cancel:6620033,6620034 refill:6620031,6620032');
    assert.equal(reading('6 sipariş: 7710041 7710042 7710043 7710044 7710045 7710046. ilk üçü iptal, son üçü hızlandırın'), 'cancel:7710041,7710042,7710043 speed_up:7710044,7710045,7710046');
    assert.equal(reading('4 đơn 8830011, 8830012, 8830013, 8830014. 2 đơn đầu hủy, 2 đơn sau hoàn tiền'), 'cancel:8830011,8830012 refund:8830013,8830014');
  });

  it('reads several pointers before a colon each with its own words', () => {
    assert.equal(reading('Перше й друге — відновіть, третє хай іде як іде: 5580011, 5580012, 5580013'), 'refill:5580011,5580012');
    assert.equal(reading('los dos primeros cancelar, el tercero dejar: 5580021, 5580022, 5580023'), 'cancel:5580021,5580022');
    assert.equal(reading('cancel the first two, keep the third: 5580031, 5580032, 5580033'), 'cancel:5580031,5580032');
    assert.equal(reading('the first and the second are fine, cancel the third: 5580041, 5580042, 5580043'), 'cancel:5580043');
    assert.equal(reading('Перше — пришвидшити, друге — відновити, третє — не чіпати: 5580051, 5580052, 5580053'), 'refill:5580052 speed_up:5580051');
    assert.equal(reading('Bitte die mittlere stornieren: 5580061, 5580062, 5580063'), 'cancel:5580062');
    assert.equal(reading('El penúltimo cancelar: 5580071, 5580072, 5580073, 5580074'), 'cancel:5580073');
  });

  it('reads "the fifth", bare German and Turkish ordinals and Arabic ones joined by "و" as listed orders', () => {
    assert.equal(reading('طلباتي: 5590011، 5590012، 5590013، 5590014، 5590015. بدي إلغي التالت والخامس، الباقي تمام.'), 'cancel:5590013,5590015');
    assert.equal(reading('Siparişler: 5590021, 5590022, 5590023, 5590024. Birinci ve dördüncü düştü, refill.'), 'refill:5590021,5590024');
  });

  it('reads a "Status:" field in pasted order lines as a label, not a status ask', () => {
    assert.equal(reading('ID: 7710021 | Service: IG Views | Status: Completed\nID: 7710025 | Service: IG Likes | Status: Pending\nThe first one arrived, thanks. The second one: please speed it up.'), 'speed_up:7710025');
  });

  it('reads suffixed Turkish ordinals, Hindi "pehle wale", Persian "avali" and Arabizi "el tani" as listed orders', () => {
    assert.equal(reading('Siparişlerim 7730011 ve 7730018. İlkini iptal edin, ikincisini hızlandırın.'), 'cancel:7730011 speed_up:7730018');
    assert.equal(reading('do order hai 6630021 aur 6630029. doosre wale ka paisa wapas karo, pehle wale ka status batao'), 'refund:6630029 status:6630021');
    assert.equal(reading('salam, order 5520031 va 5520036 daram. avali ro cancel konid, dovomi ro pulesho pas bedid'), 'cancel:5520031 refund:5520036');
    assert.equal(reading('3andi 2 orders 4410051 w 4410057, el tani cancel plz'), 'cancel:4410057');
  });

  it('reads "the rest" as the listed orders not named before it, and "the rest of" as part of one order', () => {
    assert.equal(reading('Orders 3310021, 3310022, 3310023, 3310024. Only 3310022 arrived, please refill the rest'), 'refill:3310021,3310023,3310024');
    assert.equal(reading('orders 4410051, 4410052, 4410053. cancel the first one, speed up the others'), 'cancel:4410051 speed_up:4410052,4410053');
    assert.equal(reading('Заказы 5510061, 5510062, 5510063. Пришёл только 5510062. Остальные ускорьте'), 'speed_up:5510061,5510063');
    assert.equal(reading('3310021 partial, 3310022 fine. refund the rest of 3310021'), 'refund:3310021');
  });

  it('leaves out an order told "no action", "keep it running" or "can wait"', () => {
    assert.equal(reading('cancel 5520011; 5520013 — no action'), 'cancel:5520011');
    assert.equal(reading('ускорьте 5520011, а 5520013 подождёт'), 'speed_up:5520011');
    assert.equal(reading('stornieren: 5520011. 5520013 bleibt'), 'cancel:5520011');
  });

  it('reads orders named again with an ask as the ones asked about, not the whole list', () => {
    assert.equal(reading('four orders (6641203, 6641377, 6641390, 6641402), 6641377 and 6641402 dropped, please refill'), 'refill:6641377,6641402');
    assert.equal(reading('refill 6641203, 6641377 and 6641390 please, 6641377 dropped the most'), 'refill:6641203,6641377,6641390');
  });

  it('leaves out an order whose action is refused beside one asked for', () => {
    assert.equal(reading('7741001 ko cancel mat karo, 7741002 cancel karo'), 'cancel:7741002');
    assert.equal(reading('7741001 رو لغو نکنید، 7741002 رو لغو کنید'), 'cancel:7741002');
    assert.equal(reading('لا تلغون 7741001، الغوا 7741002'), 'cancel:7741002');
    assert.equal(reading('jangan cancel 7741001, cancel 7741002 aja'), 'cancel:7741002');
    assert.equal(reading('7741001 cancel etmeyin, 7741002 cancel edin'), 'cancel:7741002');
  });

  it('leaves out an order refused in the imperative with a bare "no" / "не"', () => {
    assert.equal(reading('Cancelar: 6630101, 6630102\nNo cancelar: 6630103'), 'cancel:6630101,6630102');
    assert.equal(reading('отмените 6630101 и 6630102, а 6630103 не отменяйте'), 'cancel:6630101,6630102');
    assert.equal(reading('annullate 6630101 e 6630102, 6630103 non annullate'), 'cancel:6630101,6630102');
    assert.equal(reading('6630101 und 6630102 stornieren, 6630103 bitte unverändert'), 'cancel:6630101,6630102');
  });

  it('reads an order with only "too" after it as sharing the state before it', () => {
    assert.equal(reading('6630101 arrived, 6630102 too, but 6630103 is stuck'), 'speed_up:6630103');
    assert.equal(reading('6630101 llegó bien, el 6630102 también. El 6630103 no arranca'), 'speed_up:6630103');
    // "Too" after an action shares the action.
    assert.equal(reading('refill 6630101, 6630102 too'), 'refill:6630101,6630102');
  });

  it('leaves out an order excepted before the list that names it again', () => {
    assert.equal(reading('refund all except 6630102: 6630101, 6630102, 6630103'), 'refund:6630101,6630103');
    assert.equal(reading('скасуйте всі окрім 6630102. Список: 6630101, 6630102, 6630103'), 'cancel:6630101,6630103');
  });

  it('reads a pointer after a bare list of every order as picking out of it', () => {
    assert.equal(reading('6630101, 6630102, 6630103: cancel the second'), 'cancel:6630102');
    assert.equal(reading('Von 6630101, 6630102 und 6630103 bitte die letzte stornieren'), 'cancel:6630103');
    // A pointer at every order picks none out: the state said after the list stays shared.
    assert.equal(reading('6630101, 6630102, 6630103 cancel all of them but 6630102 can stay'), 'cancel:6630101,6630103');
  });

  it('reads a negated state or a threat beside an action as no refusal', () => {
    assert.equal(reading('7741001 и 7741002 не шевелятся, ускорьте'), 'speed_up:7741001,7741002');
    assert.equal(reading('если не вернёте деньги за 7741001 и 7741002, открою спор'), 'refund:7741001,7741002');
  });

  it('reads thanks for a done action on the only order as no action, unsure when the model reads one', () => {
    assert.equal(reading('дякую за рефіл по 5570011! 🥳'), 'other:');
    assert.equal(reading('Danke für den Refill bei 5570012!'), 'other:');
    assert.equal(classifyOffline('gracias por reponer el 5570013 🥳').confidence < 0.75, true);
  });

  it('keeps the ask after thanks for an earlier action', () => {
    assert.equal(reading('thanks for the refill on 5570021, but it dropped again'), 'refill:5570021');
    assert.equal(reading('спасибо за возврат по 5570022. верните и за 5570023, та же проблема'), 'refund:5570023');
    assert.equal(reading('Merci pour le remboursement partiel de la 5570024, mais je veux aussi le reste.'), 'refund:5570024');
  });

  it('leaves out the order an "except" pointer names after the list, unless it is asked about again', () => {
    assert.equal(reading('Orders 6640101, 6640102, 6640103, 6640104 — cancel them all, except the last'), 'cancel:6640101,6640102,6640103');
    assert.equal(reading('#6640101 #6640102 #6640103 hepsini iptal edin, sonuncu hariç'), 'cancel:6640101,6640102');
    assert.equal(reading('6640101, 6640102, 6640103: cancel all except the second. The second one, please speed it up'), 'cancel:6640101,6640103 speed_up:6640102');
    // A pointer before the IDs it points at is no reference back into a list.
    assert.equal(reading('cancel all my orders except the last one. the last one is 6640109, the others 6640101 6640102'), 'cancel:6640101,6640102');
  });

  it('reads "both" among three orders as the two named before it', () => {
    assert.equal(reading('refill 6670913 and 6670914, both dropped. 6670910 is fine leave that one alone'), 'refill:6670913,6670914');
    assert.equal(reading('замовлення 6670712 та 6670713 — обидва дуже повільні, пришвидшіть. 6670710 виконане, з ним все ок'), 'speed_up:6670712,6670713');
  });

  it('reads "all fine except the third" as pointing at the third', () => {
    assert.equal(reading('الطلبات: 6680948 / 6680955 / 6680961. كلها تمام الا الثالث، نزل المتابعين فيه'), 'refill:6680961');
    assert.equal(reading('الاوردرات 6680501 و 6680502 و 6680503 الغوهم كلهم ماعدا 6680503 عشان ده خلص'), 'cancel:6680501,6680502');
  });

  it('reads an order excepted from a state as the one asked about', () => {
    assert.equal(reading('orders 6691002, 6691003, 6691004 all instagram views. all fine except 6691004 which never started'), 'speed_up:6691004');
    // An exception to an action still leaves the order out.
    assert.equal(reading('refund 6691002, 6691003 and 6691004 except 6691003, it is fine'), 'refund:6691002,6691004');
  });

  it('reads "the ones in the middle" of four as the two inner orders', () => {
    assert.equal(reading('Pedidos 6692301, 6692302, 6692303 y 6692305. El primero y el último están completos. Los del medio no han empezado, aceleren.'), 'speed_up:6692302,6692303');
  });

  it('reads "#1" and "number 2" as places in the list', () => {
    assert.equal(
      reading('Orders 6693291, 6693292, 6693293, 6693294 — #1 dropped (refill), #2 hasn\'t started (speed up), #3 wrong link (cancel), #4 is fine.'),
      'cancel:6693293 refill:6693291 speed_up:6693292',
    );
  });

  it('reads a "done" word that a lexicon also lists as a status ask as a state outside a question', () => {
    assert.equal(reading('Заказы 6694044, 6694045, 6694046 — первые два выполнены, спасибо. Третий висит уже сутки, ускорьте'), 'speed_up:6694046');
  });

  it('reads IDs listed after a colon as sharing the state said before it', () => {
    assert.equal(reading('Bitte stornieren: 6650120. Bitte NICHT stornieren: 6650121, 6650122. Danke!'), 'cancel:6650120');
  });

  it('reads a mark opening a line as that line\'s own', () => {
    assert.equal(reading('summary:\n✔ 6660101\n✔ 6660102\n✖ 6660103 (stuck at 0)\n✔ 6660104\nplease push the stuck one'), 'speed_up:6660103');
  });

  it('keeps the only order named even when it is called done', () => {
    assert.equal(reading('5530117 completed but only half the followers came'), 'refill:5530117');
  });

  it('reads pointers in the sentences before a bare list of IDs as picking out of it', () => {
    assert.equal(reading('La deuxième a chuté, la première est ok. 3381201 et 3381202.'), 'refill:3381202');
    assert.equal(reading('Les 2 premières, laissez. Les 2 dernières, annulez. 3381251 3381252 3381253 3381254'), 'cancel:3381253,3381254');
    assert.equal(reading('Erstattung für die 2. Bestellung bitte, die erste läuft ja: 3381241 / 3381242'), 'refund:3381242');
  });

  it('reads "the others" before a colon as the listed orders no pointer named', () => {
    assert.equal(reading('il primo rimborsatelo, gli altri due annullate: 3381221, 3381222, 3381223'), 'cancel:3381222,3381223 refund:3381221');
    assert.equal(reading('die ersten 2 stornieren, die letzte beschleunigen: 3381211, 3381212, 3381213'), 'cancel:3381211,3381212 speed_up:3381213');
    assert.equal(reading('Cancelem o do meio, os outros dois podem seguir: 3381261, 3381262, 3381263'), 'cancel:3381262');
  });

  it('reads an ask before pointers that only let orders be as meant for the orders not pointed at', () => {
    assert.equal(reading('cancel them all, only the last one stays: 3381231, 3381232, 3381233'), 'cancel:3381231,3381232');
  });

  it('reads a contrast word after its order ("invece", "hingegen") as that order\'s, and Italian "pure" as "too"', () => {
    assert.equal(reading("L'ordine 3381301 è fermo da ieri, il 3381302 invece è a posto"), 'speed_up:3381301');
    assert.equal(reading('Die 3381331 hingegen hält super, die 3381332 ist gefallen'), 'refill:3381332');
    assert.equal(reading('il 3381311 è arrivato, il 3381312 pure, il 3381313 quando arriva?'), 'status:3381313');
  });

  it('leaves out orders to "laisser tourner", "lo tengo" or "jangan diapa-apain"', () => {
    assert.equal(reading('#3381321 – annuler\n#3381322 – laisser tourner'), 'cancel:3381321');
    assert.equal(reading('rimborsate il 3381341, il 3381342 lo tengo'), 'refund:3381341');
    assert.equal(reading('3381351 batalin aja, yg 3381352 jangan diapa-apain'), 'cancel:3381351');
  });

  it('leaves out an order to be fixed "without cancelling", and reads Arabic "the last two"', () => {
    assert.equal(reading('corrigez le lien de la 3381401 sans annuler, et annulez la 3381402'), 'cancel:3381402');
    assert.equal(reading('3381411 و 3381412 و 3381413: الاخيرين الغوهم'), 'cancel:3381412,3381413');
  });
});
