// Italian replies (addressing the customer as "tu"). "Refill" is kept as panels show it.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Il tuo ordine …" (verb included). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'è in attesa di avvio',
  in_progress: 'è in corso',
  processing: 'è in elaborazione',
  completed: 'è completato',
  partial: 'è completato parzialmente',
  canceled: 'è stato annullato',
  refunded: 'è stato annullato e rimborsato',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'richiedere il refill',
  cancel: 'richiedere l’annullamento',
  speed_up: 'richiedere la velocizzazione',
  refund: 'gestire la tua richiesta di rimborso',
};

const FOLLOW = 'Lo seguiremo e ti aggiorneremo qui.';
const NOT_FOUND =
  'Non abbiamo trovato questo ordine nel tuo account. Controlla il numero dell’ordine e invialo di nuovo, per favore.';
const NO_REFILL_BELOW_START =
  'Il refill copre solo i cali di quanto consegnato da questo ordine, quindi non possiamo richiederlo.';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} ${count === 1 ? 'minuto' : 'minuti'}` : `${count} ${count === 1 ? 'ora' : 'ore'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'Oggi è l’ultimo giorno del tuo periodo di refill.';
  return `Il tuo periodo di refill dura ancora ${daysLeft} ${daysLeft === 1 ? 'giorno' : 'giorni'}.`;
}

