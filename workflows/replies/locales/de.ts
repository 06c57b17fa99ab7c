// German replies (Sie). "Refill" is kept as panels show it.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Ihre Bestellung …" (verb included). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'wartet auf den Start',
  in_progress: 'läuft gerade',
  processing: 'wird bearbeitet',
  completed: 'ist abgeschlossen',
  partial: 'ist teilweise abgeschlossen',
  canceled: 'wurde storniert',
  refunded: 'wurde storniert und erstattet',
};

/** Completes "Wir brauchen ihn, um …". */
const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'das Refill anzufordern',
  cancel: 'die Stornierung anzufordern',
  speed_up: 'die Beschleunigung anzufordern',
  refund: 'Ihre Erstattungsanfrage zu bearbeiten',
};

const FOLLOW = 'Wir behalten die Bestellung im Blick und melden uns hier bei Ihnen.';
const NOT_FOUND =
  'Wir konnten diese Bestellung in Ihrem Konto nicht finden. Bitte prüfen Sie die Bestellnummer und senden Sie sie erneut.';
const NO_REFILL_BELOW_START =
  'Ein Refill deckt nur Rückgänge bei dem ab, was diese Bestellung geliefert hat, daher können wir keines anfordern.';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} ${count === 1 ? 'Minute' : 'Minuten'}` : `${count} ${count === 1 ? 'Stunde' : 'Stunden'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'Heute ist der letzte Tag Ihres Refill-Zeitraums.';
  return `Ihr Refill-Zeitraum läuft noch ${daysLeft} ${daysLeft === 1 ? 'Tag' : 'Tage'}.`;
}

