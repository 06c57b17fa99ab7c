// Portuguese (Brazil first: "cadê", "tá", "pix"). Terms are folded: accents dropped.
import type { Lexicon } from './types.js';

export const pt: Lexicon = {
  language: 'pt',
  markers: [
    'por favor', 'pfv', 'obrigado', 'obrigada', 'meu', 'minha', 'pedido*', 'cade', 'onde',
    'quando', 'ainda', 'nao', 'quero', 'voce', 'vcs', 'ta', 'esta', 'muito', 'boa tarde',
    'bom dia', 'boa noite', 'ola', 'oi', 'ate', 'nada', 'da', 'pra', 'pro', 'em',
    'um', 'uma', 'aí', 'podem', 'faz', 'agora', 'entregou', 'foi', 'me de', 'os',
    'desde', 'ontem', 'tem', 'paguei', 'pelo', 'pq', 'coloquei', 'errado', 'fiz',
    'pfvr', 'pf', 'obg', 'voces', 'preciso', 'mais', 'eu', 'errei', 'tava', 'vou', 'consegue',
    'ja', 'aí', 'vc', 'e o', 'o pedido', 'do pedido', 'cancela o', 'acelera o', 'como que',
  ],
  intents: {
    refill: [
      // A delivery that came short of the count ordered.
      'incompleto', 'incompletos', 'incompleta', 'menos do que pedi',
      'sumindo', 'sumiram', 'sumiu', 'indo embora',
      'reposicao', 'repor', 'repoe', 'reponha', 'caiu', 'cairam', 'caindo', 'diminu*',
      'perdi', 'sumiram', 'sumiu', 'recuperar', 'reponham', 'perdeu', 'perderam', 'perdendo',
      'faltando', 'faltam', 'veio menos', 'vieram menos', 'chegou menos', 'chegou so',
      'baixou', 'baixaram', 'desceu',
      /\b(?:concluid|completad|finalizad|entregue)\w*\b[^.?!\n]{0,30}\bmas\b/,
      /\b(?:seguidores|curtidas|views|visualizacoes|inscritos|membros)\b[^.?!\n]{0,10}\bde\s+volta\b/,
      /\bdevolv\w*\s+(?:os\s+|meus\s+)?(?:seguidores|curtidas|visualizacoes|inscritos|membros)\b/,
    ],
    cancel: [
      /\b(?:nao|não)\s+(?:iniciem|inicie|comecem|comece)\b/, /\bpar[ae]\s+o\s+\d/,
      /\bpar(?:a|em|e)\s+(?:o|os|esse|este|meu)?\s*pedidos?\b/, /\bpar(?:a|em)\s+de\s+(?:enviar|entregar|mandar)\b/,
      'cancelar', 'cancela', 'cancele', 'cancelem', 'cancelamento', 'anular', 'pare', 'parem',
      'parar o pedido', 'interromp*', 'nao preciso mais', 'nao quero mais', 'desist*',
    ],
    status: [
      'como estao', 'como tao', 'prazo dele', 'prazo dela',
      /\bpor\s*que\b[^.?!\n]{0,30}\breembolsad\w*/,
      /\bsaber\s+se\b[^.?!\n]{0,40}\b(?:andando|rodando|indo|anda)\b/,
      'cancelado', 'cancelada', 'foi cancelado', 'cade', 'onde esta', 'quando', 'por que',
      'situacao', 'o que aconteceu', 'cancelaram', 'me cancelaram', 'quanto tempo',
      'status do pedido', 'como esta', 'como ta',
      'novidade*', 'previsao', 'andamento', 'quando termina', 'quando chega', 'quantos dias',
      'quanto tempo demora', 'quanto tempo vai demorar', 'vai demorar',
      /\b(?:terminou|terminad[oa]|concluid[oa]|concluiu|finaliz\w*|acabou|pronto|entregue)\b[^.!?\n]{0,15}[?؟]/,
      // "por que cancelaram": asks about a cancellation, does not ask for one.
      /\b(?:por\s?que|pq|porque)\b[^.?!\n]{0,30}\b(?:cancel|anul)\w*/,
    ],
    speed_up: [
      'nunca iniciaram', 'nunca iniciou', 'nao iniciaram', 'nao iniciou', 'nunca comecou', 'nunca comecaram',
      'pisa fundo', 'pisem fundo', 'acelera ai', 'agiliza ai',
      'andem com isso',
      'cansei de esperar', 'inicia logo', 'inicia', 'iniciem', 'prioridade', 'acelera isso', 'nao chegam', 'por hora',
      'aceler*', 'acelera', 'mais rapido', 'rapido', 'lento', 'lenta', 'devagar',
      'nao iniciou', 'nao comecou', 'nao inicia', 'nao comeca', 'parado', 'travado', 'pendente',
      'nada ainda', 'ate agora nada', 'nao chegou', 'em espera', 'aguardando', 'travou',
      'nao saiu do lugar', 'nao andou', 'nao anda', 'nao sai do 0', 'demorando', 'demora*',
      'agiliz*', 'nao foi iniciado', 'nao comecou ainda', 'nada chegou', 'nao chegou nada',
      'nao sobe', 'nao subiu', 'parou', 'parad*', 'travad*', 'empacou', 'empacad*', 'emperr*',
      /\bnao\s+(?:\w+\s+)?(?:comecou|iniciou|andou|subiu|saiu|mexeu|entrou|foi iniciado)\b/,
      /\b(?:em andamento|pendente|processando|aguardando)\b[^.?!\n]{0,20}\b(?:ha|desde|faz)\b/,
      'e nada', 'e nada ainda', 'ainda nada',
      /\b(?:ainda|continua|segue)\s+(?:no\s+|em\s+)?(?:0|zero|zerad[oa])\b/,
    ],
    refund: [
      'quero de volta', 'quero meu dinheiro de volta', 'devolve meu dinheiro', 'devolvam meu dinheiro',
      'reembols*', 'estorn*', 'devolve meu dinheiro', 'devolver o dinheiro', 'meu dinheiro',
      'dinheiro de volta', 'devolucao', 'devolva*', 'devolve', 'reembolc*', 'rembols*',
      'ressarc*', 'devolver meu',       /\b(?:dinheiro|saldo|grana|valor)\b[^.?!\n]{0,15}\bde\s+volta\b/,
    ],
  },
  other: [
    /\b(?:trocar|mudar|alterar|corrigir)\s+(?:o\s+|a\s+)?(?:link|usuario|quantidade)\b/,
    'saldo', 'adicionar saldo', 'pix', 'pagamento', 'paguei', 'preco', 'quanto custa', 'valor',
    'desconto', 'revenda', 'cartao', 'boleto', 'gratis',
    // "o saldo não caiu": the deposit has not arrived (caiu is also "the count fell").
    /\bsaldo\b[^.?!\n]{0,10}\bnao\s+(?:caiu|entrou|apareceu|foi creditado|atualizou)/,
  ],
  neutral: [
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\bnao\s+(?:cancelei|pedi\s+(?:para\s+|pra\s+|o\s+)?cancel\w*|solicitei\s+(?:o\s+)?cancel\w*)/,
    /\b(?:perdi|esqueci)\s+(?:a\s+|minha\s+)?(?:senha|conta)\b/,
    'nao cancele', 'nao cancelem', 'tem reposicao', 'com reposicao', 'sem reposicao', 'garantia',
    /\btem\b[^.?!\n]{0,20}\b(?:reposicao|garantia|refil|refill)\b/,
  ],
  units: [
    'seguidores', 'seguidor', 'curtidas', 'curtida', 'visualizacoes', 'inscritos', 'membros',
    'comentarios', 'mil',
  ],
  durations: ['dias', 'horas', 'minutos', 'semanas', 'meses'],
  currencies: ['reais', 'r$', 'brl'],
  orderLabels: ['pedido', 'numero do pedido', 'id do pedido'],
  notOrderLabels: ['nota fiscal', 'fatura', 'nf', 'usuario', 'id de usuario', 'conta', 'ticket', 'tickets', 'referencia', 'cartao', 'cep', 'cliente', 'servico', 'id do servico', 'transacao', 'telefone', 'whatsapp', 'zap'],
  countLabels: ['quantidade', 'inicio', 'contagem inicial', 'restante', 'valor', 'total'],
  countWords: ['de', 'pra', 'para', 'so', 'agora'],
  howQuestions: [/\bcomo (?:funciona|faco|peco|se faz|pedir|solicitar|solicito)\b/, /\bo que e (?:o |um |a )?(?:refil|refill|reembolso|estorno|garantia|cancelamento)/, 'qual a diferenca', 'qual e a diferenca', /\bquanto tempo demora (?:um|o|a)\b/],
  orderRefs: ['meu', 'minha', 'meus', 'minhas', 'pedido*'],
};
