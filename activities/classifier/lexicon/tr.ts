// Turkish. Terms are folded: ş→s, ğ→g, ı→i, ç→c, ö→o, ü→u ("iptal", "telafi", "iade").
import type { Lexicon } from './types.js';

export const tr: Lexicon = {
  language: 'tr',
  markers: [
    'lutfen', 'merhaba', 'selam', 'tesekkurler', 'tesekkur ederim', 'siparis*', 'nerede',
    'ne zaman', 'neden', 'niye', 'hala', 'istiyorum', 'yapin', 'edin', 'var mi', 'ne kadar',
    'icin', 've', 'bir', 'cok', 'tane', 'abi', 'hocam', 'kardesim', 'nolu', 'numarali',
    'misiniz', 'musunuz', 'tum', 'unut', 'nasil', 'oldu', 'gundur', 'odedim', 'takipciler',
  ],
  intents: {
    refill: [
      'telafi*', 'geri yukle*', 'yeniden yukle*', 'dusus*', 'dustu', 'dusuyor', 'dusmus',
      'eksildi', 'azaldi', 'azaliyor', 'geri gitti', 'kayip', 'eksik*', 'refil atar*',
    ],
    cancel: ['iptal', 'iptal et*', 'iptal edin', 'iptal edilsin', 'durdur*', 'vazgec*'],
    status: [
      'iptal oldu', 'iptal olmus', 'iptal edildi', 'iptal edilmis', 'nerede', 'ne zaman',
      'neden', 'niye', 'durum*', 'ne oldu', 'ne durumda', 'tamamlanir mi', 'tamamlanir',
    ],
    speed_up: [
      'hizlandir*', 'hizli', 'daha hizli', 'yavas*', 'baslamadi', 'baslamamis',
      'hala baslamadi', 'beklemede', 'bekliyor', 'bekleniyor', 'ilerleme*', 'gelmedi',
      'hareket yok', 'takildi',
    ],
    refund: [
      'iade*', 'para iadesi', 'param geri', 'parami geri', 'geri odeme', 'parami istiyorum',
    ],
  },
  other: [
    'bakiye', 'bakiye yukle*', 'yuklenir', 'odeme', 'papara', 'kredi karti', 'fiyat*',
    'ne kadar', 'kac tl', 'indirim', 'bayilik', 'havale', 'eft',
  ],
  neutral: [
    'telafi var mi', 'telafili', 'telafisiz', 'garantili',
    /\btelafi\s+var\b/,
    /\b(?:servis|hizmet)\w*\s+(?:de\s+|da\s+)?telafi/,
  ],
  units: [
    'takipci*', 'begeni*', 'izlenme*', 'izlenim', 'goruntulenme', 'abone', 'uye', 'yorum',
    'tane', 'bin',
  ],
  durations: ['gun', 'gundur', 'saat', 'dakika', 'hafta'],
  currencies: ['tl', '₺', 'lira'],
  orderLabels: ['siparis', 'siparis no', 'siparis numarasi', 'siparis numaram'],
  notOrderLabels: ['servis', 'hizmet', 'destek talebi', 'telefon', 'dekont'],
  notOrderAfter: ['numarali servis*', 'nolu servis*', 'numarali hizmet*', 'nolu hizmet*'],
  countLabels: ['baslangic', 'miktar', 'kalan', 'tutar'],
  countWords: ['sadece', 'simdi'],
};
