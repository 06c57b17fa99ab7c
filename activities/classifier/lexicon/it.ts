// Italian. Terms are folded: accents dropped ("perche" = "perché").
import type { Lexicon } from './types.js';

export const it: Lexicon = {
  language: 'it',
  markers: [
    'per favore', 'grazie', 'ciao', 'buongiorno', 'salve', 'mio', 'mia', 'miei', 'ordine*',
    'dove', "dov'e", 'quando', 'perche', 'ancora', 'voglio', 'il', 'lo', 'gli', 'sono',
    'e stato', 'ho', 'su', 'da', 'molto', 'potete', 'fate', "l'ordine", 'tutti',
    'posso', 'sara', 'ha la', 'le istruzioni', 'giorni',
  ],
  intents: {
    refill: [
      'ripristin*', 'reintegr*', 'calati', 'calato', 'sono calati', 'scesi', 'diminuit*',
      'ho perso', 'persi', 'spariti', 'mancano',
    ],
    cancel: ['annull*', 'annulla', 'cancellare', 'cancellate', 'cancella', 'interromp*', 'fermare'],
    status: [
      'annullato', 'annullata', 'e stato annullato', "dov'e", 'dove', 'quando', 'perche',
      'a che punto',
      'stato ordine', "stato dell'ordine", 'che succede', 'quanto tempo',
    ],
    speed_up: [
      'velocizz*', 'accelera*', 'piu veloce', 'lento', 'lenta', 'molto lento', 'non e partito',
      'non partito', 'non e iniziato', 'non iniziato', 'non parte', 'bloccato', 'in attesa',
      'ancora in attesa', 'fermo', 'non arrivano', 'non arrivato',
    ],
    refund: [
      'rimbors*', 'soldi indietro', 'restituire i soldi', 'restituite', 'i miei soldi',
    ],
  },
  other: [
    'saldo', 'ricaricare', 'ricarica', 'pagamento', 'pagare', 'prezzo', 'quanto costa', 'costa',
    'sconto', 'rivenditore', 'fondi',
  ],
  neutral: ['garanzia refill', 'garanzia', 'con refill', 'senza refill'],
  units: [
    'follower', 'seguaci', 'mi piace', 'visualizzazioni', 'iscritti', 'membri', 'commenti',
  ],
  durations: ['giorni', 'giorno', 'ore', 'minuti', 'settimane', 'mesi'],
  currencies: ['euro', 'eur'],
  orderLabels: ['ordine', "l'ordine", 'numero ordine'],
  notOrderLabels: ['servizio', 'ticket', 'transazione', 'telefono'],
  countLabels: ['quantita', 'conteggio iniziale', 'inizio', 'rimanenti', 'importo', 'totale'],
  countWords: ['da', 'a', 'solo'],
};
