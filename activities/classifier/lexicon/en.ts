// English, and the English SMM words every panel's customers use whatever their language
// ("refill", "speed up", "pending"). English markers weigh less in language detection.
import type { Lexicon } from './types.js';

const COUNT_NOUN = String.raw`(?:followers?|likes?|views?|subs(?:cribers)?|members?|comments?)`;

export const en: Lexicon = {
  language: 'en',
  markers: [
    'please', 'pls', 'plz', 'my', 'the', 'is', 'was', 'where', 'when', 'why', 'what', 'hello',
    'hi', 'thanks', 'thank you', 'i', 'it', 'its', "it's", 'can you', 'still', 'yet', 'and',
    'help', 'dear', 'want', 'need', 'not', 'have', 'you', 'your', 'how', 'do', 'did', 'for',
    'this', 'are', 'all', 'but', 'only', 'with',
  ],
  intents: {
    refill: [
      'refill*', 'refil*', 'refiil*', 'reffil*', 'rifill*', 'refll', 'refile', 're fill',
      'drop', 'dropped', 'dropping', 'drops', 'droped', 'decreas*', 'went down', 'going down',
      'goes down', 'unfollow*', 'restore*', 'fill again', 'refill request',
      new RegExp(String.raw`\b${COUNT_NOUN}\b[^.?!\n]{0,20}\b(?:missing|gone|lost|reduced|less)\b`),
      new RegExp(String.raw`\b(?:lost|losing|loosing|missing)\b[^.?!\n]{0,20}\b${COUNT_NOUN}\b`),
      /\bcomplete[sd]?\b[^.?!\n]{0,25}\bbut\b[^.?!\n]{0,40}\b(?:not|only|didn'?t|never|no|missing)\b/,
    ],
    cancel: [
      'cancel', 'cancle', 'cancell', 'cansel', 'cancal', 'cacel', 'cancel it', 'cancellation',
      'cancelation', 'canceling', 'cancelling', 'stop the order', 'stop this order', 'stop order',
      'abort', "don't start", 'do not start',
      /\b(?:want|need|get|have)\s+(?:it|this|that|them|(?:the|my|this)?\s*orders?)?\s*cancel+ed\b/,
    ],
    speed_up: [
      'speed*', 'spead*', 'sped up', 'spped up', 'spid up', 'faster', 'fast', 'hurry', 'boost',
      'accelerat*', 'push it', 'slow', 'so slow', 'too slow', 'slowly', 'not start*',
      'not yet start*', "hasn't start*", 'has not start*', "didn't start", 'did not start',
      "isn't start*", 'not begin', 'not moving', 'not moved', 'no progress', 'stuck',
      'pending', 'still pending', 'still 0', 'still at 0', 'stuck at 0', 'nothing delivered',
      'not delivered', 'not received', 'not recieved', "didn't receive", "haven't received",
      'not counting', 'not arrived', '0 progress', 'zero progress',
      /(?<![\d.,])0\s*(?:\/|of|out of)\s*\d+/,
      /\b(?:pending|in ?progress|processing)\b[^.?!\n]{0,25}\b(?:since|for|from)\b/,
      /\bwaiting\s+(?:since|for\s+\d+)/,
    ],
    status: [
      'status', 'where is', "where's", 'wheres', 'where are', 'where my', 'when will',
      'when it will', 'when does', 'when is', 'how long', 'eta', 'update on', 'any update',
      'updates', 'what happened', "what's happening", 'whats happening', 'why', 'check',
      'is it completed', 'is it done', 'is it complete', 'track*', 'info on', 'any news',
      'news about', 'news on', 'progress on', 'progress of',
      /\bis\b[^.?!\n]{0,20}\b(?:done|completed?|finished|ready)\b/,
      'cancelled', 'canceled',
    ],
    refund: [
      'refund*', 'refound', 'rufund', 'refnd', 'money back', 'chargeback', 'charge back',
      'reimburs*', 'return my money', 'return the money', 'give my money', 'want my money',
      'give back my money', 'payback',
      /\b(?:money|funds|balance|amount)\s+back\b/,
      /\b(?:return|give back|send back)\b[^.?!\n]{0,25}\b(?:money|funds|amount|payment)\b/,
      /\bback\s+(?:to|in)\s+(?:my\s+)?balance\b/,
    ],
  },
  other: [
    'add funds', 'add fund', 'funds', 'deposit*', 'payment*', 'paid', 'pay', 'payeer', 'paypal',
    'usdt', 'crypto', 'binance', 'perfect money', 'balance', 'top up', 'topup', 'price*',
    'rate', 'rates', 'cost', 'how much', 'discount', 'api', 'child panel', 'reseller',
    'service list', 'login', 'log in', 'password', 'account', 'email', 'invoice', 'bonus',
    'coupon', 'affiliate', 'referral', 'system prompt', 'developer mode',
  ],
  neutral: [
    'non drop', 'no drop', 'low drop', 'zero drop', 'nondrop', 'drop rate', 'drop protection',
    'with refill', 'no refill', 'non refill', 'norefill', 'auto refill', 'autorefill',
    'lifetime refill', 'refill guarantee', 'refill period', 'refill time', 'refill days',
    /\b\d+\s*days?\s+refill\b/,
    /\brefill\w*\s*(?:\d+\s*d(?:ays?)?\s*)?(?:guarantee|warranty|period|policy)\b/,
    /\b(?:does|do|is there|is|are|will)\s+(?:this|the|these|your|that|you)?\s*(?:service|services|it|you)\b[^.?!\n]{0,25}\b(?:refill|cancel)\w*/,
    /\bare\s+refills?\b/,
  ],
  units: [
    'followers', 'follower', 'folowers', 'likes', 'like', 'views', 'view', 'subscribers', 'subs',
    'members', 'comments', 'shares', 'plays', 'reactions', 'votes', 'impressions', 'saves',
    'retweets', 'viewers', 'streams', 'listeners', 'times', 'pcs',
  ],
  durations: ['hours', 'hour', 'hrs', 'minutes', 'mins', 'days', 'day', 'weeks', 'months', 'years'],
  currencies: [
    '$', '€', '£', '¥', 'usd', 'usdt', 'dollar*', 'eur', 'euro*', 'inr', 'rs', 'rupee*', 'rub',
    'rubles', 'trx', 'btc',
  ],
  orderLabels: [
    'order', 'orders', 'order id', 'order no', 'order number', 'order nr', 'ord', 'id', 'ids',
    'no', 'nr', 'n°', '#', '№',
  ],
  notOrderLabels: [
    'service', 'services', 'service id', 'service no', 'service number', 'serv', 'svc',
    'ticket', 'ticket id', 'transaction', 'transaction id', 'txn', 'txid', 'tx', 'payment id',
    'invoice', 'user id', 'phone', 'tel', 'whatsapp', 'mobile', 'call me', 'contact',
  ],
  countLabels: [
    'start count', 'startcount', 'start', 'count', 'remains', 'remaining', 'quantity', 'qty',
    'amount', 'total', 'min', 'max', 'balance', 'price', 'charge', 'cost',
  ],
  countWords: ['from', 'to', 'now', 'was', 'only', 'got', 'received', 'delivered', 'of'],
};
