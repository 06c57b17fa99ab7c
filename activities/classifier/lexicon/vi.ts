// Vietnamese. Terms are folded: tone marks dropped and đ as d, so text typed without
// diacritics ("hoan tien", "huy don") matches too.
import type { Lexicon } from './types.js';

export const vi: Lexicon = {
  language: 'vi',
  markers: [
    'đơn', 'đơn hàng', 'mình', 'giúp', 'ơi', 'nhé', 'không', 'chưa', 'rồi', 'bao nhiêu', 'của',
    'tôi', 'tại sao', 'khi nào', 'đang', 'ngày', 'được', 'tất cả', 'nha', 'vậy', 'bị', 'quá',
    'ad', 'muốn', 'bằng', 'với', 'hết', 'bạn', 'quy tắc', 'bỏ qua', 'chào', 'shop', 'anh', 'chị',
    'giúp em',
  ],
  intents: {
    refill: [
      'bù đơn', 'bù view', 'bù sub', 'bù nha', 'bù hết', /(?<=\d\s*(?:\([^)\n]*\)\s*)?(?:→\s*|-\s*|:\s*)?)bu(?=\s*(?:[,.!;\n]|$))/u,
      'bảo hành', 'tụt', 'bị tụt', 'giảm', 'hụt', 'bù lại', 'bù follow', 'bù like', 'thiếu',
      'rớt', 'bị rớt', 'bù giúp', 'bù thêm',
      /mất\s+(?:\d+\s*k?\s+)?(?:follow|like|sub|view|mem|lượt)/,
    ],
    cancel: ['hủy', 'huỷ', 'hủy đơn', 'dừng lại', 'dừng đơn', 'dừng giúp', 'không cần nữa'],
    status: [
      'hỏi tiến độ', 'tiến độ', 'xem giúp', 'check giúp',
      'bị hủy', 'đã hủy', 'tại sao', 'ở đâu', 'đâu rồi', 'đâu vậy', 'khi nào', 'bao giờ',
      'bao lâu', 'trạng thái', 'thế nào', 'sao rồi', 'tình trạng', 'tới đâu', 'đến đâu',
      'tình hình', 'xong chưa', 'hoàn thành chưa', 'chạy xong chưa', 'xong hết chưa',
    ],
    speed_up: [
      'đẩy giúp', 'đẩy đi', 'đẩy lên', /(?<=[,:→-]\s*)day(?=\s*[.!,\n]|\s*$)/u,
      'đẩy nhanh', 'nhanh', 'nhanh lên', 'chậm', 'chậm quá', 'chưa chạy', 'chưa lên',
      'chưa xong', 'lâu', 'lâu quá', 'lâu vậy', 'đang chờ', 'chờ duyệt', 'treo', 'không chạy',
      'chưa bắt đầu', 'đứng im', 'không lên', 'vẫn chờ', 'chưa nhận được', 'chưa thấy',
      'chạy chậm', 'chưa chạy xong', 'chưa lên gì', 'không nhúc nhích', 'đứng yên', 'kẹt',
      'chưa nhảy', 'không nhảy', 'lâu thế',
      /(?:không|chưa|ko|k)\s+(?:thấy\s+)?(?:nhảy|lên|chạy|tăng)/,
      /vẫn\s+(?:là\s+|ở\s+|đứng\s+)?(?:0|số 0|không)(?![\p{L}\d])/u,
    ],
    refund: [
      /\b(?:lay|tra) lai\b[^.?!\n]{0,15}(?:\d+\s*k\b|tien)/,
      'hoàn tiền', 'trả tiền', 'trả lại tiền', 'hoàn lại tiền', 'lấy lại tiền', 'xin lại tiền',
      'gửi lại tiền', 'lại tiền', 'rút tiền về', 'hoàn lại', 'hoàn trả', 'hoàn giúp', 'hoàn cho',
    ],
  },
  other: [
    /(?:chuyen khoan|nap tien|nap)[^?!\n]{0,60}chua\s+(?:thay\s+)?(?:cong|nhan|vao|len)/,
    /(?:đổi|sửa|thay)\s+(?:link|số lượng)/,
    'nạp tiền', 'nạp', 'momo', 'chuyển khoản', 'giá', 'bao nhiêu', 'giảm giá', 'đại lý',
    'thanh toán', 'thẻ cào',
    /(?:nạp|chuyển khoản|chuyển tiền|số dư)[^.?!\n]{0,30}chưa\s+(?:nhận|cộng|lên|thấy|vào)/,
  ],
  neutral: [
    // "I didn't cancel it": a customer disowning a cancellation asks why it happened.
    /(?:đâu có|không có|chứ có|không hề)\s+(?:yêu cầu\s+)?hủy/,
    /\b(?:em|tôi|mình|tao|tui)\s+(?:chưa|không)\s+(?:hề\s+)?(?:yêu cầu\s+|bảo\s+)?hủy/,
    /có\s+(?:yêu cầu\s+|bảo\s+)?hủy\s+(?:gì\s+)?đâu/,
    'có bảo hành không', 'bảo hành không', 'có bảo hành', 'không bảo hành'
  ],
  units: [
    'follow', 'lượt', 'người theo dõi', 'sub', 'mắt',
  ],
  durations: ['ngày', 'giờ', 'phút', 'tuần', 'tháng'],
  currencies: ['vnd', 'vnđ', 'đồng', 'đ'],
  orderLabels: ['đơn', 'đơn hàng', 'mã đơn'],
  notOrderLabels: ['hoa don', 'so hoa don', 'tai khoan', 'nguoi dung', 'ma khach hang', 
    'naptien', 'nap tien', 'noi dung', 'noi dung ck', 'ma giao dich',
    'dịch vụ', 'mã dịch vụ', 'sdt', 'số điện thoại', 'zalo'],
  countLabels: ['số lượng', 'ban đầu', 'còn lại'],
  howQuestions: [/\blam sao de\b/, /\b(?:refill|hoan tien|bao hanh) la gi\b/, 'khac gi', 'khac nhau'],
  orderRefs: ['đơn*', 'của mình', 'của em', 'của tôi'],
};