export const de: ReplyLocale = {
  aboutOrder: (orderId) => `Danke für Ihre Nachricht zu Bestellung ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Bestellung' : 'Bestellungen'} ${ids.join(', ')}: ${body}`,
  askOrderId: 'Um welche Bestellung geht es? Bitte senden Sie uns die Bestellnummer, dann sehen wir nach.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () =>
      'Dieser Service enthält kein Refill, daher können wir für diese Bestellung keines anfordern.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Der Refill-Zeitraum für diese Bestellung ist am ${windowEnd} abgelaufen, daher ist kein Refill mehr möglich.`
        : 'Der Refill-Zeitraum für diese Bestellung ist abgelaufen, daher ist kein Refill mehr möglich.',
    'refill.order_canceled': ({ status }) =>
      `Diese Bestellung ${STATUS[status ?? 'canceled']}, daher gibt es nichts aufzufüllen.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Diese Bestellung ${STATUS[status ?? 'in_progress']}, und ein Refill kann erst angefordert werden, wenn sie abgeschlossen ist.`,
        progress && `Bisher geliefert: ${progress.delivered} von ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Der Zähler Ihres Links steht jetzt bei ${currentCount} und damit unter dem Startwert der Bestellung (${startCount}).`
          : 'Der Zähler Ihres Links liegt unter dem Startwert der Bestellung.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Wir haben Ihren Link geprüft: Der Zähler steht bei ${v.currentCount}, es fehlt also nichts aus dieser Bestellung und ein Refill ist nicht nötig.`
          : 'Wir haben Ihren Link geprüft: Es fehlt nichts aus dieser Bestellung, ein Refill ist also nicht nötig.',
        'Falls der Zähler später sinkt, schreiben Sie uns einfach erneut.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Wir haben den Anbieter gebeten, den Rückgang von ${v.drop} aufzufüllen.`
          : 'Wir haben beim Anbieter ein Refill für diese Bestellung angefordert.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Wir konnten den aktuellen Zähler nicht automatisch prüfen, daher haben wir den Anbieter gebeten, diese Bestellung zu prüfen und Fehlendes aufzufüllen.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) =>
      status === 'refunded'
        ? 'Diese Bestellung wurde bereits storniert und erstattet.'
        : 'Diese Bestellung wurde bereits storniert.',
    'cancel.already_completed': () =>
      'Diese Bestellung ist bereits abgeschlossen und kann daher nicht mehr storniert werden.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Diese Bestellung wurde bereits als teilweise abgeschlossen beendet und kann daher nicht mehr storniert werden.',
        progress && `Geliefert: ${progress.delivered} von ${progress.quantity}.`,
      ),
    'cancel.not_available': () =>
      'Dieser Service erlaubt keine Stornierung, daher können wir diese Bestellung nicht stornieren.',
    'cancel.forward': () =>
      'Wir haben den Anbieter gebeten, diese Bestellung zu stornieren. Sobald die Stornierung durch ist, bestätigen wir es Ihnen hier.',

    'speed_up.already_completed': () =>
      'Diese Bestellung ist bereits abgeschlossen, es gibt also nichts mehr zu beschleunigen.',
    'speed_up.order_closed': ({ status }) =>
      status
        ? `Diese Bestellung ${STATUS[status]}, daher kann sie nicht beschleunigt werden.`
        : 'Diese Bestellung ist geschlossen, daher kann sie nicht beschleunigt werden.',
    'speed_up.too_early': (v) =>
      sentences(
        'Ihre Bestellung liegt noch im normalen Lieferzeitraum.',
        v.wait
          ? `Bitte warten Sie noch ${wait(v.wait)}; falls sie sich bis dahin nicht bewegt hat, schreiben Sie uns, und wir bitten den Anbieter, sie zu beschleunigen.`
          : 'Bitte warten Sie noch etwas; falls sie sich nicht bewegt, schreiben Sie uns, und wir bitten den Anbieter, sie zu beschleunigen.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Wir haben den Anbieter gebeten, diese Bestellung zu beschleunigen.',
        progress && `Bisher geliefert: ${progress.delivered} von ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Ihre Bestellung ${STATUS[status]}.` : 'Wir haben Ihre Bestellung geprüft.',
        progress && `Geliefert: ${progress.delivered} von ${progress.quantity}.`,
        startCount !== undefined && `Startwert: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Diese Bestellung wurde als teilweise abgeschlossen beendet, und der nicht gelieferte Teil wurde bereits erstattet.',
            progress && `Geliefert: ${progress.delivered} von ${progress.quantity}.`,
            'Bitte prüfen Sie Ihr Guthaben.',
          )
        : 'Diese Bestellung wurde bereits storniert und erstattet. Bitte prüfen Sie Ihr Guthaben.',
    'refund.forward_cancel': () =>
      'Wir haben den Anbieter gebeten, diese Bestellung zu stornieren. Die Erstattung ist bestätigt, sobald die Stornierung durch ist – wir melden uns hier bei Ihnen.',
    'refund.escalate': () =>
      'Wir haben Ihre Erstattungsanfrage an unser Team weitergegeben. Ein Teammitglied prüft sie und antwortet Ihnen hier.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Wir haben dir ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} für diese Bestellung auf dein Guthaben erstattet: der erstattete Teil wird nicht mehr geliefert. Bitte prüfe dein Guthaben.`
        : 'Wir haben dir diese Bestellung auf dein Guthaben erstattet. Bitte prüfe dein Guthaben.',

    'other.answer': ({ answer }) => answer ?? 'Ein Mitglied unseres Teams antwortet Ihnen hier.',
    'other.escalate': () => 'Wir haben Ihre Nachricht an unser Team weitergegeben; ein Teammitglied antwortet Ihnen hier.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Bitte senden Sie uns einen Screenshot, der den aktuellen Zähler Ihres Links zeigt. Wir brauchen ihn, um ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'fortzufahren'
      }.`,
    'request.duplicate': () =>
      'Wir bearbeiten diese Anfrage zu dieser Bestellung bereits. Sobald es Neuigkeiten gibt, melden wir uns hier.',
    'quota.blocked': () => 'Ein Mitglied unseres Teams kümmert sich darum und antwortet Ihnen hier.',
    'request.limit_exceeded': () =>
      'Wir können pro Nachricht und pro Tag nur eine begrenzte Anzahl von Bestellungen prüfen. Diese Bestellung wurde jetzt nicht geprüft: Bitte senden Sie sie später in einer eigenen Nachricht erneut.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Gute Nachricht: Das Refill für Bestellung ${orderId} ist abgeschlossen.`,
    'cancel.resolved': ({ orderId }) => `Bestellung ${orderId} wurde storniert.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `Bestellung ${orderId} wurde als teilweise abgeschlossen beendet, bevor sie storniert werden konnte.`,
        progress && `Geliefert: ${progress.delivered} von ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) =>
      `Bestellung ${orderId} wurde abgeschlossen, bevor sie storniert werden konnte.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Gute Nachricht: Bestellung ${orderId} ist jetzt abgeschlossen.`
        : sentences(
            `Gute Nachricht: Bestellung ${orderId} kommt voran.`,
            progress && `Bisher geliefert: ${progress.delivered} von ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `Bestellung ${orderId} wurde storniert und Ihre Erstattung ist bestätigt. Bitte prüfen Sie Ihr Guthaben.`,
    'request.escalated': ({ orderId }) =>
      `Wir haben Ihre Anfrage zu Bestellung ${orderId} an ein Mitglied unseres Teams weitergegeben, das Ihnen hier antwortet.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Antwort unseres Teams zu Bestellung ${orderId}:\n${message}`
        : `Unser Team hat Ihre Anfrage zu Bestellung ${orderId} geprüft.`,
    'request.closed': ({ orderId }) =>
      `Ihre Anfrage zu Bestellung ${orderId} ist abgeschlossen. Wenn Sie noch etwas brauchen, schreiben Sie uns einfach.`,
    'request.provider_declined': ({ orderId }) =>
      `Der Anbieter konnte unsere Anfrage zu Bestellung ${orderId} nicht bearbeiten, daher haben wir sie an ein Mitglied unseres Teams weitergegeben, das Ihnen hier antwortet.`,
  },
};
