// Spanish. Terms are folded like the text: accents dropped ("devolucion" = "devolución").
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  language: 'es',
  markers: [
    'por favor', 'porfa', 'porfavor', 'hola', 'mi', 'mis', 'pedido*', 'orden', 'donde',
    'cuando', 'por que', 'no ha', 'ya', 'todavia', 'aun', 'gracias', 'quiero', 'tengo', 'el',
    'los', 'las', 'del', 'esta', 'muy', 'pero', 'que', 'hay', 'cuanto', 'cuesta', 'puedo',
    'llegaron', 'sigue', 'desde', 'ayer', 'y', 'haz', 'tus', 'todos', 'equivoque',
    'pague', 'ningun', 'nada', 'olvida', 'reglas', 'estan', 'onda', 'usted*',
  ],
  intents: {
    refill: [
      'reposicion', 'repongan', 'reponer', 'repon', 'rellenar', 'bajaron', 'bajan', 'bajando',
      'disminuy*', 'perdi', 'perdieron', 'faltan', 'me faltan', 'cayeron', 'se cayeron',
      'recuperar seguidores', 'reponer*', 'repongan*', 'rellen*', 'cayendo', 'se cae*', 'se cayo',
      'cayo', 'bajo mucho', 'han bajado', 'ha bajado', 'bajado', 'perdio', 'perdiendo',
      'se fueron', 'se estan yendo', 'desaparec*', 'dejaron de seguir', 'llego menos',
      'llegaron menos',
      /\bmenos\s+(?:seguidores|likes|vistas|me gusta|suscriptores|miembros|reproducciones)\b/,
      // "devuélvanme los seguidores" gives back followers, not money.
      /\bdevuel\w*\s+(?:los\s+|mis\s+)?(?:seguidores|likes|vistas|suscriptores|miembros)\b/,
      /\b(?:completad|terminad|finalizad|complet)\w*\b[^.?!\n]{0,30}\bpero\b/,
    ],
    cancel: [
      'cancelar*', 'cancelen', 'cancela', 'cancelalo', 'cancelacion', 'anular', 'anulen',
      'anulalo', 'anulacion', 'detener', 'detengan', 'detenga', 'deten', 'paren', 'parar', 'frenen',
      'frenar',
      'ya no lo necesito', 'ya no lo quiero', 'no lo necesito', 'ya no necesito', 'cancelenlo',
      /\bcancel(?:an|en|e|ame|enme|eme|alo|enlo|arlo|arme)\b/,
    ],
    status: [
      /\bsi\s+(?:el\s+|mi\s+)?pedido\b[^.?!\n]{0,40}\bo\s+no\b/,
      'se cancelo', 'cancelado', 'cancelada', 'fue cancelado', 'cancelaron', 'me cancelaron',
      'anulado', 'donde esta',
      'cuando termina', 'cuando', 'por que', 'estado', 'que paso', 'que pasa', 'cuanto tarda',
      'cuanto falta', 'que onda con', 'como va', 'como vamos', 'novedad*', 'avance', 'que hay de',
      'cuando se completa', 'cuando llega', 'cuanto tiempo', 'cuantos dias', 'cuanto demora',
      'cuanto tiempo demora',
      /\b(?:termino|terminad[oa]|completo|completad[oa]|finaliz\w*|acabo|list[oa])\b[^.!?\n]{0,15}[?؟]/,
      // "por qué cancelaron": asks about a cancellation, does not ask for one.
      /\bpor\s?que\b[^.?!\n]{0,30}\b(?:cancel|anul)\w*/,
    ],
    speed_up: [
      'muevan', 'muevanlo', 'muevelo', 'mueve', 'denle', 'empujen*',
      'aceler*', 'mas rapido', 'rapido', 'lento', 'lenta', 'muy lento', 'no ha empezado',
      'no empezo', 'no ha iniciado', 'no inicia', 'no ha comenzado', 'no comenzo', 'no arranca',
      'no avanza', 'sin avanzar', 'pendiente', 'sigue pendiente', 'en espera', 'no llega',
      'no ha llegado', 'no han llegado', 'atascado', 'apuren', 'apurar', 'sigue en 0',
      'sigue en cero', 'en 0', 'en cero', 'no se mueve', 'no empieza', 'no inicio', 'no arranco',
      'parado', 'detenido', 'estancado', 'tarda mucho', 'tardando', 'demora*', 'agiliz*',
      'no llegan', 'no recibi nada', 'no he recibido', 'nada todavia', 'todavia nada',
      'sin moverse', 'no sube', 'no suben', 'lentisim*', 'congelad*', 'estancad*', 'trabad*',
      /\bsin\s+(?:empezar|iniciar|comenzar|arrancar|moverse|avanzar|cambios|progreso|subir)\b/,
      /\bno\s+(?:(?:se|me|le)\s+)?(?:(?:ha|han|a|an)\s+)?(?:subido|empezado|iniciado|comenzado|arrancado|avanzado|movido|cargado|entrado)\b/,
      /\b(?:lleva|llevan|llevo|tiene)\b[^.?!\n]{0,30}\b(?:en proceso|pendiente|procesando|esperando|sin avanzar)\b/,
    ],
    refund: [
      'reembols*', 'devolucion', 'devolver mi dinero', 'devuelvan mi dinero', 'devuelvan',
      'devuelve', 'mi dinero', 'regresen mi dinero', 'reintegro', 'reembolz*', 'rembols*',
      'reenbols*', 'devoluci*', 'devuelv*', 'devolver*', 'mi plata',
      /\b(?:dinero|plata|saldo|pago)\b[^.?!\n]{0,15}\bde vuelta\b/,       /\b(?:regres|reintegr|retorn)\w*\b[^.?!\n]{0,20}\b(?:dinero|plata|saldo|pago)\b/,
    ],
  },
  other: [
    'contrasena',
    /\b(?:cambiar|corregir|modificar)\s+(?:el\s+|la\s+)?(?:link|enlace|usuario|cantidad)\b/,
    'saldo', 'recarg*', 'pago', 'pagar', 'pague', 'tarjeta', 'precio', 'cuanto cuesta',
    'cuesta', 'descuento', 'revendedor', 'fondos', 'cripto', 'transferencia', 'mercado pago',
    'acredit*',
    /\b(?:saldo|pago|deposito|recarga)\b[^.?!\n]{0,15}\bno\s+(?:se\s+)?(?:ha\s+|me\s+ha\s+)?(?:acreditad|llegad|reflejad|cargad)\w*/,
  ],
  neutral: [
    /\brecuperar\s+(?:la\s+|mi\s+)?(?:contrasena|cuenta|clave|acceso)\b/,
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\bno\s+(?:lo\s+|la\s+|los\s+)?(?:cancele|anule|pedi\s+(?:que\s+)?(?:cancel|anul)\w*|solicite\s+(?:la\s+)?(?:cancel|anul)\w*)/,
    /\b(?:perdi|olvide)\s+(?:mi\s+|la\s+)?(?:contrasena|clave|cuenta|acceso)\b/,
    'no cancelen', 'no cancelar', 'garantia de reposicion', 'tiene reposicion', 'con reposicion',
    'sin reposicion',
    'tiene garantia',
    /\btiene\b[^.?!\n]{0,20}\b(?:reposicion|garantia|refill)\b/,
  ],
  units: [
    'seguidores', 'seguidor', 'me gusta', 'vistas', 'visitas', 'reproducciones',
    'suscriptores', 'miembros', 'comentarios', 'mil',
  ],
  durations: ['dias', 'horas', 'hora', 'minutos', 'semanas', 'meses'],
  currencies: ['dolares', 'pesos', 'soles', 'euros', 'mxn', 'cop', 'ars', 'clp'],
  orderLabels: ['pedido', 'orden', 'numero de pedido', 'nro', 'no de pedido'],
  notOrderLabels: [
    'servicio', 'servicio id', 'id de servicio', 'transaccion', 'telefono', 'whatsapp',
  ],
  countLabels: ['cantidad', 'inicio', 'conteo inicial', 'quedan', 'monto', 'total'],
  countWords: ['de', 'a', 'solo', 'ahora'],
  orderRefs: ['mi', 'mis', 'pedido*', 'orden', 'ordenes'],
};
