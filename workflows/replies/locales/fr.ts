// French replies (vouvoiement). "Refill" is kept as panels show it.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "Votre commande …" (verb included; "commande" is feminine). */
const STATUS: Record<OrderStatus, string> = {
  pending: 'est en attente de démarrage',
  in_progress: 'est en cours',
  processing: 'est en traitement',
  completed: 'est terminée',
  partial: 'est partiellement terminée',
  canceled: 'a été annulée',
  refunded: 'a été annulée et remboursée',
};

const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'demander le refill',
  cancel: 'demander l’annulation',
  speed_up: 'demander l’accélération',
  refund: 'traiter votre demande de remboursement',
};

const FOLLOW = 'Nous suivons la commande et reviendrons vers vous ici.';
const NOT_FOUND =
  'Nous n’avons pas trouvé cette commande dans votre compte. Merci de vérifier le numéro de commande et de nous le renvoyer.';
const NO_REFILL_BELOW_START =
  'Le refill ne couvre que les baisses sur ce que cette commande a livré, nous ne pouvons donc pas le demander.';

const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes' ? `${count} minute${count === 1 ? '' : 's'}` : `${count} heure${count === 1 ? '' : 's'}`;

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  if (daysLeft === 0) return 'Aujourd’hui est le dernier jour de votre période de refill.';
  return `Votre période de refill se termine dans ${daysLeft} jour${daysLeft === 1 ? '' : 's'}.`;
}

