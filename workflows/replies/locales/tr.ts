// Turkish replies. "Telafi" is the word Turkish panels use for a refill.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Siparişiniz …". */
const STATUS: Record<OrderStatus, string> = {
  pending: 'başlamayı bekliyor',
  in_progress: 'devam ediyor',
  processing: 'işleniyor',
  completed: 'tamamlandı',
  partial: 'kısmen tamamlandı',
  canceled: 'iptal edildi',
  refunded: 'iptal edildi ve ücreti iade edildi',
};

/** Opens "… için buna ihtiyacımız var." */
const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'Telafi talebi',
  cancel: 'İptal talebi',
  speed_up: 'Hızlandırma talebi',
  refund: 'İade talebinizi işlemek',
};

const FOLLOW = 'Siparişi takip edip size buradan bilgi vereceğiz.';
const NOT_FOUND = 'Bu siparişi hesabınızda bulamadık. Lütfen sipariş numarasını kontrol edip tekrar gönderin.';
const NO_REFILL_BELOW_START =
  'Telafi yalnızca bu siparişin teslim ettiği kısımdaki düşüşleri kapsar, bu yüzden telafi talep edemiyoruz.';

// Turkish nouns stay singular after a number.
const wait = ({ unit, count }: Wait): string => `${count} ${unit === 'minutes' ? 'dakika' : 'saat'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0 ? 'Bugün telafi sürenizin son günü.' : `Telafi sürenizin bitmesine ${daysLeft} gün var.`;
}

export const tr: ReplyLocale = {
  aboutOrder: (orderId) => `${orderId} numaralı siparişiniz hakkında yazdığınız için teşekkürler.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Sipariş' : 'Siparişler'} ${ids.join(', ')}: ${body}`,
  askOrderId: 'Hangi siparişle ilgili? Lütfen sipariş numarasını gönderin, kontrol edelim.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Bu hizmette telafi yok, bu yüzden bu sipariş için telafi talep edemiyoruz.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Bu siparişin telafi süresi ${windowEnd} tarihinde sona erdi, bu yüzden artık telafi mümkün değil.`
        : 'Bu siparişin telafi süresi sona erdi, bu yüzden artık telafi mümkün değil.',
    'refill.order_canceled': ({ status }) =>
      `Bu sipariş ${STATUS[status ?? 'canceled']}, bu yüzden telafi edilecek bir şey yok.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Bu sipariş ${STATUS[status ?? 'in_progress']}; telafi ancak sipariş tamamlandıktan sonra talep edilebilir.`,
        progress && `Şu ana kadar teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Bağlantınızdaki sayı şu anda ${currentCount}; bu, siparişin başlangıç sayısının (${startCount}) altında.`
          : 'Bağlantınızdaki sayı, siparişin başlangıç sayısının altında.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Bağlantınızı kontrol ettik: sayı şu anda ${v.currentCount}, yani bu siparişten eksik bir şey yok ve telafiye gerek yok.`
          : 'Bağlantınızı kontrol ettik: bu siparişten eksik bir şey yok ve telafiye gerek yok.',
        'Daha sonra düşüş olursa bize tekrar yazmanız yeterli.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Tedarikçiden eksik kalan ${v.drop} adedin telafi edilmesini istedik.`
          : 'Tedarikçiden bu sipariş için telafi istedik.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Mevcut sayıyı otomatik olarak kontrol edemedik, bu yüzden tedarikçiden siparişi kontrol edip eksikleri telafi etmesini istedik.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `Bu sipariş zaten ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'Bu sipariş zaten tamamlandı, bu yüzden artık iptal edilemez.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Bu sipariş zaten kısmen tamamlanmış olarak kapandı, bu yüzden artık iptal edilemez.',
        progress && `Teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Bu hizmet iptale izin vermiyor, bu yüzden bu siparişi iptal edemiyoruz.',
    'cancel.forward': () =>
      'Tedarikçiden bu siparişi iptal etmesini istedik. İptal gerçekleşir gerçekleşmez size buradan haber vereceğiz.',

    'speed_up.already_completed': () => 'Bu sipariş zaten tamamlandı, hızlandırılacak bir şey kalmadı.',
    'speed_up.order_closed': ({ status }) =>
      status ? `Bu sipariş ${STATUS[status]}, bu yüzden hızlandırılamaz.` : 'Bu sipariş kapandı, bu yüzden hızlandırılamaz.',
    'speed_up.too_early': (v) =>
      sentences(
        'Siparişiniz hâlâ normal teslim süresi içinde.',
        v.wait
          ? `Lütfen ${wait(v.wait)} daha bekleyin; o zamana kadar ilerlemezse bize yazın, tedarikçiden hızlandırmasını isteyelim.`
          : 'Lütfen biraz daha bekleyin; ilerlemezse bize yazın, tedarikçiden hızlandırmasını isteyelim.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Tedarikçiden bu siparişi hızlandırmasını istedik.',
        progress && `Şu ana kadar teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Siparişiniz ${STATUS[status]}.` : 'Siparişinizi kontrol ettik.',
        progress && `Teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
        startCount !== undefined && `Başlangıç sayısı: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Bu sipariş kısmen tamamlanmış olarak kapandı ve teslim edilmeyen kısmın ücreti zaten iade edildi.',
            progress && `Teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
            'Lütfen bakiyenizi kontrol edin.',
          )
        : 'Bu sipariş zaten iptal edildi ve ücreti iade edildi. Lütfen bakiyenizi kontrol edin.',
    'refund.forward_cancel': () =>
      'Tedarikçiden bu siparişi iptal etmesini istedik. İadeniz, iptal gerçekleştiğinde onaylanır; size buradan haber vereceğiz.',
    'refund.escalate': () =>
      'İade talebinizi ekibimize ilettik. Ekibimizden biri inceleyip size buradan yanıt verecek.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Bu sipariş için ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} tutarını bakiyenize iade ettik: iade edilen kısım artık teslim edilmeyecek. Lütfen bakiyenizi kontrol edin.`
        : 'Bu siparişin tutarını bakiyenize iade ettik. Lütfen bakiyenizi kontrol edin.',

    'other.answer': ({ answer }) => answer ?? 'Ekibimizden biri size buradan yanıt verecek.',
    'other.escalate': () => 'Mesajınızı ekibimize ilettik; ekibimizden biri size buradan yanıt verecek.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Lütfen bağlantınızdaki mevcut sayıyı gösteren bir ekran görüntüsü gönderin. ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'Devam etmek'
      } için buna ihtiyacımız var.`,
    'request.duplicate': () =>
      'Bu siparişle ilgili talebinizle zaten ilgileniyoruz. Gelişme olur olmaz size buradan haber vereceğiz.',
    'quota.blocked': () => 'Ekibimizden biri bununla ilgilenip size buradan yanıt verecek.',
    'request.limit_exceeded': () =>
      'Mesaj başına ve günlük olarak yalnızca sınırlı sayıda siparişi kontrol edebiliyoruz. Bu sipariş şimdi kontrol edilmedi: lütfen daha sonra ayrı bir mesajla tekrar gönderin.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Güzel haber: ${orderId} numaralı siparişin telafisi tamamlandı.`,
    'cancel.resolved': ({ orderId }) => `${orderId} numaralı sipariş iptal edildi.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `${orderId} numaralı sipariş, iptal edilemeden kısmen tamamlanmış olarak kapandı.`,
        progress && `Teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `${orderId} numaralı sipariş, iptal edilemeden tamamlandı.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Güzel haber: ${orderId} numaralı sipariş tamamlandı.`
        : sentences(
            `Güzel haber: ${orderId} numaralı sipariş ilerliyor.`,
            progress && `Şu ana kadar teslim edilen: ${progress.delivered} / ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `${orderId} numaralı sipariş iptal edildi ve iadeniz onaylandı. Lütfen bakiyenizi kontrol edin.`,
    'request.escalated': ({ orderId }) =>
      `${orderId} numaralı siparişle ilgili talebinizi ekibimizden birine ilettik; size buradan yanıt verecek.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `${orderId} numaralı siparişiniz hakkında ekibimizin yanıtı:\n${message}`
        : `Ekibimiz ${orderId} numaralı siparişle ilgili talebinizi inceledi.`,
    'request.closed': ({ orderId }) =>
      `${orderId} numaralı siparişle ilgili talebiniz kapatıldı. Başka bir konuda yardıma ihtiyacınız olursa bize yazmanız yeterli.`,
    'request.provider_declined': ({ orderId }) =>
      `Tedarikçi, ${orderId} numaralı sipariş için talebimizi yerine getiremedi; bu yüzden talebi ekibimizden birine ilettik, size buradan yanıt verecek.`,
  },
};
