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
      'diisi ulang', 'ngedrop', 'ngurang', 'minta garansi', 'garansi dong', 'pada turun', 'ilang',
      'pada ilang', 'diisi lagi', 'isi lagi', 'isiin', 'rontok', 'pada rontok', 'susut',
      // "kurang lebih" is "about", not "short".
      /\bkurang\b(?!\s+(?:lebih|cepat|jelas|tau|tahu|paham|ngerti))/,
    ],
    cancel: ['btl', 
      'batal*', 'dibatalkan', 'dibatalin', 'stop pesanan', 'cancelin', 'dicancel aja', 'gak jadi',
      'ga jadi', 'nggak jadi', 'tidak jadi',
      'gajadi', 'hentikan', 'berhenti', 'gak butuh', 'ga butuh', 'tidak butuh', 'cancel aja',
    ],
    status: [
      'dicekin', 'cekin', /(?<![\p{L}])cek(?=\s+(?:order\s+|pesanan\s+)?#?\d{5})/u,
      'gimana', 'bagaimana', 'gmn',
      /\bdibatal\w*\s+(?:oleh\s+)?sistem\b/, 'alasannya', 'kenapa dibatalkan',
      'kapan', 'dimana', 'di mana', 'kenapa', 'mengapa', 'sampai mana',
      'sudah dibatalkan', 'telah dibatalkan',
      /\b(?:kenapa|mengapa|knp)\b[^.?!\n]{0,40}\bdibatal\w*/,
      /\b(?:pesanan|order|orderan)\b[^.?!\n]{0,30}\b(?:gimana|bagaimana)\b/,
      'kabar*', 'udah sampai mana', 'statusnya', 'kapan selesai', 'kapan masuk',
      'berapa lama', 'berapa hari', 'selesai belum', 'beres belum', 'udah selesai',
      'sudah selesai?',
      /\b(?:udah|sudah|dah)\s+(?:selesai|beres|masuk|jalan)\s*(?:belum|blm|\?)/,
      'sampe mana', 'udah sampe mana', 'nyampe mana',
    ],
    speed_up: [
      'blm jalan', 'belum jalan', 'gak jalan', 'ga jalan', 'nggak jalan',
      'dicepetin', 'cepetin',
      'gaspol', 'gas pol', 'gasin', 'digas', 'ngebut',
      'percepat*', 'dipercepat', 'cepat', 'cepetin', 'lambat', 'lama banget', 'belum jalan',
      'belum masuk', 'belum berjalan', 'belum mulai', 'belum diproses', 'belum start', 'nyangkut',
      'macet', 'tidak jalan', 'gak jalan', 'ga jalan', 'nggak jalan', 'gak gerak', 'ga gerak',
      'nggak gerak', 'tidak bergerak', 'masih proses', 'lama sekali', 'lama bgt', 'kok lama',
      'lelet', 'lemot', 'belum ada', 'belum nambah', 'belum bertambah', 'gak nambah',
      'tidak bertambah', 'tertahan',
      /\b(?:masih|tetap|tetep)\s+(?:di\s+)?(?:0|nol|kosong)\b/,
    ],
    refund: [
      'uang kembali', 'kembalikan uang', 'kembalikan dana', 'pengembalian dana', 'balikin duit',
      'balikin uang', 'duit saya', 'uang saya',
      /\b(?:uang|dana|saldo|duit)\w*\b[^.?!\n]{0,25}\b(?:dikembalikan|kembalikan|kembaliin|balikin|dibalikin|refund|balik|kembali)\b/,
      /\b(?:kembalikan|kembaliin|balikin|kembali\w*)\b[^.?!\n]{0,20}\b(?:uang|dana|saldo|duit)\w*/,
    ],
  },
  other: [
    /\b(?:ganti|ubah|edit)\s+(?:link|username|jumlah)\b/,
    'deposit', 'saldo', 'isi saldo', 'transfer', 'via dana', 'harga', 'berapa', 'diskon',
    'ovo', 'gopay', 'qris', 'pulsa', 'bayar', 'pembayaran',
  ],
  neutral: [
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /(?:gak|ga|nggak|tidak|ndak|gk|enggak)\s+(?:pernah\s+)?(?:minta\s+)(?:batal\w*|cancel\w*|dibatal\w*)/,
    // "saya ga cancel": the subject keeps "bisa ga cancel?" (a request) out.
    /\b(?:saya|aku|gue|gw|sy|ak|kami)\s+(?:gak|ga|nggak|tidak|ndak|gk|enggak)\s+(?:pernah\s+)?(?:minta\s+)?(?:batal\w*|cancel\w*|membatal\w*)/,
    'ada garansi', 'garansi refill', 'bergaransi', 'isi ulang saldo',
    /\b(?:saldo|deposit|dana|transfer)\b[^.?!\n]{0,20}\bbelum\s+(?:masuk|diterima|nambah|bertambah)\b/,
  ],
  units: [
    'pengikut', 'suka', 'tayangan', 'penonton', 'subscriber', 'member', 'komentar', 'ribu', 'rb',
  ],
  durations: ['hari', 'jam', 'menit', 'minggu', 'bulan'],
  currencies: ['rp', 'rupiah', 'idr'],
  orderLabels: ['pesanan', 'no pesanan', 'nomor pesanan', 'id pesanan'],
  notOrderLabels: ['faktur', 'no faktur', 'akun', 'pengguna', 'id pengguna', 'kartu', 'kode pos', 'layanan', 'id layanan', 'tiket', 'transaksi', 'no hp', 'nomor hp', 'wa'],
  countLabels: ['jumlah', 'awal', 'sisa'],
  countWords: ['dari', 'jadi', 'cuma', 'hanya'],
  howQuestions: [/\b(?:gimana|bagaimana) cara/, /\bapa itu (?:refill|refund|garansi)/, 'bedanya'],
  orderRefs: ['saya', 'aku', 'pesanan*', 'orderan*', 'order*', 'punyaku'],
};
