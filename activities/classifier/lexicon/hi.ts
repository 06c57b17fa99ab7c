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
    'diye', 'ji', 'yaar', 'krdo', 'kro', 'saare', 'kare',
  ],
  intents: {
    refill: [
      'रिफिल', 'रीफिल', 'कम हो गए', 'कम हो गये', 'कम हो रहे', 'घट गए', 'ड्रॉप',
      'kam ho gaye', 'kam ho gye', 'kam hogaye', 'kam ho rahe', 'ghat gaye', 'refill do',
    ],
    cancel: ['रद्द', 'कैंसिल', 'कैंसल', 'केंसल', 'cancil', 'band karo', 'rok do'],
    status: [
      'कहाँ', 'कहां', 'कब', 'क्यों', 'कैंसिल क्यों', 'कैंसिल हो गया', 'कैंसिल हुआ', 'स्टेटस',
      'kahan', 'kaha hai', 'kab', 'kyu', 'kyun', 'kyon', 'cancel kyu', 'cancel kyun',
      'cancel ho gaya', 'cancel hua', 'cancel kyu hua', 'kab complete',
    ],
    speed_up: [
      'जल्दी', 'धीरे', 'बहुत धीरे', 'शुरू नहीं', 'स्टार्ट नहीं', 'पेंडिंग', 'अटका', 'स्पीड',
      'jaldi', 'jldi', 'start nahi', 'start nhi', 'shuru nahi', 'atka', 'atak gaya', 'ruka hua',
      'speed badhao', 'fast karo',
    ],
    refund: [
      'रिफंड', 'रीफंड', 'पैसा वापस', 'पैसे वापस', 'पैसे लौटाओ', 'लौटाओ', 'लौटा दो',
      'paise wapas', 'paisa wapas', 'paise vapas', 'paise wapis', 'paisa lautao', 'paise lautao',
    ],
  },
  other: [
    'बैलेंस', 'ऐड', 'पेमेंट', 'यूपीआई', 'upi', 'paytm', 'phonepe', 'gpay', 'रेट', 'कीमत',
    'kitna', 'add kare', 'add karu',
  ],
  neutral: ['refill milega kya', 'refill hai kya'],
  units: ['फॉलोअर्स', 'फॉलोवर्स', 'लाइक्स', 'व्यूज', 'hazar'],
  durations: ['दिन', 'घंटे', 'ghante', 'ghanta'],
  currencies: ['₹', 'रुपये', 'रुपए', 'रु', 'rupaye', 'rupay', 'rupiya'],
  orderLabels: ['ऑर्डर', 'आर्डर'],
  notOrderLabels: ['सर्विस', 'सेवा', 'टिकट', 'फोन', 'मोबाइल'],
  countLabels: [],
};
