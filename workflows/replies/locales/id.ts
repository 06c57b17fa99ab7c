// Indonesian replies. "Refill" is the word Indonesian panels use as is.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Pesanan Anda …". */
const STATUS: Record<OrderStatus, string> = {
  pending: 'sedang menunggu dimulai',
  in_progress: 'sedang berjalan',
  processing: 'sedang diproses',
  completed: 'sudah selesai',
  partial: 'selesai sebagian',
  canceled: 'sudah dibatalkan',
  refunded: 'sudah dibatalkan dan dananya dikembalikan',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'mengajukan refill',
  cancel: 'mengajukan pembatalan',
  speed_up: 'meminta percepatan',
  refund: 'memproses permintaan refund Anda',
};

const FOLLOW = 'Kami akan terus memantaunya dan memberi kabar di sini.';
const NOT_FOUND = 'Kami tidak menemukan pesanan ini di akun Anda. Mohon periksa kembali ID pesanan lalu kirim ulang.';
const NO_REFILL_BELOW_START =
  'Refill hanya menutupi penurunan dari jumlah yang dikirim pesanan ini, jadi kami tidak dapat mengajukannya.';

// Indonesian nouns stay singular after a number.
const wait = ({ unit, count }: Wait): string => `${count} ${unit === 'minutes' ? 'menit' : 'jam'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0 ? 'Hari ini adalah hari terakhir masa refill Anda.' : `Masa refill Anda tersisa ${daysLeft} hari.`;
}

export const id: ReplyLocale = {
  aboutOrder: (orderId) => `Terima kasih sudah menghubungi kami tentang pesanan ${orderId}.`,
  orderLine: (ids, body) => `Pesanan ${ids.join(', ')}: ${body}`,
  askOrderId: 'Pesanan yang mana? Mohon kirim ID pesanan, dan kami akan memeriksanya.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Layanan ini tidak termasuk refill, jadi kami tidak dapat mengajukan refill untuk pesanan ini.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Masa refill untuk pesanan ini berakhir pada ${windowEnd}, jadi refill sudah tidak bisa dilakukan.`
        : 'Masa refill untuk pesanan ini sudah berakhir, jadi refill sudah tidak bisa dilakukan.',
    'refill.order_canceled': ({ status }) =>
      `Pesanan ini ${STATUS[status ?? 'canceled']}, jadi tidak ada yang perlu di-refill.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Pesanan ini ${STATUS[status ?? 'in_progress']}, dan refill baru bisa diajukan setelah pesanan selesai.`,
        progress && `Sejauh ini ${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Jumlah di link Anda sekarang ${currentCount}, di bawah jumlah awal pesanan (${startCount}).`
          : 'Jumlah di link Anda sekarang di bawah jumlah awal pesanan.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Kami sudah memeriksa link Anda: jumlahnya sekarang ${v.currentCount}, jadi tidak ada yang berkurang dari pesanan ini dan refill tidak diperlukan.`
          : 'Kami sudah memeriksa link Anda: tidak ada yang berkurang dari pesanan ini, jadi refill tidak diperlukan.',
        'Jika nanti jumlahnya turun, silakan hubungi kami lagi.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Kami sudah meminta penyedia untuk me-refill ${v.drop} yang berkurang.`
          : 'Kami sudah meminta penyedia untuk me-refill pesanan ini.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Kami tidak dapat memeriksa jumlah saat ini secara otomatis, jadi kami sudah meminta penyedia untuk memeriksa pesanan ini dan me-refill kekurangannya.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `Pesanan ini ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'Pesanan ini sudah selesai, jadi tidak bisa dibatalkan lagi.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Pesanan ini sudah ditutup dengan status selesai sebagian, jadi tidak bisa dibatalkan lagi.',
        progress && `${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
      ),
    'cancel.not_available': () => 'Layanan ini tidak mendukung pembatalan, jadi kami tidak dapat membatalkan pesanan ini.',
    'cancel.forward': () =>
      'Kami sudah meminta penyedia untuk membatalkan pesanan ini. Kami akan mengonfirmasi di sini begitu pembatalannya berhasil.',

    'speed_up.already_completed': () => 'Pesanan ini sudah selesai, jadi tidak ada lagi yang perlu dipercepat.',
    'speed_up.order_closed': ({ status }) =>
      status ? `Pesanan ini ${STATUS[status]}, jadi tidak bisa dipercepat.` : 'Pesanan ini sudah ditutup, jadi tidak bisa dipercepat.',
    'speed_up.too_early': (v) =>
      sentences(
        'Pesanan Anda masih dalam waktu pengiriman normal.',
        v.wait
          ? `Mohon tunggu ${wait(v.wait)} lagi; jika belum ada perkembangan, hubungi kami dan kami akan meminta penyedia untuk mempercepatnya.`
          : 'Mohon tunggu sebentar lagi; jika belum ada perkembangan, hubungi kami dan kami akan meminta penyedia untuk mempercepatnya.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Kami sudah meminta penyedia untuk mempercepat pesanan ini.',
        progress && `Sejauh ini ${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Pesanan Anda ${STATUS[status]}.` : 'Kami sudah memeriksa pesanan Anda.',
        progress && `Terkirim: ${progress.delivered} dari ${progress.quantity}.`,
        startCount !== undefined && `Jumlah awal: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Pesanan ini ditutup dengan status selesai sebagian, dan dana untuk bagian yang tidak terkirim sudah dikembalikan.',
            progress && `${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
            'Silakan cek saldo Anda.',
          )
        : 'Pesanan ini sudah dibatalkan dan dananya sudah dikembalikan. Silakan cek saldo Anda.',
    'refund.forward_cancel': () =>
      'Kami sudah meminta penyedia untuk membatalkan pesanan ini. Refund Anda dikonfirmasi begitu pembatalannya berhasil, dan kami akan mengabari Anda di sini.',
    'refund.escalate': () =>
      'Kami sudah meneruskan permintaan refund Anda ke tim kami. Anggota tim akan meninjaunya dan membalas di sini.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Kami telah mengembalikan ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} untuk pesanan ini ke saldo Anda: bagian yang dikembalikan tidak akan dikirim lagi. Silakan periksa saldo Anda.`
        : 'Kami telah mengembalikan dana pesanan ini ke saldo Anda. Silakan periksa saldo Anda.',

    'other.answer': ({ answer }) => answer ?? 'Anggota tim kami akan membalas Anda di sini.',
    'other.escalate': () => 'Kami sudah meneruskan pesan Anda ke tim kami, dan anggota tim akan membalas di sini.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Mohon kirim tangkapan layar (screenshot) yang menunjukkan jumlah saat ini di link Anda. Kami memerlukannya untuk ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'melanjutkan'
      }.`,
    'request.duplicate': () =>
      'Permintaan untuk pesanan ini sudah sedang kami tangani. Kami akan mengabari Anda di sini begitu ada perkembangan.',
    'quota.blocked': () => 'Anggota tim kami akan menangani ini dan membalas di sini.',
    'request.limit_exceeded': () =>
      'Kami hanya dapat memeriksa sejumlah pesanan terbatas per pesan dan per hari. Pesanan ini belum diperiksa sekarang: silakan kirim lagi nanti dalam pesan terpisah.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Kabar baik: refill untuk pesanan ${orderId} sudah selesai.`,
    'cancel.resolved': ({ orderId }) => `Pesanan ${orderId} sudah dibatalkan.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `Pesanan ${orderId} sudah ditutup dengan status selesai sebagian sebelum sempat dibatalkan.`,
        progress && `${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `Pesanan ${orderId} sudah selesai sebelum sempat dibatalkan.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Kabar baik: pesanan ${orderId} sudah selesai.`
        : sentences(
            `Kabar baik: pesanan ${orderId} sudah berjalan.`,
            progress && `Sejauh ini ${progress.delivered} dari ${progress.quantity} sudah terkirim.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `Pesanan ${orderId} sudah dibatalkan dan refund Anda sudah dikonfirmasi. Silakan cek saldo Anda.`,
    'request.escalated': ({ orderId }) =>
      `Kami sudah meneruskan permintaan Anda tentang pesanan ${orderId} ke anggota tim kami, yang akan membalas di sini.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Balasan dari tim kami tentang pesanan ${orderId}:\n${message}`
        : `Tim kami sudah meninjau permintaan Anda tentang pesanan ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Permintaan Anda tentang pesanan ${orderId} sudah ditutup. Jika butuh bantuan lain, silakan hubungi kami lagi.`,
    'request.provider_declined': ({ orderId }) =>
      `Penyedia tidak dapat memproses permintaan kami untuk pesanan ${orderId}, jadi kami meneruskannya ke anggota tim kami, yang akan membalas di sini.`,
  },
};
