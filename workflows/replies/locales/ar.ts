// Arabic replies (Modern Standard Arabic). "التعويض" is the word Arabic panels use for a
// refill. Numbers stay in Western digits, as order IDs and counts appear on the panel.
import type { Intent, OrderStatus } from '../../rules/types.js';
import type { DecisionView, ReplyLocale, Wait } from '../locale.js';
import { sentences } from '../text.js';

/** Completes "طلبك …". */
const STATUS: Record<OrderStatus, string> = {
  pending: 'بانتظار البدء',
  in_progress: 'قيد التنفيذ',
  processing: 'قيد المعالجة',
  completed: 'مكتمل',
  partial: 'مكتمل جزئيًا',
  canceled: 'ملغى',
  refunded: 'ملغى وتم استرداد مبلغه',
};

/** Completes "نحتاج إليها حتى نتمكن من …". */
const SCREENSHOT_FOR: Partial<Record<Intent, string>> = {
  refill: 'طلب التعويض',
  cancel: 'طلب الإلغاء',
  speed_up: 'طلب التسريع',
  refund: 'معالجة طلب الاسترداد',
};

interface CountForms {
  one: string;
  two: string;
  /** 3–10: plural noun. */
  few: string;
  /** 11–99: singular noun in the accusative. */
  many: string;
  /** 100 and up: singular noun. */
  other: string;
}

/** Arabic counted nouns change form with the number. */
function counted(n: number, forms: CountForms): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const mod100 = n % 100;
  if (mod100 >= 3 && mod100 <= 10) return `${n} ${forms.few}`;
  if (mod100 >= 11) return `${n} ${forms.many}`;
  return `${n} ${forms.other}`;
}

