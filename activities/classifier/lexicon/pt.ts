// Portuguese (Brazil first: "cadê", "tá", "pix"). Terms are folded: accents dropped.
import type { Lexicon } from './types.js';

export const pt: Lexicon = {
  language: 'pt',
  markers: [
    'por favor', 'pfv', 'obrigado', 'obrigada', 'meu', 'minha', 'pedido*', 'cade', 'onde',
    'quando', 'ainda', 'nao', 'quero', 'voce', 'vcs', 'ta', 'esta', 'muito', 'boa tarde',
    'bom dia', 'boa noite', 'ola', 'oi', 'ate', 'nada', 'da', 'pra', 'pro', 'em',
    'um', 'uma', 'aí', 'podem', 'faz', 'agora', 'entregou', 'foi', 'me de', 'os',
    'desde', 'ontem', 'tem', 'paguei', 'pelo',
  ],
  intents: {
    refill: [
      'reposicao', 'repor', 'repoe', 'reponha', 'caiu', 'cairam', 'caindo', 'diminu*',
      'perdi', 'sumiram', 'sumiu', 'recuperar',
      /\bconcluid[oa]\b[^.?!\n]{0,25}\bmas\b/,
    ],
    cancel: ['cancelar', 'cancela', 'cancele', 'cancelem', 'cancelamento', 'anular'],
    status: [
      'cancelado', 'cancelada', 'foi cancelado', 'cade', 'onde esta', 'quando', 'por que',
      'situacao', 'o que aconteceu', 'quanto tempo', 'status do pedido',
    ],
    speed_up: [
      'aceler*', 'acelera', 'mais rapido', 'rapido', 'lento', 'lenta', 'devagar',
      'nao iniciou', 'nao comecou', 'nao inicia', 'nao comeca', 'parado', 'travado', 'pendente',
      'nada ainda', 'ate agora nada', 'nao chegou', 'em espera', 'aguardando',
    ],
    refund: [
      'reembols*', 'estorn*', 'devolve meu dinheiro', 'devolver o dinheiro', 'meu dinheiro',
      'dinheiro de volta', 'devolucao', 'devolva*', 'devolve',
    ],
  },
  other: [
    'saldo', 'adicionar saldo', 'pix', 'pagamento', 'paguei', 'preco', 'quanto custa', 'valor',
    'desconto', 'revenda', 'cartao', 'boleto', 'gratis',
  ],
  neutral: [
    'tem reposicao', 'com reposicao', 'sem reposicao', 'garantia',
    /\btem\b[^.?!\n]{0,20}\b(?:reposicao|garantia|refil|refill)\b/,
  ],
  units: [
    'seguidores', 'seguidor', 'curtidas', 'curtida', 'visualizacoes', 'inscritos', 'membros',
    'comentarios', 'mil',
  ],
  durations: ['dias', 'horas', 'minutos', 'semanas', 'meses'],
  currencies: ['reais', 'r$', 'brl'],
  orderLabels: ['pedido', 'numero do pedido', 'id do pedido'],
  notOrderLabels: ['servico', 'id do servico', 'transacao', 'telefone', 'whatsapp', 'zap'],
  countLabels: ['quantidade', 'inicio', 'contagem inicial', 'restante', 'valor', 'total'],
  countWords: ['de', 'pra', 'para', 'so', 'agora'],
};
