// Portuguese replies (Brazilian usage, where most Portuguese-speaking panel customers are).
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Este pedido …" (verb included: estar or ser differs by status). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'está aguardando início',
  in_progress: 'está em andamento',
  processing: 'está em processamento',
  completed: 'está concluído',
  partial: 'foi concluído parcialmente',
  canceled: 'foi cancelado',
  refunded: 'foi cancelado e reembolsado',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'solicitar a reposição',
  cancel: 'solicitar o cancelamento',
  speed_up: 'pedir a aceleração',
  refund: 'dar andamento à sua solicitação de reembolso',
};

const FOLLOW = 'Vamos acompanhar e avisaremos você por aqui.';
const NOT_FOUND = 'Não encontramos este pedido na sua conta. Confira o número do pedido e envie de novo, por favor.';
const NO_REFILL_BELOW_START =
  'A reposição cobre apenas quedas no que este pedido entregou, então não podemos solicitá-la.';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} minuto${count === 1 ? '' : 's'}` : `${count} hora${count === 1 ? '' : 's'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'Hoje é o último dia do seu período de reposição.';
  return daysLeft === 1
    ? 'Falta 1 dia para terminar o seu período de reposição.'
    : `Faltam ${daysLeft} dias para terminar o seu período de reposição.`;
}

