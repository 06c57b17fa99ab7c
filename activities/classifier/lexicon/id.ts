// Indonesian (chat register too: "kak", "min", "gan", "gak").
import type { Lexicon } from './types.js';

export const id: Lexicon = {
  language: 'id',
  markers: [
    'tolong', 'mohon', 'kak', 'min', 'gan', 'bang', 'saya', 'aku', 'pesanan', 'belum', 'sudah',
    'udah', 'kok', 'kenapa', 'kapan', 'gimana', 'bagaimana', 'dong', 'ya', 'yg', 'yang', 'dari',
    'dan', 'ini', 'itu', 'berapa', 'banget', 'minta', 'masih', 'harga', 'gak', 'nggak', 'tidak',
    'semua', 'kamu', 'cara', 'sampai', 'tapi', 'masuk', 'sekarang', 'abaikan', 'hari', 'ada',
  ],
  intents: {
    refill: [
      'isi ulang', 'turun', 'berkurang', 'hilang', 'klaim garansi', 'tolong refill',
    ],
    cancel: ['batal*', 'dibatalkan', 'stop pesanan'],
    status: [
      'kapan', 'dimana', 'di mana', 'kenapa', 'mengapa', 'sampai mana',
      'sudah dibatalkan', 'telah dibatalkan',
      /\b(?:kenapa|mengapa|knp)\b[^.?!\n]{0,40}\bdibatal\w*/,
      /\b(?:pesanan|order|orderan)\b[^.?!\n]{0,30}\b(?:gimana|bagaimana)\b/,
    ],
    speed_up: [
      'percepat*', 'dipercepat', 'cepat', 'cepetin', 'lambat', 'lama banget', 'belum jalan',
      'belum masuk', 'belum berjalan', 'belum mulai', 'belum diproses', 'belum start', 'nyangkut',
      'macet', 'tidak jalan', 'gak jalan',
    ],
    refund: [
      'uang kembali', 'kembalikan uang', 'kembalikan dana', 'pengembalian dana', 'balikin duit',
      'balikin uang', 'duit saya', 'uang saya',
    ],
  },
  other: [
    'deposit', 'saldo', 'isi saldo', 'transfer', 'via dana', 'harga', 'berapa', 'diskon',
    'ovo', 'gopay', 'qris', 'pulsa', 'bayar', 'pembayaran',
  ],
  neutral: [
    'ada garansi', 'garansi refill', 'bergaransi', 'isi ulang saldo',
    /\b(?:saldo|deposit|dana|transfer)\b[^.?!\n]{0,20}\bbelum\s+(?:masuk|diterima)\b/,
  ],
  units: [
    'pengikut', 'suka', 'tayangan', 'penonton', 'subscriber', 'member', 'komentar', 'ribu', 'rb',
  ],
  durations: ['hari', 'jam', 'menit', 'minggu', 'bulan'],
  currencies: ['rp', 'rupiah', 'idr'],
  orderLabels: ['pesanan', 'no pesanan', 'nomor pesanan', 'id pesanan'],
  notOrderLabels: ['layanan', 'id layanan', 'tiket', 'transaksi', 'no hp', 'nomor hp', 'wa'],
  countLabels: ['jumlah', 'awal', 'sisa'],
  countWords: ['dari', 'jadi', 'cuma', 'hanya'],
};