// Nominative: the days are the subject of "يتبقى".
const days = (n: number): string =>
  counted(n, { one: 'يوم واحد', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' });

// Genitive after "لمدة".
const wait = ({ unit, count }: Wait): string =>
  unit === 'minutes'
    ? counted(count, { one: 'دقيقة واحدة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' })
    : counted(count, { one: 'ساعة واحدة', two: 'ساعتين', few: 'ساعات', many: 'ساعة', other: 'ساعة' });

const FOLLOW = 'سنتابع الطلب ونبلغك هنا.';
const NOT_FOUND = 'لم نجد هذا الطلب في حسابك. يُرجى التحقق من رقم الطلب وإرساله مرة أخرى.';
const NO_REFILL_BELOW_START = 'التعويض يغطي فقط النقص فيما سلّمه هذا الطلب، لذلك لا يمكننا طلبه.';

function windowNote({ daysLeft }: DecisionView): string | undefined {
  if (daysLeft === undefined) return undefined;
  return daysLeft === 0 ? 'اليوم هو آخر يوم في فترة التعويض.' : `يتبقى من فترة التعويض ${days(daysLeft)}.`;
}

export const ar: ReplyLocale = {
  aboutOrder: (orderId) => `شكرًا لتواصلك بخصوص الطلب رقم ${orderId}.`,
  orderLine: (ids, body) => `${ids.length === 1 ? 'الطلب' : 'الطلبات'} ${ids.join('، ')}: ${body}`,
  askOrderId: 'عن أي طلب تتحدث؟ يُرجى إرسال رقم الطلب وسنتحقق منه.',

  decisions: {
    'order.not_found': () => NOT_FOUND,
    'order.not_owned': () => NOT_FOUND,

    'refill.not_available': () => 'هذه الخدمة لا تتضمن ضمان التعويض، لذا لا يمكن تعويض هذا الطلب.',
    'refill.window_expired': ({ windowEnd }) =>
      windowEnd
        ? `انتهت فترة التعويض لهذا الطلب في ${windowEnd}، لذلك لم يعد التعويض ممكنًا.`
        : 'انتهت فترة التعويض لهذا الطلب، لذلك لم يعد التعويض ممكنًا.',
    'refill.order_canceled': ({ status }) => `هذا الطلب ${STATUS[status ?? 'canceled']}، لذلك لا يوجد ما يمكن تعويضه.`,
    'refill.order_not_completed': ({ status, progress }) =>
      sentences(
        `هذا الطلب ${STATUS[status ?? 'in_progress']}، ولا يمكن طلب التعويض إلا بعد اكتماله.`,
        progress && `تم تسليم ${progress.delivered} من ${progress.quantity} حتى الآن.`,
      ),
    'refill.below_start_count': ({ currentCount, startCount }) =>
      sentences(
        currentCount !== undefined && startCount !== undefined
          ? `العدد على رابطك الآن ${currentCount}، وهو أقل من عدد البداية للطلب (${startCount}).`
          : 'العدد على رابطك الآن أقل من عدد البداية للطلب.',
        NO_REFILL_BELOW_START,
      ),
    'refill.no_drop': (v) =>
      sentences(
        v.currentCount !== undefined
          ? `تحققنا من رابطك: العدد الآن ${v.currentCount}، أي لا يوجد نقص في هذا الطلب ولا حاجة إلى التعويض.`
          : 'تحققنا من رابطك: لا يوجد نقص في هذا الطلب، لذلك لا حاجة إلى التعويض.',
        'إذا حدث نقص لاحقًا، راسلنا مرة أخرى.',
        windowNote(v),
      ),
    'refill.forward': (v) =>
      sentences(
        v.drop !== undefined ? `طلبنا من المزوّد تعويض النقص البالغ ${v.drop}.` : 'طلبنا من المزوّد تعويض هذا الطلب.',
        windowNote(v),
        FOLLOW,
      ),
    'refill.forward_unverified': (v) =>
      sentences(
        'لم نتمكن من التحقق من العدد الحالي تلقائيًا، لذلك طلبنا من المزوّد مراجعة هذا الطلب وتعويض أي نقص.',
        windowNote(v),
        FOLLOW,
      ),

    'cancel.already_canceled': ({ status }) =>
      status === 'refunded' ? 'تم بالفعل إلغاء هذا الطلب واسترداد مبلغه.' : 'تم بالفعل إلغاء هذا الطلب.',
    'cancel.already_completed': () => 'هذا الطلب مكتمل بالفعل، لذلك لم يعد من الممكن إلغاؤه.',
    'cancel.already_partial': ({ progress }) =>
      sentences(
        'أُغلق هذا الطلب بالفعل كمكتمل جزئيًا، لذلك لم يعد من الممكن إلغاؤه.',
        progress && `تم تسليم ${progress.delivered} من ${progress.quantity}.`,
      ),
    'cancel.not_available': () => 'هذه الخدمة لا تسمح بالإلغاء، لذلك لا يمكننا إلغاء هذا الطلب.',
    'cancel.forward': () => 'طلبنا من المزوّد إلغاء هذا الطلب. سنؤكد لك هنا بمجرد إتمام الإلغاء.',

    'speed_up.already_completed': () => 'هذا الطلب مكتمل بالفعل، فلا يوجد ما يمكن تسريعه.',
    'speed_up.order_closed': ({ status }) =>
      status ? `هذا الطلب ${STATUS[status]}، لذلك لا يمكن تسريعه.` : 'هذا الطلب مغلق، لذلك لا يمكن تسريعه.',
    'speed_up.too_early': (v) =>
      sentences(
        'طلبك لا يزال ضمن مدة التسليم المعتادة.',
        v.wait
          ? `يُرجى الانتظار لمدة ${wait(v.wait)}؛ وإذا لم يتقدم بحلول ذلك الوقت، راسلنا وسنطلب من المزوّد تسريعه.`
          : 'يُرجى الانتظار قليلًا؛ وإذا لم يتقدم، راسلنا وسنطلب من المزوّد تسريعه.',
      ),
    'speed_up.forward': ({ progress }) =>
      sentences(
        'طلبنا من المزوّد تسريع هذا الطلب.',
        progress && `تم تسليم ${progress.delivered} من ${progress.quantity} حتى الآن.`,
        FOLLOW,
      ),

    'status.report': ({ status, progress, startCount }) =>
      sentences(
        status ? `طلبك ${STATUS[status]}.` : 'تحققنا من طلبك.',
        progress && `تم تسليم ${progress.delivered} من ${progress.quantity}.`,
        startCount !== undefined && `عدد البداية: ${startCount}.`,
      ),

    'refund.already_refunded': ({ status, progress }) =>
      status === 'partial'
        ? sentences(
            'أُغلق هذا الطلب كمكتمل جزئيًا، وتم بالفعل استرداد مبلغ الجزء غير المُسلَّم.',
            progress && `تم تسليم ${progress.delivered} من ${progress.quantity}.`,
            'يُرجى التحقق من رصيدك.',
          )
        : 'تم بالفعل إلغاء هذا الطلب واسترداد مبلغه. يُرجى التحقق من رصيدك.',
    'refund.forward_cancel': () =>
      'طلبنا من المزوّد إلغاء هذا الطلب. يُؤكَّد الاسترداد بمجرد إتمام الإلغاء، وسنبلغك هنا.',
    'refund.escalate': () => 'أحلنا طلب الاسترداد الخاص بك إلى فريقنا. سيراجعه أحد أعضاء الفريق ويرد عليك هنا.',

    'refund.executed': ({ refund }) =>
      refund
        ? `أعدنا ${refund.amount}${refund.currency ? ` ${refund.currency}` : ''} عن هذا الطلب إلى رصيدك: لن يُسلَّم الجزء المسترد بعد الآن. يرجى التحقق من رصيدك.`
        : 'أعدنا مبلغ هذا الطلب إلى رصيدك. يرجى التحقق من رصيدك.',

    'other.answer': ({ answer }) => answer ?? 'سيرد عليك أحد أعضاء فريقنا هنا.',
    'other.escalate': () => 'أحلنا رسالتك إلى فريقنا، وسيرد عليك أحد أعضاء الفريق هنا.',

    'request.need_screenshot': ({ pendingIntent }) =>
      `يُرجى إرسال لقطة شاشة تُظهر العدد الحالي على رابطك. نحتاج إليها حتى نتمكن من ${
        (pendingIntent && SCREENSHOT_FOR[pendingIntent]) ?? 'المتابعة'
      }.`,
    'request.duplicate': () => 'نحن نتابع بالفعل استفسارك بخصوص هذا الطلب. سنبلغك هنا فور وجود أي جديد.',
    'quota.blocked': () => 'سيتولى أحد أعضاء فريقنا هذا الأمر ويرد عليك هنا.',
    'request.limit_exceeded': () =>
      'يمكننا التحقق من عدد محدود فقط من الطلبات في كل رسالة وفي كل يوم. لم يتم التحقق من هذا الطلب الآن: يرجى إرساله مرة أخرى لاحقًا في رسالة منفصلة.',
  },

  outcomes: {
    'refill.resolved': ({ orderId }) => `خبر سار: تم تعويض الطلب رقم ${orderId}.`,
    'cancel.resolved': ({ orderId }) => `تم إلغاء الطلب رقم ${orderId}.`,
    'cancel.ended_partial': ({ orderId, progress }) =>
      sentences(
        `أُغلق الطلب رقم ${orderId} كمكتمل جزئيًا قبل أن يتسنى إلغاؤه.`,
        progress && `تم تسليم ${progress.delivered} من ${progress.quantity}.`,
      ),
    'cancel.ended_completed': ({ orderId }) => `اكتمل الطلب رقم ${orderId} قبل أن يتسنى إلغاؤه.`,
    'speed_up.resolved': ({ orderId, status, progress }) =>
      status === 'completed'
        ? `خبر سار: اكتمل الطلب رقم ${orderId}.`
        : sentences(
            `خبر سار: الطلب رقم ${orderId} يتقدم الآن.`,
            progress && `تم تسليم ${progress.delivered} من ${progress.quantity} حتى الآن.`,
          ),
    'refund.resolved': ({ orderId }) => `تم إلغاء الطلب رقم ${orderId} وتأكيد استرداد مبلغه. يُرجى التحقق من رصيدك.`,
    'request.escalated': ({ orderId }) =>
      `أحلنا استفسارك بخصوص الطلب رقم ${orderId} إلى أحد أعضاء فريقنا، وسيرد عليك هنا.`,
    'request.staff_reply': ({ orderId, message }) =>
      message ? `رد فريقنا بخصوص الطلب رقم ${orderId}:\n${message}` : `راجع فريقنا استفسارك بخصوص الطلب رقم ${orderId}.`,
    'request.closed': ({ orderId }) =>
      `تم إغلاق استفسارك بخصوص الطلب رقم ${orderId}. إذا احتجت إلى أي شيء آخر، راسلنا.`,
    'request.provider_declined': ({ orderId }) =>
      `لم يتمكن المزوّد من تنفيذ طلبنا الخاص بالطلب رقم ${orderId}، لذلك أحلناه إلى أحد أعضاء فريقنا، وسيرد عليك هنا.`,
  },
};
