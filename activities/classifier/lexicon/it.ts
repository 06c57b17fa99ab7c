// Italian. Terms are folded: accents dropped ("perche" = "perché").
import type { Lexicon } from './types.js';

export const it: Lexicon = {
  language: 'it',
  markers: [
    'per favore', 'grazie', 'ciao', 'buongiorno', 'salve', 'mio', 'mia', 'miei', 'ordine*',
    'dove', "dov'e", 'quando', 'perche', 'ancora', 'voglio', 'il', 'lo', 'gli', 'sono',
    'e stato', 'ho', 'su', 'da', 'molto', 'potete', 'fate', "l'ordine", 'tutti',
    'posso', 'sara', 'ha la', 'le istruzioni', 'giorni', 'avete', 'vorrei', 'un', 'che', 'dell',
    'sull', 'ieri', 'sbagliato', 'ho pagato', 'accettate', 'siete', 'come funziona', 'funziona',
    'soldi', 'stanno', 'i follower',
  ],
  intents: {
    refill: [
      'ricaricatel*', 'crollat*',
      // A delivery that came short of the count ordered.
      'incompleto', 'incompleti', 'incompleta', /\bin meno\b(?!\s+di)/, 'meno del previsto',
      'completare', 'completatelo', 'completateli', 'riempite', 'riempitelo',
      'ripristin*', 'reintegr*', 'calati', 'calato', 'sono calati', 'scesi', 'diminuit*',
      'ho perso', 'persi', 'spariti', 'mancano', 'manca*', 'perso', 'perdendo', 'sceso', 'scese',
      'calat*', 'sparit*', 'diminuiti', 'calando', 'calano', 'scendendo', 'scendono',
      'ne sono arrivati meno', 'arrivati meno',
      /\b(?:tolt[oi]|levat[oi]|tolgono|levano)\b[^.?!\n]{0,25}\b(?:follower\w*|like|mi piace|visualizzazion\w*|iscritt\w*|view\w*)/,
      /\b(?:completat|terminat|finit|concluso)\w*\b[^.?!\n]{0,30}\bma\b/,
    ],
    cancel: [
      'annulate*',
      'annull*', 'annulla', 'cancellare', 'cancellate', 'cancella', 'cancellat*', 'cancellar*',
      'non mi serv* piu', 'interromp*', 'fermare',
      'fermate', 'fermatelo', 'fermalo', 'non mi serve piu', 'non serve piu', 'stoppate',
    ],
    status: [
      'come vanno', 'stato del', 'stato dell',
      /\b(?:risulta|e stato|e stata|risultano|sono stati)\s+(?:annullat|cancellat)\w*/, 'come mai',
      'annullato', 'annullata', 'e stato annullato', "dov'e", 'dove', 'quando', 'perche',
      'a che punto',
      'stato ordine', "stato dell'ordine", 'che succede', 'quanto tempo', 'novita',
      'aggiornament*', 'notizie', 'che fine ha fatto', 'quando finisce', 'quando arriva',
      'quanti giorni', 'tempi',
      /\b(?:finit[oa]|terminat[oa]|completat[oa]|concluso|pront[oa]|consegnat[oa])\b[^.!?\n]{0,15}[?؟]/,
      // "perché avete annullato": asks about a cancellation, does not ask for one.
      /\bperche\b[^.?!\n]{0,30}\b(?:annull|cancell)\w*/,
    ],
    speed_up: [
      'spingete', 'spingetelo', 'spingetela',
      'velocizz*', 'accelera*', 'piu veloce', 'lento', 'lenta', 'molto lento', 'non e partito',
      'non partito', 'non e iniziato', 'non iniziato', 'non parte', 'bloccato', 'in attesa',
      'ancora in attesa', 'fermo', 'non arrivano', 'non arrivato', 'in sospeso', 'sospeso',
      'lentissim*', 'non si muove', 'nessun progresso', 'ci mette troppo', 'troppo tempo',
      'ancora niente', 'ancora nulla', 'non arriva*', 'bloccat*', 'in coda', 'fermi', 'fermato',
      'fermata', 'si e fermato', 'si e bloccato', 'a zero', 'ancora a zero', 'fermo a zero',
      'non va avanti', 'non avanza', 'non procede', 'non sale', 'non salgono',
      'rilento', 'a rilento',
      /\bnon\s+(?:e\s+|si\s+e\s+|ha\s+)?(?:ancora\s+|mai\s+)?(?:partit|iniziat|avviat|cominciat|pres|mosso|arrivat)\w*/,
    ],
    refund: [
      /\b(?:rimett|ridat|restitu|riaccredit)\w*\b[^.?!\n]{0,20}\b(?:crediti|credito|saldo|soldi)\b/,
      'rimbors*', 'soldi indietro', 'restituire i soldi', 'restituite', 'i miei soldi',
      'ridatemi', 'rivoglio i soldi', 'restituit*',
      /\b(?:ridat|restitu|ridar|rimand)\w*\b[^.?!\n]{0,20}\b(?:soldi|denaro|saldo|importo)\b/,
      // Money back in plain words: "voglio indietro i miei 15 euro", "i 20 € indietro".
      /\b(?:indietro|restitu\w*|ridat\w*|rivoglio)\b[^.?!\n]{0,25}(?:\beuro\b|€|\bsoldi\b)/,
      /(?:\beuro\b|€|\bsoldi\b)[^.?!\n]{0,20}\bindietro\b/,
    ],
  },
  other: [
    /\baccount\b[^.?!\n]{0,12}\bbloccat\w*/,
    /\b(?:cambiare|modificare|correggere)\s+(?:il\s+|la\s+)?(?:link|quantita)\b/,
    'saldo', 'ricaricare', 'ricarica', 'pagamento', 'pagare', 'prezzo', 'quanto costa', 'costa',
    'sconto', 'rivenditore', 'rivenditori', 'fondi', 'costano', 'carta',
    // A deposit that has not arrived is a payment question, not a stuck order.
    /\b(?:saldo|pagamento|ricarica|deposito)\b[^.?!\n]{0,15}\bnon\s+(?:e\s+|mi\s+e\s+)?(?:ancora\s+)?(?:arrivat|accreditat|caricat)\w*/,
  ],
  neutral: [
    /\bgrazie\s+(?:per|della|del|dell)\b[^.?!\n]{0,40}/, /\bnon\s+(?:annull|cancell|rimbors|ferm)\w*/, /\bnon\s+serve\s+(?:nessun\w*\s+|piu\s+)?(?:refill|rimborso|ricarica)\b/, /\b(?:rimborso|refill)\b[^.?!\n]{0,30}\bgia\s+ricevut\w*/, /\blasciate\s+perdere\b[^.?!\n]*/, /\bignorate\b[^.?!\n]*/,
    /\bsaldo\b[^.?!\n]{0,10}\b(?:sceso|calato|diminuito)\b/,
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\bnon\s+(?:l'?ho\s+|ho\s+)(?:annullat\w*|cancellat\w*|chiesto\s+(?:di\s+|l'\s*)?annull\w*)/,
    /\b(?:perso|dimenticato)\s+(?:la\s+|mia\s+)?password\b/,
    'non annullate', 'non annullare', 'garanzia refill', 'garanzia', 'con refill', 'senza refill',
  ],
  units: [
    'follower', 'seguaci', 'mi piace', 'visualizzazioni', 'iscritti', 'membri', 'commenti',
  ],
  durations: ['giorni', 'giorno', 'ore', 'minuti', 'settimane', 'mesi'],
  currencies: ['euro', 'eur'],
  orderLabels: ['ordine', "l'ordine", 'numero ordine'],
  notOrderLabels: ['fattura', 'numero fattura', 'utente', 'id utente', 'tickets', 'riferimento', 'carta', 'cliente', 'servizio', 'ticket', 'transazione', 'telefono'],
  countLabels: ['quantita', 'conteggio iniziale', 'inizio', 'rimanenti', 'importo', 'totale'],
  countWords: ['da', 'a', 'solo'],
  howQuestions: [/\bcome (?:funziona|si chiede|si richiede|faccio a)\b/, /\bcos'e (?:il |un |la |una )?(?:refill|rimborso|ricarica|garanzia)/, 'che differenza', 'differenza tra', /\bquanto ci mette (?:un|il)\b/],
  orderRefs: ['mio', 'mia', 'miei', 'mie', 'ordine*', "l'ordine"],
};
