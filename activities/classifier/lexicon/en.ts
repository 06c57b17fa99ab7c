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
      'goes down', 'unfollow*', 'restore*', 'fill again', 'refill request', 'disappear*',
      'vanish*', 'less than ordered', 'less than i ordered', 'under deliver*', 'underdeliver*',
      'got removed', 'taken away', 'still missing',
      /\bonly\s+\d[\d.,]*k?\s+(?:\w+\s+)?(?:came|arrived|delivered|received)\b[^?!\n]{0,40}\bcomplete[ds]?\b/,
      'below the start count',
      'below start count', 'less than the start count', 'less than start count',
      new RegExp(String.raw`\b(?:less|fewer)\s+${COUNT_NOUN}`),
      /\b(?:need|want|get|bring|give)\s+(?:them|those|these)\s+back\b/,
      new RegExp(String.raw`\b${COUNT_NOUN}\s+back\b`),
      new RegExp(String.raw`\b${COUNT_NOUN}\b[^.?!\n]{0,20}\b(?:missing|gone|lost|reduced|less|removed|deleted)\b`),
      new RegExp(String.raw`\b(?:lost|losing|loosing|missing)\b[^.?!\n]{0,20}\b${COUNT_NOUN}\b`),
      /\b(?:complete[sd]?|done|finished|delivered)\b[^.?!\n]{0,25}\bbut\b[^.?!\n]{0,40}\b(?:not|only|didn'?t|never|no|nothing|zero|0|missing|less|short)\b/,
    ],
    cancel: [
      'kill',
      'cancel', 'cancle', 'cancell', 'cansel', 'cancal', 'cacel', 'cancel it', 'cancellation',
      'cancelation', 'canceling', 'cancelling', 'stop the order', 'stop this order', 'stop order',
      'abort', "don't start", 'do not start', 'stop', 'stop it', 'halt', 'canel', 'cencel',
      'cnacel', 'terminate', 'no longer need*', "don't need it", 'dont need it', 'do not need it',
      "don't want it anymore", 'dont want it anymore', 'changed my mind', 'changed his mind',
      'changed her mind', 'delete my order', 'delete the order', 'remove my order', 'void',
      'kill it', 'kill the order', 'kill this order', 'scrap it', 'drop the order',
      /\b(?:want|need|get|have)\s+(?:it|this|that|them|(?:the|my|this)?\s*orders?)?\s*cancel+ed\b/,
    ],
    speed_up: [
      'priority', 'prioritize', 'prioritise', 'tired of waiting', 'start my order', 'start it already',
      'speed*', 'spead*', 'sped up', 'spped up', 'spid up', 'faster', 'fast', 'hurry', 'boost',
      'accelerat*', 'push it', 'slow', 'so slow', 'too slow', 'slowly', 'not start*',
      'not yet start*', "hasn't start*", 'has not start*', "didn't start", 'did not start',
      "isn't start*", 'not begin', 'not moving', 'not moved', 'no progress', 'stuck',
      'not even start*', 'never start*', "isn't moving", "hasn't moved", 'no movement',
      'not increasing', 'not going up', 'frozen', 'froze', 'freez*', 'taking so long',
      'taking too long', 'takes too long', 'taking long', 'taking forever', 'so long', 'too long',
      'still waiting', 'delayed', 'got nothing', 'received nothing', 'nothing received',
      'nothing yet', 'nothing happened', 'nothing happening', 'not delivering', 'crawling',
      'still processing', 'still in progress', 'taking ages', 'takes ages', 'for ages',
      /\bnone\s+of\b[^.?!\n]{0,25}\b(?:moving|started|running|working|delivered|progressing)\b/,
      // "I only see 150" of a bigger order that is not finished yet.
      /\bonly\s+(?:see|seeing|got|received|have|shows?|showing|delivered)\s+(?:like\s+|about\s+|around\s+)?\d/,
      'zero views', 'zero likes', 'zero followers',
      new RegExp(String.raw`(?<![\d.,])0\s+${COUNT_NOUN}\b`),
      'expedite*', 'quicker', 'nudge',
      /\b(?:give|gimme)\b[^.?!\n]{0,20}\b(?:a\s+)?(?:push|boost|kick|nudge)\b/, 'kick start', 'kickstart', 'rush', 'in queue', 'queued',
      'restart*', 'stopped at', 'stopped moving',
      /\b(?:stop|stops|stopped)\s+(?:coming|increasing|growing|moving|delivering|at)\b/, 'stopped delivering', 'stopped increasing',
      // Negated progress in any spelling ("hasnt started", "never began", "didn't move").
      /\b(?:not|never|hasn'?t|haven'?t|didn'?t|isn'?t|wasn'?t|aren'?t|doesn'?t|hasnt|havent|didnt|isnt|wasnt|arent|doesnt)\s+(?:even\s+|yet\s+|been\s+)?(?:start\w*|strt\w*|statr\w*|begin\w*|began|begun|mov(?:e|ed|ing)|budge\w*|progress\w*|increas\w*|arriv\w*|deliver(?:ed|ing)?|come|came|coming|running|processed)\b/,
      'pending', 'still pending', 'still 0', 'still at 0', 'stuck at 0', 'nothing delivered',
      'not delivered', 'not received', 'not recieved', "didn't receive", "haven't received",
      'not counting', 'not arrived', '0 progress', 'zero progress',
      /(?<![\d.,])(?:0|zero|nothing)\s+(?:delivered|received|arrived|came)\b/,
      /(?<![\d.,])0\s*(?:\/|of|out of)\s*\d+/,
      // "pending for 3 days" asks for a push; "in progress since 12/11" only quotes the
      // panel's status and goes with whatever the customer asks about it.
      /\b(?:pending|processing)\b[^.?!\n]{0,25}\b(?:since|for|from)\b/,
      /\bwaiting\s+(?:since|for\s+\d+)/,
    ],
    status: [
      /\bwhy\b[^.?!\n]{0,30}\b(?:refunded|reimbursed)\b/, /\bmarked\s+as\s+(?:refunded|canceled|cancelled)\b/,
      'go through', 'went through', 'gone through',
      'status', 'where is', "where's", 'wheres', 'where are', 'where my', 'when will',
      'when it will', 'when does', 'when is', 'how long', 'eta', 'update on', 'any update',
      'updates', 'what happened', "what's happening", 'whats happening', 'why', 'check',
      'is it completed', 'is it done', 'is it complete', 'track*', 'info on', 'any news',
      'news about', 'news on', 'progress on', 'progress of', 'progress', 'update', 'when',
      'going on', "what's up with", 'whats up with', 'what is happening', 'what happening',
      'happening with', 'what about', 'let me know', 'how is', "how's", 'how many days',
      'how many hours', 'how much time', 'estimated', 'estimate', 'delivery time', 'time frame',
      'timeframe', 'expected time', 'how long', 'state of', 'current state', 'advise on',
      'finish today', 'done today', 'still running', 'confirm whether', 'confirm if',
      'checking in on', 'check in on', 'following up', 'follow up on', 'any word on', 'chek',
      'chk', 'failed', 'did it fail', 'in the queue',
      /\b(?:going to|gonna|will\s+(?:it|this|they|that))\s+(?:finish|complete|be\s+(?:done|completed|finished|ready)|end)\b/,
      /\b(?:is|are)\b[^.?!\n]{0,20}\b(?:done|completed?|finished|ready)\b/,
      /(?<!\bnot\s|n'?t\s|never\s)\b(?:done|finished|completed?|started|delivered)\s+yet\b/,
      /\b(?:is|are)\s+(?:it|they|this|these|those|my\s+orders?|the\s+orders?)\s+(?:running|working|active|processing|in progress)\b/,
      // "why did you cancel": asks about a cancellation, does not ask for one.
      /\bwhy\b[^.?!\n]{0,30}\b(?:cancel|cancle|cancell)\w*/,
      'cancelled', 'canceled',
    ],
    refund: [
      /\bgive\s+(?:me\s+)?back\s+(?:the\s+|my\s+)?money\b/,
      'refund*', 'refound', 'rufund', 'refnd', 'money back', 'chargeback', 'charge back',
      'reimburs*', 'return my money', 'return the money', 'give my money', 'want my money',
      'give back my money', 'payback', 'cash back', 'back what i paid',
      // "I want my 15 euros back", "send the $20 back": an amount asked back is money back.
      /\b(?:want|need|get|give|send|return)\b[^.?!\n]{0,15}(?:\d[\d.,]*\s*)?(?:euros?|dollars?|bucks|usd|eur|rs|rupees?|\$|€)\s*(?:\d[\d.,]*\s*)?back\b/,
      /\b(?:money|funds|balance|amount|payment)\s+back\b/,
      /\b(?:return|give back|send back|credit back)\b[^.?!\n]{0,25}\b(?:money|funds|amount|payment|balance)\b/,
      /\b(?:add|put|credit|send|return)\s+(?:it|them|the\s+\w+|my\s+\w+)\s+back\b/,
      /\bback\s+(?:to|in|into)\s+(?:my\s+)?(?:balance|account|wallet)\b/,
      /\b(?:didn'?t|did not|never|haven'?t|have not)\s+(?:get|got|receive[d]?)\s+(?:my\s+)?money\b/,
      /\b(?:money|funds|balance|amount|payment)\s+(?:was\s+|is\s+|has\s+)?(?:not|never|n'?t)\s+(?:been\s+)?(?:returned|refunded|credited back|given back)/,
    ],
  },
  other: [
    /\bhow\s+(?:do|can|will)\s+i\s+know\b[^.?!\n]*/, /\bhow\s+long\s+do\b[^.?!\n]{0,40}\busually\b[^.?!\n]*/,
    /\b(?:change|edit|update|correct|fix)\s+(?:the\s+|my\s+)?(?:link|url|username|quantity|qty)\b/,
    /\b(?:add|increase|more)\s+(?:more\s+)?quantity\b/,
    // Self-service how-to questions: "how do i check my order status myself?"
    /\bhow\s+(?:do|can|could)\s+i\s+(?:check|see|track|find|view)\b[^.?!\n]*/,
    // Asking to be contacted is for a person, whatever order it names.
    /\b(?:call|phone|ring|text)\s+me\s+(?:on|at|back)\b/,
    'link changed',
    'add funds', 'add fund', 'funds', 'deposit*', 'payment*', 'paid', 'pay', 'payeer', 'paypal',
    'usdt', 'crypto', 'binance', 'perfect money', 'balance', 'top up', 'topup', 'price*',
    'rate', 'rates', 'cost', 'how much', 'discount', 'api', 'child panel', 'reseller',
    'service list', 'login', 'log in', 'password', 'account', 'email', 'invoice', 'bonus',
    'coupon', 'affiliate', 'referral', 'system prompt', 'developer mode',
    /\bhow\s+(?:do|can|to)\s+(?:i\s+|we\s+)?(?:check|see|track|view)\b/,
    // A deposit that has not arrived is a payment question, not a stuck order.
    /\b(?:balance|deposit|funds|payment)\b[^.?!\n]{0,20}\b(?:still\s+(?:0|zero|empty)|not\s+(?:credited|added|updated|arrived|received|showing))/,
  ],
  neutral: [
    /\b(?:ignore|disregard|never\s*mind)\b[^.?!\n]{0,40}\b(?:message|ticket|request)\b[^.?!\n]*/, /\bno\s+need\s+(?:for\s+(?:a\s+|any\s+)?|to\s+)(?:refill|refund|cancel|speed\s*up)\w*/, /\balready\s+(?:got|received)\s+(?:the\s+|my\s+)?(?:refund|refill)\b/,
    /\bapi\b[^?!\n]{0,50}\b(?:refill|cancel|status|add)\b/, /\b(?:action|accion|aktion|acao|azione|действие|дію)\s+["'«]?(?:refill|cancel|status)\b/,
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /\b(?:i|we)\s+(?:didn'?t|did not|didnt|never|haven'?t|have not|havent)\s+(?:ask\w*\s+(?:to|for)\s+(?:a\s+|any\s+|the\s+)?|request\w*\s+(?:a\s+|any\s+|the\s+)?|want\w*\s+(?:to\s+)?)?cancel\w*/,
    'non drop', 'no drop', 'low drop', 'zero drop', 'nondrop', 'drop rate', 'drop protection',
    'with refill', 'no refill', 'non refill', 'norefill', 'auto refill', 'autorefill',
    'lifetime refill', 'refill guarantee', 'refill period', 'refill time', 'refill days',
    /\b\d+\s*days?\s+refill\b/,
    /\brefill\w*\s*(?:\d+\s*d(?:ays?)?\s*)?(?:guarantee|warranty|period|policy)\b/,
    /\b(?:does|do|is there|is|are|will)\s+(?:this|the|these|your|that|you)?\s*(?:service|services|it|you)\b[^.?!\n]{0,25}\b(?:refill|cancel)\w*/,
    /\bare\s+refills?\b/,
    'non stop', 'nonstop', 'fast delivery', 'quick delivery', 'fast service', 'super fast',
    'very fast', 'so fast',
    // Service questions: "a service that doesn't drop", "how long does a refill take".
    /\b(?:doesn'?t|does not|don'?t|won'?t|never|without)\s+drop\w*/,
    /\bhow\s+(?:long|much time)\b[^.?!\n]{0,20}\brefill\w*/,
    /\bstop\s+(?:sending|messaging|spamming|calling|emailing|texting)\b/,
    // Policy questions: "do you offer refunds?", "what is your cancel policy".
    /\b(?:do|does)\s+(?:you|your\s+\w+)\s+(?:offer|give|do|provide|have|allow)\s+(?:a\s+|any\s+)?(?:refunds?|refills?|cancel\w*)/,
    /\b(?:refund|refill|cancel\w*)\s+polic\w*/, /\bpolic\w*\s+(?:on|for|about)\s+(?:refund|refill|cancel)\w*/,
    /\b(?:lost|forgot|reset)\s+(?:my\s+)?password\b/,
    /\bhow\s+(?:does|do|will|is)\s+(?:the\s+|your\s+)?refill\w*\s+(?:work|happen|done)/,
    // Negated asks ("don't cancel it, just speed it up") and thanks for one already done.
    /\b(?:don'?t|dont|do not|no need to)\s+(?:want\s+(?:a|an|the|to|it)?\s*|need\s+(?:a|an|the|to)?\s*)?(?:cancel|refund)\w*/,
    /\bthanks?(?:\s+you)?\s+(?:so much\s+|a lot\s+)?for\s+(?:the\s+|my\s+)?(?:refill|refund|speed\w*|cancel\w*)/,
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
    'amount', 'total', 'max', 'balance', 'price', 'charge', 'cost',
  ],
  // "min" is "minimum" in English but "admin" in Indonesian chat ("min 5512345 kok lama").
  countWords: [
    'from', 'to', 'now', 'was', 'only', 'got', 'received', 'delivered', 'of', 'min', 'showing',
    'shows', 'current', 'currently', 'at',
  ],
  orderRefs: ['my', 'mine', 'order*', 'i ordered', 'i placed', 'i bought'],
};
