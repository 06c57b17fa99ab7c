// Russian replies. "Докрутка" and "гарантия" are the words panel customers use for a
// refill and its period.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences, slavicPlural } from '../text.js';

/** Completes "Заказ …". */
const STATUS: Record<OrderStatus, string> = {
  pending: 'ожидает запуска',
  in_progress: 'выполняется',
  processing: 'в обработке',
  completed: 'выполнен',
  partial: 'выполнен частично',
  canceled: 'отменён',
  refunded: 'отменён с возвратом средств',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'запросить докрутку',
  cancel: 'запросить отмену',
  speed_up: 'запросить ускорение',
  refund: 'обработать запрос на возврат',
};

const FOLLOW = 'Мы проследим за заказом и сообщим вам здесь.';
const NOT_FOUND = 'Мы не нашли этот заказ в вашем аккаунте. Проверьте, пожалуйста, номер заказа и пришлите его ещё раз.';
const NO_REFILL_BELOW_START =
  'Докрутка покрывает только списания из того, что выполнил заказ, поэтому запросить её мы не можем.';

const days = (n: number): string => `${n} ${slavicPlural(n, 'день', 'дня', 'дней')}`;

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes'
    ? `${count} ${slavicPlural(count, 'минуту', 'минуты', 'минут')}`
    : `${count} ${slavicPlural(count, 'час', 'часа', 'часов')}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0 ? 'Сегодня последний день гарантии.' : `Гарантия действует ещё ${days(daysLeft)}.`;
}

export const ru: ReplyLocale = {
  aboutOrder: (orderId) => `Спасибо за обращение по заказу ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Заказ' : 'Заказы'} ${ids.join(', ')}: ${body}`,
  askOrderId: 'О каком заказе идёт речь? Пришлите, пожалуйста, номер заказа, и мы всё проверим.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Для этой услуги докрутка не предусмотрена, поэтому запросить её мы не можем.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `Гарантия на этот заказ закончилась ${windowEnd}, поэтому докрутка уже невозможна.`
        : 'Гарантия на этот заказ закончилась, поэтому докрутка уже невозможна.',
    'refill.order_canceled': ({ status }) => `Этот заказ ${STATUS[status ?? 'canceled']}, поэтому докручивать нечего.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Заказ ${STATUS[status ?? 'in_progress']}, а докрутку можно запросить только после его завершения.`,
        progress && `Пока выполнено ${progress.delivered} из ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Сейчас на ссылке ${currentCount} — меньше стартового количества заказа (${startCount}).`
          : 'Сейчас на ссылке меньше стартового количества заказа.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Мы проверили ссылку: сейчас там ${v.currentCount}, списаний по этому заказу нет, докрутка не нужна.`
          : 'Мы проверили ссылку: списаний по этому заказу нет, докрутка не нужна.',
        'Если списания появятся позже, просто напишите нам снова.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Мы попросили поставщика докрутить заказ: не хватает ${v.drop}.`
          : 'Мы попросили поставщика докрутить этот заказ.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Нам не удалось автоматически проверить текущее количество, поэтому мы попросили поставщика проверить заказ и докрутить недостающее.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) => `Этот заказ уже ${STATUS[status ?? 'canceled']}.`,
    'cancel.already_completed': () => 'Этот заказ уже выполнен, поэтому отменить его нельзя.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Этот заказ уже закрыт как частично выполненный, поэтому отменить его нельзя.',
        progress && `Выполнено ${progress.delivered} из ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Эта услуга не поддерживает отмену, поэтому отменить заказ мы не можем.',
    'cancel.forward': () =>
      'Мы попросили поставщика отменить этот заказ. Как только отмена пройдёт, мы подтвердим это здесь.',

    'speed_up.already_completed': () => 'Этот заказ уже выполнен — ускорять нечего.',
    'speed_up.order_closed': ({ status }) =>
      status ? `Этот заказ ${STATUS[status]}, поэтому ускорить его нельзя.` : 'Этот заказ закрыт, поэтому ускорить его нельзя.',
    'speed_up.too_early': (v) =>
      sentences(
        'Заказ ещё в пределах обычного срока выполнения.',
        v.wait
          ? `Подождите, пожалуйста, ещё ${wait(v.wait)}; если за это время он не сдвинется, напишите нам, и мы попросим поставщика его ускорить.`
          : 'Подождите, пожалуйста, ещё немного; если заказ не сдвинется, напишите нам, и мы попросим поставщика его ускорить.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Мы попросили поставщика ускорить этот заказ.',
        progress && `Пока выполнено ${progress.delivered} из ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Ваш заказ ${STATUS[status]}.` : 'Мы проверили ваш заказ.',
        progress && `Выполнено: ${progress.delivered} из ${progress.quantity}.`,
        startCount !== undefined && `Стартовое количество: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Этот заказ закрыт как частично выполненный, и средства за невыполненную часть уже возвращены.',
            progress && `Выполнено ${progress.delivered} из ${progress.quantity}.`,
            'Проверьте, пожалуйста, баланс.',
          )
        : 'Этот заказ уже отменён, средства возвращены. Проверьте, пожалуйста, баланс.',
    'refund.forward_cancel': () =>
      'Мы попросили поставщика отменить этот заказ. Возврат средств будет подтверждён, как только отмена пройдёт, — мы сообщим вам здесь.',
    'refund.escalate': () =>
      'Мы передали ваш запрос на возврат нашей команде. Сотрудник рассмотрит его и ответит здесь.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Мы вернули ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} за этот заказ на ваш баланс: возвращённая часть больше не будет выполняться. Пожалуйста, проверьте баланс.`
        : 'Мы вернули средства за этот заказ на ваш баланс. Пожалуйста, проверьте баланс.',

    'other.answer': ({ answer }) => answer ?? 'Сотрудник поддержки ответит вам здесь.',
    'other.escalate': () => 'Мы передали ваше сообщение нашей команде, сотрудник ответит вам здесь.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Пришлите, пожалуйста, скриншот с текущим количеством на ссылке — он нужен, чтобы ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'продолжить'
      }.`,
    'request.duplicate': () =>
      'Мы уже занимаемся этим запросом по заказу. Как только будут новости, сообщим вам здесь.',
    'quota.blocked': () => 'Сотрудник поддержки займётся этим и ответит вам здесь.',
    'request.limit_exceeded': () =>
      'Мы можем проверить лишь ограниченное число заказов за одно сообщение и за день. Этот заказ сейчас не проверен: пришлите его ещё раз позже отдельным сообщением.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Хорошие новости: докрутка по заказу ${orderId} выполнена.`,
    'cancel.resolved': ({ orderId }) => `Заказ ${orderId} отменён.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `Заказ ${orderId} был закрыт как частично выполненный раньше, чем его удалось отменить.`,
        progress && `Выполнено ${progress.delivered} из ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `Заказ ${orderId} был выполнен раньше, чем его удалось отменить.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Хорошие новости: заказ ${orderId} выполнен.`
        : sentences(
            `Хорошие новости: заказ ${orderId} сдвинулся с места.`,
            progress && `Пока выполнено ${progress.delivered} из ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `Заказ ${orderId} отменён, возврат средств подтверждён. Проверьте, пожалуйста, баланс.`,
    'request.escalated': ({ orderId }) =>
      `Мы передали ваш запрос по заказу ${orderId} сотруднику поддержки — он ответит вам здесь.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Ответ нашей команды по заказу ${orderId}:\n${message}`
        : `Наша команда рассмотрела ваш запрос по заказу ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Запрос по заказу ${orderId} закрыт. Если понадобится что-то ещё, просто напишите нам.`,
    'request.provider_declined': ({ orderId }) =>
      `Поставщик не смог выполнить наш запрос по заказу ${orderId}, поэтому мы передали его сотруднику поддержки — он ответит вам здесь.`,
  },
};
