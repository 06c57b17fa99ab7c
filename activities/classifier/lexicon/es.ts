// Spanish. Terms are folded like the text: accents dropped ("devolucion" = "devolución").
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  language: 'es',
  markers: [
    'por favor', 'porfa', 'porfavor', 'hola', 'mi', 'mis', 'pedido*', 'orden', 'donde',
    'cuando', 'por que', 'no ha', 'ya', 'todavia', 'aun', 'gracias', 'quiero', 'tengo', 'el',
    'los', 'las', 'del', 'esta', 'muy', 'pero', 'que', 'hay', 'cuanto', 'cuesta', 'puedo',
    'llegaron', 'sigue', 'desde', 'ayer', 'y', 'haz', 'tus', 'todos', 'equivoque',
    'pague', 'ningun', 'nada',
  ],
  intents: {
    refill: [
      'reposicion', 'repongan', 'reponer', 'repon', 'rellenar', 'bajaron', 'bajan', 'bajando',
      'disminuy*', 'perdi', 'perdieron', 'faltan', 'me faltan', 'cayeron', 'se cayeron',
      'recuperar seguidores',
      /\bcompletad[oa]\b[^.?!\n]{0,25}\bpero\b/,
    ],
    cancel: [
      'cancelar*', 'cancelen', 'cancela', 'cancelalo', 'cancelacion', 'anular', 'anulen',
      'anulalo', 'detener', 'detengan',
    ],
    status: [
      'se cancelo', 'cancelado', 'cancelada', 'fue cancelado', 'anulado', 'donde esta',
      'cuando termina', 'cuando', 'por que', 'estado', 'que paso', 'que pasa', 'cuanto tarda',
      'cuanto falta',
    ],
    speed_up: [
      'aceler*', 'mas rapido', 'rapido', 'lento', 'lenta', 'muy lento', 'no ha empezado',
      'no empezo', 'no ha iniciado', 'no inicia', 'no ha comenzado', 'no comenzo', 'no arranca',
      'no avanza', 'sin avanzar', 'pendiente', 'sigue pendiente', 'en espera', 'no llega',
      'no ha llegado', 'no han llegado', 'atascado', 'apuren', 'apurar',
    ],
    refund: [
      'reembols*', 'devolucion', 'devolver mi dinero', 'devuelvan mi dinero', 'devuelvan',
      'devuelve', 'mi dinero', 'regresen mi dinero', 'reintegro',
    ],
  },
  other: [
    'saldo', 'recarg*', 'pago', 'pagar', 'pague', 'tarjeta', 'precio', 'cuanto cuesta',
    'cuesta', 'descuento', 'revendedor', 'fondos', 'cripto',
  ],
  neutral: [
    'garantia de reposicion', 'tiene reposicion', 'con reposicion', 'sin reposicion',
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
  notOrderLabels: ['servicio', 'servicio id', 'id de servicio', 'transaccion', 'telefono', 'whatsapp'],
  countLabels: ['cantidad', 'inicio', 'conteo inicial', 'quedan', 'monto', 'total'],
  countWords: ['de', 'a', 'solo', 'ahora'],
};
