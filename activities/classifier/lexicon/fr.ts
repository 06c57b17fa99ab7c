// French. Terms are folded: accents dropped ("annulee" = "annulée").
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  language: 'fr',
  markers: [
    'svp', "s'il vous plait", 'stp', 'merci', 'bonjour', 'bonsoir', 'ma', 'mon', 'mes',
    'commande*', 'ou en est', 'quand', 'pourquoi', 'je', "j'ai", "n'a pas", 'pas', 'est',
    'les', 'des', 'une', 'pour', 'vous', 'avec', 'toujours', 'depuis', 'tres', "c'est", 'le',
    'et', 'ont', 'sera', 'tes', 'tout', 'sur', 'quel', 'comment', 'mauvais', 'ajouter', 'au',
  ],
  intents: {
    refill: [
      'completez-la', 'completez-le', 'completez-les', 'completez', 'completer le reste',
      'recrediter', 'a chute', 'ont chute', 'elle a chute',
      // A delivery that came short of the count ordered.
      'incomplet', 'incomplete', 'incompletes',
      'chutes', 'chute',
      /\b(?:abonnes|followers|likes|vues)\b[^.?!\n]{0,40}\b(?:partent|partir|disparaissent|baissent|s'en vont)\b/,
      'remplir', 'remplissage', 'refaire le plein', 'baisse', 'ont baisse', 'chute', 'ont chute',
      'perdu*', 'diminu*', 'reapprovisionn*', 'recharger les abonnes', 'reremplir', 'il manque',
      'manque*', 'manquant*', 'remett*', 'disparu*', 'descendu*', 'en moins', 'baisser',
      'partent', 'sont partis', 'se desabonn*', 'desabonn*',
      // "Recharge" tops up a balance, unless an order number stands beside it with no money.
      /(?<=\d[^.?!\n]{0,40})\brecharg\w*(?![^.?!\n]{0,25}(?:€|\$|\beur|\busd|dollar|solde|compte|carte|crypto|paypal))/,
      /\brecharg\w*(?=[^.?!\n\d]{0,40}\d)(?![^.?!\n]{0,25}(?:€|\$|\beur|\busd|dollar|solde|compte|carte|crypto|paypal))/,
      /\b(?:termin|complet|livr)\w*\b[^.?!\n]{0,30}\bmais\b/,
    ],
    cancel: [
      'annuler', 'annulez', 'annule', 'annulation', 'arreter', 'arretez', 'stopper', 'stoppez',
      'arrete', 'plus besoin',
    ],
    status: [
      'ou elle en est', 'ou il en est', 'ou en est', 'ou en sont',
      'annulee', 'annules', 'annulees', 'pourquoi', 'ou en est', 'ou est', 'quand', /\b(?:est|sont)[\s-]+ou\b/, 'ou en sont', 'statut',
      'etat de', 'que se passe', 'combien de temps',
      'des nouvelles', 'nouvelles', 'avancement', 'suivi', 'ca en est ou', 'en est ou', 'delai',
      /\b(?:terminee?s?|finie?s?|completee|complet|livree?s?|prete?s?)\b[^.!?\n]{0,15}[?؟]/,
      'combien de jours',
      /\b(?:a ete|est|ete|sont)\s+annul\w*/,
      // "pourquoi avez-vous annulé": asks about a cancellation, does not ask for one.
      /\bpourquoi\b[^.?!\n]{0,30}\bannul\w*/,
    ],
    speed_up: [
      'grouille', 'grouillez', 'grouillez-vous', 'magnez-vous', 'magne-toi',
      'lancez', 'lancez-la', 'lancez la','rame', 'ca rame', 'a la ramasse', 
      'en file', 'en file d attente', 'remontez*', 'vite', 'plus vite',
      'accelerer', 'accelerez', 'plus vite', 'lent', 'lente', 'tres lent', "n'a pas commence",
      'pas commence', 'pas demarre', "n'a pas demarre", 'bloque', 'bloquee', 'en attente',
      'toujours en attente', 'rien recu', 'pas recu', 'pas commenc*', 'pas demarr*', 'pas lance*',
      'toujours rien', 'ne bouge pas', 'bouge pas', "n'avance pas", 'avance pas', 'coince*',
      'trop lent*', 'accelere*', 'lentement', 'relanc*', 'ne bouge plus', 'bouge plus', 'trop long',
      'ca traine', 'traine', 'sans rien',
      /\b(?:n'a|n'ont|ne\s+s'est|n'est)?\s*(?:toujours\s+|jamais\s+|pas\s+encore\s+)?pas\s+(?:encore\s+)?(?:commence|demarre|lance|bouge|avance|arrive)\w*/,
    ],
    refund: [
      'rembours*', 'mon argent', "rendre l'argent", 'recuperer mon argent', 'rendez mon argent',
      'rendez-moi', 'rendez moi', 'mes sous',
    ],
  },
  other: [
    /\bcomment\s+(?:je\s+sais|savoir|on\s+sait)\b[^.?!\n]*/,
    /\b(?:changer|modifier|corriger)\s+(?:le\s+|la\s+)?(?:lien|link|quantite)\b/,
    'ajouter des fonds', 'fonds', 'solde', 'paiement', 'payer', 'carte', 'prix',
    /\bsolde\b[^.?!\n]{0,25}\b(?:a zero|vide|a 0)\b/,
    'combien coute', 'tarif', 'remise', 'revendeur', 'recharger mon compte',
    /\b(?:solde|paiement|depot|virement)\b[^.?!\n]{0,15}\b(?:toujours\s+)?pas\s+(?:ete\s+|encore\s+)?(?:credite|arrive|recu|ajoute)\w*/,
  ],
  neutral: [
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\bn'?ai\s+(?:rien|pas|jamais)\s+(?:demande\s+(?:d'|de\s+|l'|une?\s+)?)?annul\w*/,
    /\b(?:perdu|oublie)\s+(?:mon\s+)?(?:mot de passe|compte)\b/,
    'garantie de refill', 'garantie', 'avec refill', 'sans refill',
  ],
  units: [
    'abonnes', 'abonne', "j'aime", 'vues', 'vue', 'membres', 'commentaires',
  ],
  durations: ['jours', 'jour', 'heures', 'heure', 'semaines', 'mois'],
  currencies: ['euros', 'euro', 'eur', 'fcfa', 'cfa', 'dh', 'dhs', 'dirham*'],
  orderLabels: ['commande', 'numero de commande', 'n°'],
  notOrderLabels: ['ref bancaire', 'reference bancaire', 'facture', 'n° de facture', 'numero de facture', 'utilisateur', 'id utilisateur', 'compte', 'tickets', 'reference', 'carte', 'code postal', 'numero client', 'service', 'ticket', 'transaction', 'telephone'],
  countLabels: ['quantite', 'nombre', 'debut', 'restant', 'montant'],
  countWords: ['de', 'a', 'seulement'],
  howQuestions: [/\bcomment (?:ca marche|fonctionne|demander|faire|on fait)\b/, 'se fait comment', /\bc'est quoi (?:le|la|un|une|les)\b/, /\bqu'est-ce qu(?:e |')(?:le |la |un |une )?(?:refill|recharge|remboursement|garantie)/, 'difference entre', 'quelle est la difference', /\bcombien de temps (?:prend|met|dure) (?:un|une|le|la)\b/],
  orderRefs: ['mon', 'ma', 'mes', 'commande*'],
};
