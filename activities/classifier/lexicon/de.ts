// German. Terms are folded: umlauts dropped ("nachfullen" = "nachfüllen"), ß as ss.
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  language: 'de',
  markers: [
    'bitte', 'danke', 'hallo', 'meine', 'mein', 'bestellung*', 'auftrag', 'wo', 'wann', 'warum',
    'ist', 'noch', 'nicht', 'ich', 'sind', 'die', 'der', 'das', 'und', 'fur', 'seit', 'sehr',
    'hat', 'habe', 'wie', 'kann', 'bist', 'jetzt', 'bei', 'deine', 'alle', 'auf', 'mochte',
    'eine', 'wurde', 'geld', 'tagen', 'zuruck', 'ihr', 'habt', 'aber', 'gerne', 'hatte', 'mir',
    'nie', 'gestern', 'mehr', 'falscher', 'vergiss', 'mit', 'was ist', 'euch', 'euer', 'von', 'vom',
    'zu',
  ],
  intents: {
    refill: [
      'verschwinden', 'verschwunden', 'weniger geworden', 'gesunken', 'sinken',
      'nachfull*', 'auffull*', 'wieder auffull*', 'gefallen', 'gesunken', 'verloren',
      'sind weg', 'ist weg', 'gehen weg', 'verschwunden', 'abgefallen', 'abgenommen',
      'nachliefer*', 'weniger geworden', 'fehlen', 'fehlt', 'fehlend*', 'verlust*', 'entfolgt',
      'abgesprungen', 'wieder herstellen', 'wiederherstell*',
      /\b(?:abgeschlossen|fertig|erledigt|geliefert|komplett)\b[^.?!\n]{0,30}\baber\b/,
    ],
    cancel: [
      'storniert bitte',
      /\b(?:hort|horen\s+sie)\s+auf\s+(?:zu\s+)?(?:liefern|senden|schicken)\b/, /\bauf\s*horen\s+zu\s+liefern\b/, 'stoppt', 'stoppen',
      'storn*', 'stonier*', 'stornir*', 'abbrechen', 'abbruch', 'canceln', 'stoppen', 'stopp',
      'stoppt', 'anhalten', 'zuruckziehen', 'nicht mehr brauch*', 'brauche ich nicht mehr',
    ],
    status: [
      'was war los',
      /\bob\b[^.?!\n]{0,40}\boder\s+nicht\b/,
      'storniert', 'wurde storniert', 'abgebrochen', 'wo ist', 'wo bleibt', 'wann', 'warum',
      'was ist los', 'wie lange', 'stand', 'wie sieht es aus', 'neuigkeit*', 'fortschritt',
      'wann wird', 'wann ist', 'wie viele tage', 'lieferzeit', 'dauer', 'wie weit', 'wie lange dauert',
      /\b(?:fertig|erledigt|abgeschlossen|durch|geliefert|komplett)\b[^.!?\n]{0,15}[?؟]/,
      /\bwas\s+ist\s+(?:mit|da\s+los|los)\b/,
      // "warum wurde ... storniert/abgebrochen": asks about a cancellation.
      /\bwarum\b[^.?!\n]{0,30}\b(?:storn|abgebroch|abbr|cancel)\w*/,
    ],
    speed_up: [
      'warteschlange', 'anschieben', 'anstoßen', 'langsamer', 'prioritat',
      'macht mal hinne', 'hinne', 'macht hin', 'beeilung', 'gebt gas', 'gas geben',
      'beschleunig*', 'schneller', 'langsam', 'sehr langsam', 'nicht angefangen',
      'noch nicht angefangen', 'nicht gestartet', 'nicht begonnen', 'hangt', 'ausstehend',
      'wartend', 'steckt fest', 'kommt nichts', 'nichts angekommen', 'passiert nichts',
      'lauft nicht', 'geht nicht voran', 'tut sich nichts', 'startet nicht', 'beginnt nicht',
      'zu lange', 'ewig', 'dauert so lange', 'dauert lange', 'nichts passiert', 'bewegt sich nicht',
      'keine bewegung',
      'noch nichts', 'nichts bekommen', 'nichts erhalten', 'nicht angekommen', 'kam nicht',
      'haengt', 'steht still', 'noch bei 0', 'kommen keine', 'kommt kein*', 'keine views',
      'keine follower', 'keine likes', 'keine aufrufe', 'nicht voran', 'kein fortschritt',
      'stockt',
      /\b(?:bewegt\s+sich|passiert|tut\s+sich|lauft|geht)\b[^.?!\n]{0,25}\b(?:nicht|nichts)\b/,
      /\b(?:noch\s+)?(?:nicht|nie|immer noch nicht)\s+(?:\w+\s+)?(?:gestartet|angefangen|begonnen|angelaufen|bewegt|angekommen|geliefert)\b/,
      /\blauft\b[^.?!\n]{0,30}\bnicht an\b/,
    ],
    refund: [
      'ruckerstatt*', 'erstatt*', 'geld zuruck', 'zuruckerstatt*', 'ruckzahlung',
      'ruckbuchung', 'mein geld', 'zuruckzahl*', 'zuruckbuch*', 'zuruckuberweis*',
      /\b(?:geld|guthaben|betrag|zahlung)\b[^.?!\n]{0,20}\bzuruck/,
    ],
  },
  other: [
    /\bworan\s+(?:merke|erkenne|sehe)\s+ich\b[^.?!\n]*/,
    /\blink\b[^.?!\n]{0,30}\b(?:andern|aendern|tauschen)\b/,
    /\b(?:link|menge|anzahl)\s+(?:\w+\s+)?(?:andern|korrigieren|anpassen)\b/,
    'guthaben', 'aufladen', 'zahlung', 'bezahlen', 'bezahlt', 'preis', 'kostet', 'was kostet',
    'rabatt', 'wiederverkaufer', 'konto', 'einzahlung', 'kosten', 'preise', 'eingezahlt',
    'uberwiesen',
    /\b(?:guthaben|zahlung|einzahlung|uberweisung)\b[^.?!\n]{0,20}\bnicht\s+(?:\w+\s+)?(?:angekommen|gutgeschrieben|da|aufgeladen)\b/,
  ],
  neutral: [
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\b(?:nichts|nicht|nie)\s+(?:storniert|gekundigt|abgebrochen|storniert\s+haben)\b/,
    /\bpasswort\s+(?:\w+\s+)?(?:verloren|vergessen)\b/,
    'nicht stornieren', 'nicht abbrechen', 'nachfullgarantie', 'mit refill', 'ohne refill',
    'refill garantie', 'garantie',
  ],
  units: [
    'follower', 'abonnenten', 'likes', 'aufrufe', 'mitglieder', 'kommentare', 'tausend',
  ],
  durations: ['tage', 'tagen', 'tag', 'stunden', 'stunde', 'minuten', 'wochen', 'monate'],
  currencies: ['euro', 'eur', 'chf'],
  orderLabels: ['bestellung', 'bestellnummer', 'auftrag', 'auftragsnummer'],
  notOrderLabels: ['kundennummer', 'kunden-id', 'kundennr', 'benutzer', 'benutzer-id', 'konto', 'plz', 'postleitzahl', 'tickets', 'referenz', 'karte', 'rechnung', 'dienst', 'service', 'ticket', 'transaktion', 'telefon', 'handy'],
  countLabels: ['startanzahl', 'anzahl', 'menge', 'rest', 'betrag', 'startwert'],
  countWords: ['von', 'auf', 'nur', 'jetzt'],
  orderRefs: ['mein*', 'bestellung*', 'auftrag*'],
};
