// German. Terms are folded: umlauts dropped ("nachfullen" = "nachfüllen"), ß as ss.
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  language: 'de',
  markers: [
    'bitte', 'danke', 'hallo', 'meine', 'mein', 'bestellung*', 'auftrag', 'wo', 'wann', 'warum',
    'ist', 'noch', 'nicht', 'ich', 'sind', 'die', 'der', 'das', 'und', 'fur', 'seit', 'sehr',
    'hat', 'habe', 'wie', 'kann', 'bist', 'jetzt', 'bei', 'deine', 'alle', 'auf', 'mochte',
    'eine', 'wurde', 'geld', 'tagen', 'zuruck',
  ],
  intents: {
    refill: [
      'nachfull*', 'auffull*', 'wieder auffull*', 'gefallen', 'gesunken', 'verloren',
      'sind weg', 'ist weg', 'gehen weg', 'verschwunden', 'abgefallen', 'abgenommen',
      'nachliefer*', 'weniger geworden',
    ],
    cancel: ['storn*', 'abbrechen', 'abbruch', 'canceln', 'stoppen', 'zuruckziehen'],
    status: [
      'storniert', 'wurde storniert', 'abgebrochen', 'wo ist', 'wo bleibt', 'wann', 'warum',
      'was ist los', 'wie lange',
    ],
    speed_up: [
      'beschleunig*', 'schneller', 'langsam', 'sehr langsam', 'nicht angefangen',
      'noch nicht angefangen', 'nicht gestartet', 'nicht begonnen', 'hangt', 'ausstehend',
      'wartend', 'steckt fest', 'kommt nichts', 'nichts angekommen', 'passiert nichts',
      'lauft nicht', 'geht nicht voran', 'tut sich nichts',
      /\blauft\b[^.?!\n]{0,30}\bnicht an\b/,
    ],
    refund: [
      'ruckerstatt*', 'erstatt*', 'geld zuruck', 'zuruckerstatt*', 'ruckzahlung',
      'ruckbuchung', 'mein geld',
    ],
  },
  other: [
    'guthaben', 'aufladen', 'zahlung', 'bezahlen', 'bezahlt', 'preis', 'kostet', 'was kostet',
    'rabatt', 'wiederverkaufer', 'konto', 'einzahlung',
  ],
  neutral: [
    'nachfullgarantie', 'mit refill', 'ohne refill', 'refill garantie', 'garantie',
  ],
  units: [
    'follower', 'abonnenten', 'likes', 'aufrufe', 'mitglieder', 'kommentare', 'tausend',
  ],
  durations: ['tage', 'tagen', 'tag', 'stunden', 'stunde', 'minuten', 'wochen', 'monate'],
  currencies: ['euro', 'eur', 'chf'],
  orderLabels: ['bestellung', 'bestellnummer', 'auftrag', 'auftragsnummer'],
  notOrderLabels: ['dienst', 'service', 'ticket', 'transaktion', 'telefon', 'handy'],
  countLabels: ['startanzahl', 'anzahl', 'menge', 'rest', 'betrag', 'startwert'],
  countWords: ['von', 'auf', 'nur', 'jetzt'],
};
