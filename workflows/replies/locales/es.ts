// Spanish replies (neutral Spanish, addressing the customer as "tú").
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Este pedido …" (verb included: estar or ser differs by status). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'está pendiente de inicio',
  in_progress: 'está en curso',
  processing: 'está en proceso',
  completed: 'está completado',
  partial: 'está completado parcialmente',
  canceled: 'está cancelado',
  refunded: 'fue cancelado y reembolsado',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'solicitar la reposición',
  cancel: 'solicitar la cancelación',
  speed_up: 'pedir que se acelere',
  refund: 'tramitar tu solicitud de reembolso',
};

const FOLLOW = 'Lo seguiremos de cerca y te avisaremos por aquí.';
const NOT_FOUND = 'No encontramos este pedido en tu cuenta. Revisa el número de pedido y envíanoslo de nuevo.';
const NO_REFILL_BELOW_START =
  'La reposición solo cubre las caídas de lo que entregó este pedido, así que no podemos solicitarla.';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} minuto${count === 1 ? '' : 's'}` : `${count} hora${count === 1 ? '' : 's'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'Hoy es el último día de tu período de reposición.';
  return daysLeft === 1
    ? 'A tu período de reposición le queda 1 día.'
    : `A tu período de reposición le quedan ${daysLeft} días.`;
}

export const es: ReplyLocale = {
  aboutOrder: (orderId) => `Gracias por escribirnos sobre el pedido ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Pedido' : 'Pedidos'} ${ids.join(', ')}: ${body}`,
  askOrderId: '¿De qué pedido se trata? Envíanos el número de pedido y lo revisamos.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Este servicio no incluye reposición, así que no podemos solicitarla para este pedido.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `El período de reposición de este pedido terminó el ${windowEnd}, así que ya no es posible reponerlo.`
        : 'El período de reposición de este pedido ya terminó, así que ya no es posible reponerlo.',
    'refill.order_canceled': ({ status }) => `Este pedido ${STATUS[status ?? 'canceled']}, así que no hay nada que reponer.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Este pedido ${STATUS[status ?? 'in_progress']}, y la reposición solo se puede solicitar cuando esté completado.`,
        progress && `Hasta ahora se han entregado ${progress.delivered} de ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `El contador de tu enlace está ahora en ${currentCount}, por debajo del conteo inicial del pedido (${startCount}).`
          : 'El contador de tu enlace está por debajo del conteo inicial del pedido.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Revisamos tu enlace: el contador está en ${v.currentCount}, así que no falta nada de este pedido y no hace falta reposición.`
          : 'Revisamos tu enlace: no falta nada de este pedido, así que no hace falta reposición.',
        'Si más adelante baja, escríbenos de nuevo.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Le pedimos al proveedor que reponga lo que falta (${v.drop}).`
          : 'Le pedimos al proveedor que reponga este pedido.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'No pudimos comprobar el contador actual automáticamente, así que le pedimos al proveedor que revise este pedido y reponga lo que falte.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `Este pedido ya ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'Este pedido ya está completado, así que ya no se puede cancelar.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Este pedido ya se cerró como completado parcialmente, así que ya no se puede cancelar.',
        progress && `Se entregaron ${progress.delivered} de ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Este servicio no permite cancelaciones, así que no podemos cancelar este pedido.',
    'cancel.forward': () =>
      'Le pedimos al proveedor que cancele este pedido. Te lo confirmaremos por aquí en cuanto se haga efectiva la cancelación.',

    'speed_up.already_completed': () => 'Este pedido ya está completado, así que no hay nada que acelerar.',
    'speed_up.order_closed': ({ status }) =>
      status ? `Este pedido ${STATUS[status]}, así que no se puede acelerar.` : 'Este pedido está cerrado, así que no se puede acelerar.',
    'speed_up.too_early': (v) =>
      sentences(
        'Tu pedido todavía está dentro de su tiempo normal de entrega.',
        v.wait
          ? `Espera ${wait(v.wait)} más, por favor; si para entonces no ha avanzado, escríbenos y le pediremos al proveedor que lo acelere.`
          : 'Espera un poco más, por favor; si no avanza, escríbenos y le pediremos al proveedor que lo acelere.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Le pedimos al proveedor que acelere este pedido.',
        progress && `Hasta ahora se han entregado ${progress.delivered} de ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Tu pedido ${STATUS[status]}.` : 'Revisamos tu pedido.',
        progress && `Entregado: ${progress.delivered} de ${progress.quantity}.`,
        startCount !== undefined && `Conteo inicial: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Este pedido se cerró como completado parcialmente y la parte no entregada ya fue reembolsada.',
            progress && `Se entregaron ${progress.delivered} de ${progress.quantity}.`,
            'Revisa tu saldo, por favor.',
          )
        : 'Este pedido ya fue cancelado y reembolsado. Revisa tu saldo, por favor.',
    'refund.forward_cancel': () =>
      'Le pedimos al proveedor que cancele este pedido. El reembolso queda confirmado en cuanto se haga efectiva la cancelación, y te avisaremos por aquí.',
    'refund.escalate': () =>
      'Pasamos tu solicitud de reembolso a nuestro equipo. Una persona del equipo la revisará y te responderá por aquí.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Reembolsamos ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} de este pedido a tu saldo: la parte reembolsada ya no se entregará. Revisa tu saldo, por favor.`
        : 'Reembolsamos este pedido a tu saldo. Revisa tu saldo, por favor.',

    'other.answer': ({ answer }) => answer ?? 'Una persona de nuestro equipo te responderá por aquí.',
    'other.escalate': () => 'Pasamos tu mensaje a nuestro equipo y una persona te responderá por aquí.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Envíanos una captura de pantalla que muestre el contador actual de tu enlace, por favor. La necesitamos para ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'continuar'
      }.`,
    'request.duplicate': () =>
      'Ya estamos gestionando esta solicitud para este pedido. Te avisaremos por aquí en cuanto haya novedades.',
    'quota.blocked': () => 'Una persona de nuestro equipo se encargará de esto y te responderá por aquí.',
    'request.limit_exceeded': () =>
      'Solo podemos revisar un número limitado de pedidos por mensaje y por día. Este pedido no se revisó ahora: envíalo de nuevo más tarde en un mensaje aparte.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Buenas noticias: se completó la reposición del pedido ${orderId}.`,
    'cancel.resolved': ({ orderId }) => `El pedido ${orderId} fue cancelado.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `El pedido ${orderId} se cerró como completado parcialmente antes de que pudiera cancelarse.`,
        progress && `Se entregaron ${progress.delivered} de ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `El pedido ${orderId} se completó antes de que pudiera cancelarse.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Buenas noticias: el pedido ${orderId} ya está completado.`
        : sentences(
            `Buenas noticias: el pedido ${orderId} está avanzando.`,
            progress && `Hasta ahora se han entregado ${progress.delivered} de ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `El pedido ${orderId} fue cancelado y tu reembolso está confirmado. Revisa tu saldo, por favor.`,
    'request.escalated': ({ orderId }) =>
      `Pasamos tu solicitud sobre el pedido ${orderId} a una persona de nuestro equipo, que te responderá por aquí.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Respuesta de nuestro equipo sobre el pedido ${orderId}:\n${message}`
        : `Nuestro equipo revisó tu solicitud sobre el pedido ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Tu solicitud sobre el pedido ${orderId} está cerrada. Si necesitas algo más, escríbenos.`,
    'request.provider_declined': ({ orderId }) =>
      `El proveedor no pudo atender nuestra solicitud para el pedido ${orderId}, así que la pasamos a una persona de nuestro equipo, que te responderá por aquí.`,
  },
};