export const it: ReplyLocale = {
  aboutOrder: (orderId) => `Grazie per averci scritto riguardo all’ordine ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Ordine' : 'Ordini'} ${ids.join(', ')}: ${body}`,
  askOrderId: 'Di quale ordine si tratta? Inviaci il numero dell’ordine, per favore, e lo controlliamo.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Questo servizio non include il refill, quindi non possiamo richiederlo per questo ordine.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Il periodo di refill di questo ordine è terminato il ${windowEnd}, quindi il refill non è più possibile.`
        : 'Il periodo di refill di questo ordine è terminato, quindi il refill non è più possibile.',
    'refill.order_canceled': ({ status }) =>
      `Questo ordine ${STATUS[status ?? 'canceled']}, quindi non c’è nulla da ripristinare.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Questo ordine ${STATUS[status ?? 'in_progress']}, e il refill si può richiedere solo dopo il completamento.`,
        progress && `Finora consegnati: ${progress.delivered} su ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Il contatore del tuo link ora è a ${currentCount}, sotto il valore iniziale dell’ordine (${startCount}).`
          : 'Il contatore del tuo link è sotto il valore iniziale dell’ordine.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Abbiamo controllato il tuo link: il contatore è a ${v.currentCount}, quindi non manca nulla di questo ordine e il refill non serve.`
          : 'Abbiamo controllato il tuo link: non manca nulla di questo ordine, quindi il refill non serve.',
        'Se in seguito il contatore cala, scrivici di nuovo.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Abbiamo chiesto al fornitore di ripristinare il calo di ${v.drop}.`
          : 'Abbiamo chiesto al fornitore un refill per questo ordine.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Non siamo riusciti a controllare automaticamente il contatore attuale, quindi abbiamo chiesto al fornitore di verificare questo ordine e ripristinare ciò che manca.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) =>
      status === 'refunded' ? 'Questo ordine è già stato annullato e rimborsato.' : 'Questo ordine è già stato annullato.',
    'cancel.already_completed': () => 'Questo ordine è già completato, quindi non può più essere annullato.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Questo ordine è già stato chiuso come completato parzialmente, quindi non può più essere annullato.',
        progress && `Consegnati: ${progress.delivered} su ${progress.quantity}.`,
      ),
    'cancel.not_available': () =>
      'Questo servizio non consente l’annullamento, quindi non possiamo annullare questo ordine.',
    'cancel.forward': () =>
      'Abbiamo chiesto al fornitore di annullare questo ordine. Te lo confermeremo qui non appena l’annullamento andrà a buon fine.',

    'speed_up.already_completed': () => 'Questo ordine è già completato, quindi non c’è più nulla da velocizzare.',
    'speed_up.order_closed': ({ status }) =>
      status
        ? `Questo ordine ${STATUS[status]}, quindi non può essere velocizzato.`
        : 'Questo ordine è chiuso, quindi non può essere velocizzato.',
    'speed_up.too_early': (v) =>
      sentences(
        'Il tuo ordine è ancora entro i normali tempi di consegna.',
        v.wait
          ? `Attendi ancora ${wait(v.wait)}, per favore; se nel frattempo non si è mosso, scrivici e chiederemo al fornitore di velocizzarlo.`
          : 'Attendi ancora un po’, per favore; se non si muove, scrivici e chiederemo al fornitore di velocizzarlo.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Abbiamo chiesto al fornitore di velocizzare questo ordine.',
        progress && `Finora consegnati: ${progress.delivered} su ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Il tuo ordine ${STATUS[status]}.` : 'Abbiamo controllato il tuo ordine.',
        progress && `Consegnati: ${progress.delivered} su ${progress.quantity}.`,
        startCount !== undefined && `Valore iniziale: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Questo ordine è stato chiuso come completato parzialmente e la parte non consegnata è già stata rimborsata.',
            progress && `Consegnati: ${progress.delivered} su ${progress.quantity}.`,
            'Controlla il tuo saldo, per favore.',
          )
        : 'Questo ordine è già stato annullato e rimborsato. Controlla il tuo saldo, per favore.',
    'refund.forward_cancel': () =>
      'Abbiamo chiesto al fornitore di annullare questo ordine. Il rimborso sarà confermato non appena l’annullamento andrà a buon fine, e ti aggiorneremo qui.',
    'refund.escalate': () =>
      'Abbiamo inoltrato la tua richiesta di rimborso al nostro team. Un membro del team la esaminerà e ti risponderà qui.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Abbiamo rimborsato ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} per questo ordine sul tuo saldo: la parte rimborsata non verrà più consegnata. Controlla il tuo saldo, per favore.`
        : 'Abbiamo rimborsato questo ordine sul tuo saldo. Controlla il tuo saldo, per favore.',

    'other.answer': ({ answer }) => answer ?? 'Un membro del nostro team ti risponderà qui.',
    'other.escalate': () => 'Abbiamo inoltrato il tuo messaggio al nostro team; un membro del team ti risponderà qui.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Inviaci uno screenshot che mostri il contatore attuale del tuo link, per favore. Ci serve per ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'procedere'
      }.`,
    'request.duplicate': () =>
      'Ci stiamo già occupando di questa richiesta per questo ordine. Ti aggiorneremo qui non appena ci saranno novità.',
    'quota.blocked': () => 'Un membro del nostro team se ne occuperà e ti risponderà qui.',
    'request.limit_exceeded': () =>
      'Possiamo controllare solo un numero limitato di ordini per messaggio e al giorno. Questo ordine non è stato controllato ora: invialo di nuovo più tardi in un messaggio separato.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Buone notizie: il refill dell’ordine ${orderId} è completato.`,
    'cancel.resolved': ({ orderId }) => `L’ordine ${orderId} è stato annullato.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `L’ordine ${orderId} è stato chiuso come completato parzialmente prima che fosse possibile annullarlo.`,
        progress && `Consegnati: ${progress.delivered} su ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) =>
      `L’ordine ${orderId} è stato completato prima che fosse possibile annullarlo.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Buone notizie: l’ordine ${orderId} è completato.`
        : sentences(
            `Buone notizie: l’ordine ${orderId} sta procedendo.`,
            progress && `Finora consegnati: ${progress.delivered} su ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `L’ordine ${orderId} è stato annullato e il tuo rimborso è confermato. Controlla il tuo saldo, per favore.`,
    'request.escalated': ({ orderId }) =>
      `Abbiamo inoltrato la tua richiesta sull’ordine ${orderId} a un membro del nostro team, che ti risponderà qui.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Risposta del nostro team sull’ordine ${orderId}:\n${message}`
        : `Il nostro team ha esaminato la tua richiesta sull’ordine ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `La tua richiesta sull’ordine ${orderId} è stata chiusa. Se ti serve altro, scrivici pure.`,
    'request.provider_declined': ({ orderId }) =>
      `Il fornitore non è riuscito a gestire la nostra richiesta per l’ordine ${orderId}, quindi l’abbiamo inoltrata a un membro del nostro team, che ti risponderà qui.`,
  },
};
