// Turkish. Terms are folded: ş→s, ğ→g, ı→i, ç→c, ö→o, ü→u ("iptal", "telafi", "iade").
import type { Lexicon } from './types.js';

export const tr: Lexicon = {
  language: 'tr',
  markers: [
    'lutfen', 'merhaba', 'selam', 'tesekkurler', 'tesekkur ederim', 'siparis*', 'nerede',
    'ne zaman', 'neden', 'niye', 'hala', 'istiyorum', 'yapin', 'edin', 'var mi', 'ne kadar',
    'icin', 've', 'bir', 'cok', 'tane', 'abi', 'hocam', 'kardesim', 'nolu', 'numarali',
    'misiniz', 'musunuz', 'tum', 'unut', 'nasil', 'oldu', 'gundur', 'odedim', 'takipciler',
    'bitti', 'mu', 'siparisim', 'iptal', 'iade', 'abi', 'ya',
  ],
  intents: {
    refill: [
      'doldur*', 'tamamlayin', 'tamamlar misiniz', 'eski rakama don*', 'kalanini gonder*',
      'inmis', 'indi', 'dustu', 'dusmus', 'azaldi', 'azalmis',
      'telafi*', 'geri yukle*', 'yeniden yukle*', 'dusus*', 'dustu', 'dusuyor', 'dusmus',
      'eksildi', 'azaldi', 'azaliyor', 'geri gitti', 'kayip', 'eksik*', 'refil atar*', 'azal*',
      'kayboldu', 'kayb*', 'silindi', 'dusme', 'refill atin', 'telafi edin', 'eriyor', 'eridi',
      // "takipçiler gitti/gidiyor": the followers are leaving ("yavaş gidiyor" is only slow).
      /\b(?:takipci|begeni|izlenme|izleyici|abone|uye|like)\w*\s+(?:\w+\s+)?(?:gitti|gidiyor)\b/,
    ],
    cancel: [
      'iptal', 'iptal et*', 'iptal edin', 'iptal edilsin', 'durdur*', 'vazgec*', 'istemiyorum',
      'ihtiyacim yok', 'gerek yok',
    ],
    status: [
      'iptal sebebi', 'iptal nedeni', 'iptal sebebini', 'iptal nedenini','noldu', 'nolduu', 'napiyo', 'napiyor', 'ne oldu', 
      'iptal mi oldu', 'iptal mi edildi', 'neden iptal', 'niye iptal', 'iptal olmus',
      'iptal oldu', 'iptal olmus', 'iptal edildi', 'iptal edilmis', 'nerede', 'ne zaman',
      'neden', 'niye', 'durum*', 'ne oldu', 'ne durumda', 'tamamlanir mi', 'tamamlanir',
      'nerede kaldi', 'ne asamada', 'biter', 'bitecek', 'gelecek mi', 'haber', 'ne kadar surer',
      'kac gun', 'kac saat',
      /\b(?:bitti|tamamlandi|tamamlanmis|bitmis|geldi|yuklendi)\s+mi\b/,
      /\b(?:neden|niye|nicin)\b[^.?!\n]{0,30}\biptal\w*/,
    ],
    speed_up: [
      'baslatin', 'baslat', 'baslatir misiniz', 'yurutun', 'surunuyor', 'yerinden oynama*', 'kipirda*','hiz', 'hizlansin', 
      'hizlandir*', 'hizli', 'daha hizli', 'yavas*', 'baslamadi', 'baslamamis',
      'hala baslamadi', 'beklemede', 'bekliyor', 'bekleniyor', 'ilerleme*', 'gelmedi',
      'hareket yok', 'takildi', 'baslamiyor', 'ilerlemiyor', 'gelmiyor', 'takili', 'durdu',
      'hala 0', 'hareket etmiyor', 'kipirdamiyor', 'cok uzun', 'gecikti', 'hizlandirma',
      'acil', 'yerinde sayiyor', 'yerinde duruyor', 'ilerlemiyor hic',
    ],
    refund: [
      'geri yollayin', 'geri yollayın', 'geri gonderin', 'hesabima iade', 'kartima iade',
      'parami ver*', 'paramizi ver*', 'parami iade*',
      'parami yatir*', 'bakiyeye at*',
      /\bgeri\b[^.?!\n]{0,15}\bpara\w*/, /\bpara\w*\b[^.?!\n]{0,15}\bgeri\b/,
      'iade*', 'para iadesi', 'param geri', 'parami geri', 'geri odeme', 'parami istiyorum',
      /\bpara\w*\s+(?:\S+\s+)?geri\b/, /\b(?:ucret|tutar|bakiye)\w*\s+geri\b/,
    ],
  },
  other: [
    /\b(?:link\w*|miktar\w*)\s+(?:\w+\s+)?(?:degistir|duzelt|guncelle)\w*/,
    'bakiye', 'bakiye yukle*', 'yuklenir', 'odeme', 'papara', 'kredi karti', 'fiyat*',
    'ne kadar', 'kac tl', 'indirim', 'bayilik', 'havale', 'eft',
    /\bbakiye\w*\s+(?:\w+\s+)?(?:gecmedi|gelmedi|yansimadi|yuklenmedi|eklenmedi)\b/,
  ],
  neutral: [
    /[^.?!\n]{0,40}\bicin\s+tesekkur\w*/, /\b(?:iptal|iade)\s+etmeyin\b/, /\brefill'?e?\s+gerek\s+yok\b/, /\biade\w*\s+aldim\b/, /[^.?!\n]{0,40}\b(?:bosverin|dikkate\s+almayin)\b/,
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /iptal\s+(?:etmedim|etmedik|istemedim|istemedik|talep etmedim)/,
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
  notOrderLabels: ['fatura', 'fatura no', 'kullanici', 'kullanici id', 'hesap', 'musteri no', 'posta kodu', 'kart', 'servis', 'hizmet', 'destek talebi', 'telefon', 'dekont'],
  notOrderAfter: ['numarali servis*', 'nolu servis*', 'numarali hizmet*', 'nolu hizmet*'],
  countLabels: ['baslangic', 'miktar', 'kalan', 'tutar'],
  countWords: ['sadece', 'simdi'],
  howQuestions: [/\bnasil (?:isliyor|calisiyor|yapilir|talep)/, /\b(?:refill|iade|garanti)\S* nedir\b/, 'farki ne', 'ne kadar surer'],
  orderRefs: ['siparis*', 'benim'],
};
