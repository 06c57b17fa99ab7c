// Hindi: Devanagari and romanized Hinglish ("jaldi karo", "paise wapas"). Hinglish leans on
// English action words ("refill kar do"); its own particles make the language evidence.
import type { Lexicon } from './types.js';

export const hi: Lexicon = {
  language: 'hi',
  markers: [
    'मेरा', 'मेरे', 'मुझे', 'कृपया', 'है', 'हैं', 'का', 'की', 'के', 'को', 'कर', 'करो', 'करें',
    'दो', 'नहीं', 'क्यों', 'कहाँ', 'कब', 'क्या', 'भाई', 'ऑर्डर',
    'bhai', 'bhaiya', 'mera', 'meri', 'mere', 'mujhe', 'karo', 'kar do', 'kardo', 'karna',
    'hai', 'hain', 'nahi', 'nahin', 'nhi', 'kyu', 'kyun', 'kyon', 'kab', 'kahan', 'kaha', 'kya',
    'abhi', 'tak', 'jaldi', 'paise', 'paisa', 'wapas', 'hoga', 'hua', 'gaye', 'gaya', 'chahiye',
    'bahut', 'raha', 'rahi', 'kaise', 'ka', 'ki', 'ke', 'ko', 'aur', 'bhool', 'jao', 'din',
    'diye', 'ji', 'yaar', 'krdo', 'kro', 'saare', 'kare', 'wala', 'wale', 'wali', 'dijiye',
    'kijiye', 'pe', 'bhi', 'sab', 'karke', 'krke', 'sakta', 'sakte', 'sakti',
  ],
  intents: {
    refill: [
      'रिफिल', 'रीफिल', 'कम हो गए', 'कम हो गये', 'कम हो रहे', 'घट गए', 'ड्रॉप',
      'kam ho gaye', 'kam ho gye', 'kam hogaye', 'kam ho rahe', 'ghat gaye', 'refill do',
      'कम आए', 'कम आये', 'कम मिले', 'गिर गए', 'गिर गये', 'गिर रहे', 'घट रहे', 'कम हुए',
      'kam aaye', 'kam aye', 'kam aaya', 'kam aya', 'kam mile', 'kam hue', 'kam hua',
      /\b(?:complete\w*|pura|poora|done)\b[^.?!\n]{0,30}\b(?:par|pr|lekin|magar|but)\b[^.?!\n]{0,30}\b(?:sirf|kam|only|bas)\b/,
      'gir gaye', 'gir gye', 'gir rahe', 'ghat rahe', 'ghat gye', 'refill maar*', 'refil kar*',
      'nikal gaye', 'nikal gye', 'nikal rahe', 'chale gaye', 'chale gye', 'ud gaye', 'ud gye',
      'unfollow ho*', 'निकल गए', 'चले गए',
    ],
    cancel: [
      'रद्द', 'कैंसिल', 'कैंसल', 'केंसल', 'cancil', 'band karo', 'rok do', 'रोक दो', 'रोक दीजिए',
      'रोको', 'बंद करो', 'बंद कर दो', 'अब नहीं चाहिए', 'roko', 'rok de*', 'rok dijiye',
      'band kar do', 'band kardo', 'ab nahi chahiye', 'nahi chahiye ab',
    ],
    status: [
      'जानकारी दीजिए', 'जानकारी दें', 'status bata',
      'kya haal', 'kya hal', 'kya scene',
      'kisne cancel', 'cancel kisne', 'cancel kyu', 'cancel kyon', 'kyu cancel',
      'कहाँ', 'कहां', 'कब', 'क्यों', 'कैंसिल क्यों', 'कैंसिल हो गया', 'कैंसिल हुआ', 'स्टेटस',
      'kahan', 'kaha hai', 'kab', 'kyu', 'kyun', 'kyon', 'cancel kyu', 'cancel kyun',
      'cancel ho gaya', 'cancel hua', 'cancel kyu hua', 'kab complete', 'क्या हुआ', 'kya hua',
      'kya scene', 'kaha tak', 'kahan tak', 'kab tak', 'kab hoga', 'kab milega', 'कब तक',
      'कब पूरा', 'कब होगा', 'पूरा हुआ क्या', 'complete hua kya', 'pura hua kya', 'ho gaya kya',
      /\b(?:complete|pura|poora|done|khatam)\s+(?:hua|ho\s*gaya|ho\s*gya)\s*(?:kya|ki nahi|ya nahi)\b/,
      'kitna time', 'kitne din', 'कितना समय', 'कितने दिन',
      /\b(?:kyu|kyun|kyon|kiu)\b[^.?!\n]{0,20}\bcancel\w*/,
    ],
    speed_up: [
      'तेज़', 'tez karo', 'tez kar do',
      'जल्दी', 'धीरे', 'बहुत धीरे', 'शुरू नहीं', 'स्टार्ट नहीं', 'पेंडिंग', 'अटका', 'स्पीड',
      'jaldi', 'jldi', 'start nahi', 'start nhi', 'shuru nahi', 'atka', 'atak gaya', 'ruka hua',
      'speed badhao', 'fast karo', 'ruk gaya', 'ruk gya', 'ruka', 'ruka hai', 'atak gya',
      'atka hua', 'nahi badh*', 'badh nahi', 'aage nahi', 'dheere', 'dhire', 'dheema', 'tez karo',
      'speed badha*', 'chalu nahi', 'chalu karo', 'shuru karo', 'start karo', 'रुक गया',
      'रुका', 'आगे नहीं', 'बढ़ नहीं', 'तेज करो', 'कुछ नहीं आया', 'kuch nahi aaya',
      'bahut time', 'time lag raha', 'der ho', 'late ho', 'धीमा', 'धीमी', 'abhi tak 0',
      /\b(?:0|zero)\s+(?:pe|par|pr|par hi)\b/,
      /\b(?:start|shuru|chalu|suru)\s+(?:hi\s+|bhi\s+)?(?:nahi|nhi|nahin|na)\b/,
      /\b(?:views?|likes?|followers?|subscribers?|members?)\s+(?:abhi\s+tak\s+|ab\s+tak\s+)?(?:nahi|nhi|nahin)\s+(?:aa|aaye|aye|aaya|mile|mil|badh)\w*/,
    ],
    refund: [
      'रिफंड', 'रीफंड', 'पैसा वापस', 'पैसे वापस', 'पैसे लौटाओ', 'लौटाओ', 'लौटा दो',
      'paise wapas', 'paisa wapas', 'paise vapas', 'paise wapis', 'paisa lautao', 'paise lautao',
      'वापस करो', 'वापस कर दो', 'पैसा लौटा*',
      /(?:रुपय|रुपए|रुपये|रूपए|पैस)\S*[^.?!\n]{0,20}(?:वापस|लौटा)/,
      /\b(?:paisa|paise|pese|paisaa|balance|amount|rupay\w*|rupee\w*|funds?)\b[^.?!\n]{0,30}\b(?:wapas|vapas|wapis|vapis|lauta\w*|return)\b/,
      /\b(?:wapas|vapas|wapis|vapis)\b[^.?!\n]{0,10}\b(?:paisa|paise|balance|amount)\b/,
    ],
  },
  other: [
    /\b(?:link|quantity)\s+(?:change|badal\w*|update)\b/,
    'बैलेंस', 'ऐड', 'पेमेंट', 'यूपीआई', 'upi', 'paytm', 'phonepe', 'gpay', 'रेट', 'कीमत',
    'kitna', 'add kare', 'add karu',
    /\bbalance\s+(?:me\s+|mein\s+)?(?:abhi\s+tak\s+)?(?:nahi|nhi|nahin)\s+(?:aa|aaya|aaye|aya|add|dikh|mila)\w*/,
  ],
  neutral: [
    /\bmaine\s+(?:to\s+|toh\s+)?(?:cancel\s+)?nahi\s+kiya\b/,
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /(?:cancel|cancle)\s+(?:nahi|nahin|nhi|nai)\s+(?:kiya|kia|kara|karaya|manga|bola)|कैंसल\s+नहीं\s+(?:किया|कराया)/,
    'refill milega kya', 'refill hai kya'
  ],
  units: ['फॉलोअर्स', 'फॉलोवर्स', 'लाइक्स', 'व्यूज', 'hazar'],
  durations: ['दिन', 'घंटे', 'ghante', 'ghanta'],
  currencies: ['₹', 'रुपये', 'रुपए', 'रु', 'rupaye', 'rupay', 'rupiya'],
  orderLabels: ['ऑर्डर', 'आर्डर'],
  notOrderLabels: ['bill', 'bill no', 'सर्विस', 'सेवा', 'टिकट', 'फोन', 'मोबाइल'],
  countLabels: [],
  howQuestions: [/\bkaise (?:milega|kare|karte|hota|kaam)/, 'kitna samay', /\bfa?rak kya\b/],
  orderRefs: ['mera', 'meri', 'mere', 'मेरा', 'मेरी', 'मेरे', 'ऑर्डर', 'आर्डर'],
};
