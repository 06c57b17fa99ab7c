// Ukrainian replies.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences, slavicPlural } from '../text.js';

/** Completes "Замовлення …" (a neuter noun). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'очікує запуску',
  in_progress: 'виконується',
  processing: 'в обробці',
  completed: 'виконано',
  partial: 'виконано частково',
  canceled: 'скасовано',
  refunded: 'скасовано з поверненням коштів',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'запросити відновлення',
  cancel: 'запросити скасування',
  speed_up: 'запросити прискорення',
  refund: 'опрацювати запит на повернення коштів',
};

const FOLLOW = 'Ми стежитимемо за замовленням і повідомимо вас тут.';
const NOT_FOUND =
  'Ми не знайшли це замовлення у вашому акаунті. Будь ласка, перевірте номер замовлення та надішліть його ще раз.';
const NO_REFILL_BELOW_START =
  'Відновлення покриває лише списання з того, що виконало замовлення, тому ми не можемо його запросити.';

const days = (n: number): string => `${n} ${slavicPlural(n, 'день', 'дні', 'днів')}`;

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes'
    ? `${count} ${slavicPlural(count, 'хвилину', 'хвилини', 'хвилин')}`
    : `${count} ${slavicPlural(count, 'годину', 'години', 'годин')}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0 ? 'Сьогодні останній день гарантії.' : `Гарантія діє ще ${days(daysLeft)}.`;
}

export const uk: ReplyLocale = {
  aboutOrder: (orderId) => `Дякуємо за звернення щодо замовлення ${orderId}.`,
  // "Замовлення" has the same form for one order and for several.
  orderLine: (ids, body) => `Замовлення ${ids.join(', ')}: ${body}`,
  askOrderId: 'Про яке замовлення йдеться? Будь ласка, надішліть номер замовлення, і ми все перевіримо.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Для цієї послуги відновлення не передбачене, тому ми не можемо його запросити.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Гарантія на це замовлення закінчилася ${windowEnd}, тому відновлення вже неможливе.`
        : 'Гарантія на це замовлення закінчилася, тому відновлення вже неможливе.',
    'refill.order_canceled': ({ status }) => `Це замовлення ${STATUS[status ?? 'canceled']}, тому відновлювати нічого.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Замовлення ${STATUS[status ?? 'in_progress']}, а відновлення можна запросити лише після його завершення.`,
        progress && `Наразі виконано ${progress.delivered} з ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Зараз на посиланні ${currentCount} — менше за стартову кількість замовлення (${startCount}).`
          : 'Зараз на посиланні менше, ніж стартова кількість замовлення.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Ми перевірили посилання: зараз там ${v.currentCount}, списань за цим замовленням немає, відновлення не потрібне.`
          : 'Ми перевірили посилання: списань за цим замовленням немає, відновлення не потрібне.',
        'Якщо списання з’являться пізніше, просто напишіть нам знову.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Ми попросили постачальника відновити замовлення: бракує ${v.drop}.`
          : 'Ми попросили постачальника відновити це замовлення.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Нам не вдалося автоматично перевірити поточну кількість, тому ми попросили постачальника перевірити замовлення й відновити те, чого бракує.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `Це замовлення вже ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'Це замовлення вже виконано, тому скасувати його не можна.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Це замовлення вже закрито як частково виконане, тому скасувати його не можна.',
        progress && `Виконано ${progress.delivered} з ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Ця послуга не підтримує скасування, тому ми не можемо скасувати замовлення.',
    'cancel.forward': () =>
      'Ми попросили постачальника скасувати це замовлення. Щойно скасування пройде, ми підтвердимо це тут.',

    'speed_up.already_completed': () => 'Це замовлення вже виконано — прискорювати нічого.',
    'speed_up.order_closed': ({ status }) =>
      status
        ? `Це замовлення ${STATUS[status]}, тому прискорити його не можна.`
        : 'Це замовлення закрито, тому прискорити його не можна.',
    'speed_up.too_early': (v) =>
      sentences(
        'Замовлення ще в межах звичайного терміну виконання.',
        v.wait
          ? `Будь ласка, зачекайте ще ${wait(v.wait)}; якщо за цей час воно не зрушить з місця, напишіть нам, і ми попросимо постачальника його прискорити.`
          : 'Будь ласка, зачекайте ще трохи; якщо замовлення не зрушить з місця, напишіть нам, і ми попросимо постачальника його прискорити.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Ми попросили постачальника прискорити це замовлення.',
        progress && `Наразі виконано ${progress.delivered} з ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Ваше замовлення ${STATUS[status]}.` : 'Ми перевірили ваше замовлення.',
        progress && `Виконано: ${progress.delivered} з ${progress.quantity}.`,
        startCount !== undefined && `Стартова кількість: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Це замовлення закрито як частково виконане, і кошти за невиконану частину вже повернено.',
            progress && `Виконано ${progress.delivered} з ${progress.quantity}.`,
            'Будь ласка, перевірте баланс.',
          )
        : 'Це замовлення вже скасовано, кошти повернено. Будь ласка, перевірте баланс.',
    'refund.forward_cancel': () =>
      'Ми попросили постачальника скасувати це замовлення. Повернення коштів буде підтверджено, щойно скасування пройде, — ми повідомимо вас тут.',
    'refund.escalate': () =>
      'Ми передали ваш запит на повернення коштів нашій команді. Співробітник розгляне його й відповість тут.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Ми повернули ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} за це замовлення на ваш баланс: повернена частина більше не виконуватиметься. Будь ласка, перевірте баланс.`
        : 'Ми повернули кошти за це замовлення на ваш баланс. Будь ласка, перевірте баланс.',

    'other.answer': ({ answer }) => answer ?? 'Співробітник підтримки відповість вам тут.',
    'other.escalate': () => 'Ми передали ваше повідомлення нашій команді, співробітник відповість вам тут.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Будь ласка, надішліть скриншот із поточною кількістю на посиланні — він потрібен, щоб ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'продовжити'
      }.`,
    'request.duplicate': () =>
      'Ми вже опрацьовуємо цей запит щодо замовлення. Щойно будуть новини, повідомимо вас тут.',
    'quota.blocked': () => 'Співробітник підтримки займеться цим і відповість вам тут.',
    'request.limit_exceeded': () =>
      'Ми можемо перевірити лише обмежену кількість замовлень за одне повідомлення та за день. Це замовлення зараз не перевірено: надішліть його ще раз пізніше окремим повідомленням.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Гарні новини: замовлення ${orderId} відновлено.`,
    'cancel.resolved': ({ orderId }) => `Замовлення ${orderId} скасовано.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `Замовлення ${orderId} закрилося як частково виконане раніше, ніж його вдалося скасувати.`,
        progress && `Виконано ${progress.delivered} з ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `Замовлення ${orderId} було виконано раніше, ніж його вдалося скасувати.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Гарні новини: замовлення ${orderId} виконано.`
        : sentences(
            `Гарні новини: замовлення ${orderId} зрушило з місця.`,
            progress && `Наразі виконано ${progress.delivered} з ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `Замовлення ${orderId} скасовано, повернення коштів підтверджено. Будь ласка, перевірте баланс.`,
    'request.escalated': ({ orderId }) =>
      `Ми передали ваш запит щодо замовлення ${orderId} співробітнику підтримки — він відповість вам тут.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Відповідь нашої команди щодо замовлення ${orderId}:\n${message}`
        : `Наша команда розглянула ваш запит щодо замовлення ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Запит щодо замовлення ${orderId} закрито. Якщо знадобиться щось іще, просто напишіть нам.`,
    'request.provider_declined': ({ orderId }) =>
      `Постачальник не зміг виконати наш запит щодо замовлення ${orderId}, тому ми передали його співробітнику підтримки — він відповість вам тут.`,
  },
};