export const fr: ReplyLocale = {
  aboutOrder: (orderId) => `Merci pour votre message concernant la commande ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'Commande' : 'Commandes'} ${ids.join(', ')} : ${body}`,
  askOrderId: 'De quelle commande s’agit-il ? Merci de nous envoyer le numéro de commande, et nous vérifierons.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () =>
      'Ce service n’inclut pas de refill, nous ne pouvons donc pas en demander un pour cette commande.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `La période de refill de cette commande a pris fin le ${windowEnd}, un refill n’est donc plus possible.`
        : 'La période de refill de cette commande est terminée, un refill n’est donc plus possible.',
    'refill.order_canceled': ({ status }) =>
      `Cette commande ${STATUS[status ?? 'canceled']}, il n’y a donc rien à compléter.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `Cette commande ${STATUS[status ?? 'in_progress']}, et un refill ne peut être demandé qu’une fois la commande terminée.`,
        progress && `Livré pour l’instant : ${progress.delivered} sur ${progress.quantity}.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `Le compteur de votre lien affiche maintenant ${currentCount}, en dessous du compteur de départ de la commande (${startCount}).`
          : 'Le compteur de votre lien est en dessous du compteur de départ de la commande.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `Nous avons vérifié votre lien : le compteur affiche ${v.currentCount}, il ne manque donc rien sur cette commande et aucun refill n’est nécessaire.`
          : 'Nous avons vérifié votre lien : il ne manque rien sur cette commande, aucun refill n’est donc nécessaire.',
        'Si le compteur baisse plus tard, écrivez-nous à nouveau.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined
          ? `Nous avons demandé au fournisseur de compléter ce qui manque (${v.drop}).`
          : 'Nous avons demandé au fournisseur un refill pour cette commande.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'Nous n’avons pas pu vérifier automatiquement le compteur actuel, nous avons donc demandé au fournisseur de vérifier cette commande et de compléter ce qui manque.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) =>
      status === 'refunded' ? 'Cette commande a déjà été annulée et remboursée.' : 'Cette commande a déjà été annulée.',
    'cancel.already_completed': () => 'Cette commande est déjà terminée, elle ne peut donc plus être annulée.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'Cette commande a déjà été clôturée comme partiellement terminée, elle ne peut donc plus être annulée.',
        progress && `Livré : ${progress.delivered} sur ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'Ce service ne permet pas l’annulation, nous ne pouvons donc pas annuler cette commande.',
    'cancel.forward': () =>
      'Nous avons demandé au fournisseur d’annuler cette commande. Nous vous le confirmerons ici dès que l’annulation sera effective.',

    'speed_up.already_completed': () => 'Cette commande est déjà terminée, il n’y a donc plus rien à accélérer.',
    'speed_up.order_closed': ({ status }) =>
      status
        ? `Cette commande ${STATUS[status]}, elle ne peut donc pas être accélérée.`
        : 'Cette commande est clôturée, elle ne peut donc pas être accélérée.',
    'speed_up.too_early': (v) =>
      sentences(
        'Votre commande est encore dans son délai de livraison habituel.',
        v.wait
          ? `Merci de patienter encore ${wait(v.wait)} ; si elle n’a toujours pas avancé d’ici là, écrivez-nous et nous demanderons au fournisseur de l’accélérer.`
          : 'Merci de patienter encore un peu ; si elle n’avance pas, écrivez-nous et nous demanderons au fournisseur de l’accélérer.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'Nous avons demandé au fournisseur d’accélérer cette commande.',
        progress && `Livré pour l’instant : ${progress.delivered} sur ${progress.quantity}.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `Votre commande ${STATUS[status]}.` : 'Nous avons vérifié votre commande.',
        progress && `Livré : ${progress.delivered} sur ${progress.quantity}.`,
        startCount !== undefined && `Compteur de départ : ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'Cette commande a été clôturée comme partiellement terminée, et la partie non livrée a déjà été remboursée.',
            progress && `Livré : ${progress.delivered} sur ${progress.quantity}.`,
            'Merci de vérifier votre solde.',
          )
        : 'Cette commande a déjà été annulée et remboursée. Merci de vérifier votre solde.',
    'refund.forward_cancel': () =>
      'Nous avons demandé au fournisseur d’annuler cette commande. Le remboursement sera confirmé dès que l’annulation sera effective, et nous vous tiendrons au courant ici.',
    'refund.escalate': () =>
      'Nous avons transmis votre demande de remboursement à notre équipe. Un membre de l’équipe va l’examiner et vous répondra ici.',

    'refund.executed': ({ refund }) =>
      refund
        ? `Nous avons remboursé ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} pour cette commande sur votre solde : la partie remboursée ne sera plus livrée. Merci de vérifier votre solde.`
        : 'Nous avons remboursé cette commande sur votre solde. Merci de vérifier votre solde.',

    'other.answer': ({ answer }) => answer ?? 'Un membre de notre équipe vous répondra ici.',
    'other.escalate': () => 'Nous avons transmis votre message à notre équipe ; un membre de l’équipe vous répondra ici.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `Merci de nous envoyer une capture d’écran montrant le compteur actuel de votre lien. Nous en avons besoin pour ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'continuer'
      }.`,
    'request.duplicate': () =>
      'Nous traitons déjà cette demande pour cette commande. Nous reviendrons vers vous ici dès qu’il y aura du nouveau.',
    'quota.blocked': () => 'Un membre de notre équipe va s’en occuper et vous répondra ici.',
    'request.limit_exceeded': () =>
      'Nous ne pouvons vérifier qu’un nombre limité de commandes par message et par jour. Cette commande n’a pas été vérifiée pour l’instant : merci de la renvoyer plus tard dans un message séparé.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `Bonne nouvelle : le refill de la commande ${orderId} est terminé.`,
    'cancel.resolved': ({ orderId }) => `La commande ${orderId} a été annulée.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `La commande ${orderId} a été clôturée comme partiellement terminée avant d’avoir pu être annulée.`,
        progress && `Livré : ${progress.delivered} sur ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `La commande ${orderId} s’est terminée avant d’avoir pu être annulée.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `Bonne nouvelle : la commande ${orderId} est terminée.`
        : sentences(
            `Bonne nouvelle : la commande ${orderId} avance.`,
            progress && `Livré pour l’instant : ${progress.delivered} sur ${progress.quantity}.`,
          ),
    'refund.resolved': ({ orderId }) =>
      `La commande ${orderId} a été annulée et votre remboursement est confirmé. Merci de vérifier votre solde.`,
    'request.escalated': ({ orderId }) =>
      `Nous avons transmis votre demande concernant la commande ${orderId} à un membre de notre équipe, qui vous répondra ici.`,
    'request.staff_reply': ({ orderId, message }) =>
      message
        ? `Réponse de notre équipe concernant la commande ${orderId} :\n${message}`
        : `Notre équipe a examiné votre demande concernant la commande ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `Votre demande concernant la commande ${orderId} est clôturée. Si vous avez besoin d’autre chose, écrivez-nous.`,
    'request.provider_declined': ({ orderId }) =>
      `Le fournisseur n’a pas pu traiter notre demande pour la commande ${orderId} ; nous l’avons donc transmise à un membre de notre équipe, qui vous répondra ici.`,
  },
};
