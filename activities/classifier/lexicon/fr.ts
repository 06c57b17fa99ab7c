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
      'remplir', 'remplissage', 'refaire le plein', 'baisse', 'ont baisse', 'chute', 'ont chute',
      'perdu', 'diminu*', 'reapprovisionn*', 'recharger les abonnes', 'reremplir',
    ],
    cancel: ['annuler', 'annulez', 'annule', 'annulation', 'arreter', 'arretez', 'stopper'],
    status: [
      'annulee', 'annules', 'annulees', 'pourquoi', 'ou en est', 'ou est', 'quand', 'statut',
      'etat de', 'que se passe', 'combien de temps',
      /\b(?:a ete|est|ete|sont)\s+annul\w*/,
    ],
    speed_up: [
      'accelerer', 'accelerez', 'plus vite', 'lent', 'lente', 'tres lent', "n'a pas commence",
      'pas commence', 'pas demarre', "n'a pas demarre", 'bloque', 'bloquee', 'en attente',
      'toujours en attente', 'rien recu', 'pas recu',
    ],
    refund: [
      'rembours*', 'mon argent', "rendre l'argent", 'recuperer mon argent', 'rendez mon argent',
    ],
  },
  other: [
    'ajouter des fonds', 'fonds', 'solde', 'paiement', 'payer', 'carte', 'prix',
    'combien coute', 'tarif', 'remise', 'revendeur', 'recharger mon compte',
  ],
  neutral: [
    'garantie de refill', 'garantie', 'avec refill', 'sans refill',
  ],
  units: [
    'abonnes', 'abonne', "j'aime", 'vues', 'vue', 'membres', 'commentaires',
  ],
  durations: ['jours', 'jour', 'heures', 'heure', 'semaines', 'mois'],
  currencies: ['euros', 'euro', 'eur', 'fcfa', 'cfa', 'dh', 'dhs', 'dirham*'],
  orderLabels: ['commande', 'numero de commande', 'n°'],
  notOrderLabels: ['service', 'ticket', 'transaction', 'telephone'],
  countLabels: ['quantite', 'nombre', 'debut', 'restant', 'montant'],
  countWords: ['de', 'a', 'seulement'],
};