export const pt: ReplyLocale = {
  aboutOrder: (orderId) => `Obrigado pela mensagem sobre o pedido ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Pedido' : 'Pedidos'} ${ids.join(', ')}: ${body}`,
  askOrderId: 'De qual pedido se trata? Envie o número do pedido, por favor, e vamos verificar.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'Este serviço não inclui reposição, então não podemos solicitá-la para este pedido.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `O período de reposição deste pedido terminou em ${windowEnd}, então a reposição não é mais possível.`
        : 'O período de reposição deste pedido já terminou, então a reposição não é mais possível.',
    'refill.order_canceled': ({ status }) => `Este pedido ${STATUS[status ?? 'canceled']}, então não há nada para repor.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Este pedido ${STATUS[status ?? 'in_progress']}, e a reposição só pode ser solicitada depois que ele for concluído.`,
        progress && `Entregue até agora: ${progress.delivered} de ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `A contagem do seu link agora está em ${currentCount}, abaixo da contagem inicial do pedido (${startCount}).`
          : 'A contagem do seu link está abaixo da contagem inicial do pedido.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Verificamos o seu link: a contagem está em ${v.currentCount}, então não falta nada deste pedido e não é preciso repor.`
          : 'Verificamos o seu link: não falta nada deste pedido, então não é preciso repor.',
        'Se cair mais tarde, é só nos escrever de novo.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Pedimos ao fornecedor que reponha o que está faltando (${v.drop}).`
          : 'Pedimos ao fornecedor a reposição deste pedido.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Não conseguimos verificar a contagem atual automaticamente, então pedimos ao fornecedor que confira este pedido e reponha o que estiver faltando.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) =>
      status === 'refunded' ? 'Este pedido já foi cancelado e reembolsado.' : 'Este pedido já foi cancelado.',
    'cancel.already_completed': () => 'Este pedido já está concluído, então não pode mais ser cancelado.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Este pedido já foi encerrado como concluído parcialmente, então não pode mais ser cancelado.',
        progress && `Entregue: ${progress.delivered} de ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Este serviço não permite cancelamento, então não podemos cancelar este pedido.',
    'cancel.forward': () =>
      'Pedimos ao fornecedor que cancele este pedido. Vamos confirmar por aqui assim que o cancelamento for efetivado.',

    'speed_up.already_completed': () => 'Este pedido já está concluído, então não há nada para acelerar.',
    'speed_up.order_closed': ({ status }) =>
      status ? `Este pedido ${STATUS[status]}, então não pode ser acelerado.` : 'Este pedido está encerrado, então não pode ser acelerado.',
    'speed_up.too_early': (v) =>
      sentences(
        'Seu pedido ainda está dentro do prazo normal de entrega.',
        v.wait
          ? `Aguarde mais ${wait(v.wait)}, por favor; se até lá ele não tiver avançado, fale com a gente e pediremos ao fornecedor que o acelere.`
          : 'Aguarde mais um pouco, por favor; se ele não avançar, fale com a gente e pediremos ao fornecedor que o acelere.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Pedimos ao fornecedor que acelere este pedido.',
        progress && `Entregue até agora: ${progress.delivered} de ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Seu pedido ${STATUS[status]}.` : 'Verificamos o seu pedido.',
        progress && `Entregue: ${progress.delivered} de ${progress.quantity}.`,
        startCount !== undefined && `Contagem inicial: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Este pedido foi encerrado como concluído parcialmente, e a parte não entregue já foi reembolsada.',
            progress && `Entregue: ${progress.delivered} de ${progress.quantity}.`,
            'Confira o seu saldo, por favor.',
          )
        : 'Este pedido já foi cancelado e reembolsado. Confira o seu saldo, por favor.',
    'refund.forward_cancel': () =>
      'Pedimos ao fornecedor que cancele este pedido. O reembolso fica confirmado assim que o cancelamento for efetivado, e avisaremos você por aqui.',
    'refund.escalate': () =>
      'Encaminhamos a sua solicitação de reembolso para a nossa equipe. Alguém da equipe vai analisá-la e responder por aqui.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Reembolsamos ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} deste pedido ao seu saldo: a parte reembolsada não será mais entregue. Confira o seu saldo, por favor.`
        : 'Reembolsamos este pedido ao seu saldo. Confira o seu saldo, por favor.',

    'other.answer': ({ answer }) => answer ?? 'Alguém da nossa equipe vai responder por aqui.',
    'other.escalate': () => 'Encaminhamos a sua mensagem para a nossa equipe, e alguém vai responder por aqui.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Envie, por favor, uma captura de tela (print) que mostre a contagem atual do seu link. Precisamos dela para ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'continuar'
      }.`,
    'request.duplicate': () =>
      'Já estamos cuidando desta solicitação para este pedido. Avisaremos você por aqui assim que houver novidades.',
    'quota.blocked': () => 'Alguém da nossa equipe vai cuidar disso e responder por aqui.',
    'request.limit_exceeded': () =>
      'Só conseguimos verificar um número limitado de pedidos por mensagem e por dia. Este pedido não foi verificado agora: envie-o novamente mais tarde em uma mensagem separada.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Boa notícia: a reposição do pedido ${orderId} foi concluída.`,
    'cancel.resolved': ({ orderId }) => `O pedido ${orderId} foi cancelado.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `O pedido ${orderId} foi encerrado como concluído parcialmente antes que pudesse ser cancelado.`,
        progress && `Entregue: ${progress.delivered} de ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `O pedido ${orderId} foi concluído antes que pudesse ser cancelado.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Boa notícia: o pedido ${orderId} já está concluído.`
        : sentences(
            `Boa notícia: o pedido ${orderId} está avançando.`,
            progress && `Entregue até agora: ${progress.delivered} de ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `O pedido ${orderId} foi cancelado e o seu reembolso está confirmado. Confira o seu saldo, por favor.`,
    'request.escalated': ({ orderId }) =>
      `Encaminhamos a sua solicitação sobre o pedido ${orderId} para alguém da nossa equipe, que vai responder por aqui.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Resposta da nossa equipe sobre o pedido ${orderId}:\n${message}`
        : `Nossa equipe analisou a sua solicitação sobre o pedido ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `A sua solicitação sobre o pedido ${orderId} foi encerrada. Se precisar de mais alguma coisa, é só nos escrever.`,
    'request.provider_declined': ({ orderId }) =>
      `O fornecedor não conseguiu atender à nossa solicitação para o pedido ${orderId}, então a encaminhamos para alguém da nossa equipe, que vai responder por aqui.`,
  },
};
