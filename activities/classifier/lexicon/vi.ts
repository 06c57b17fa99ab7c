// Vietnamese. Terms are folded: tone marks dropped and đ as d, so text typed without
// diacritics ("hoan tien", "huy don") matches too.
import type { Lexicon } from './types.js';

export const vi: Lexicon = {
  language: 'vi',
  markers: [
    'đơn', 'đơn hàng', 'mình', 'giúp', 'ơi', 'nhé', 'không', 'chưa', 'rồi', 'bao nhiêu', 'của',
    'tôi', 'tại sao', 'khi nào', 'đang', 'ngày', 'được', 'tất cả', 'nha', 'vậy', 'bị', 'quá',
    'ad', 'muốn', 'bằng', 'với', 'hết', 'bạn', 'quy tắc', 'bỏ qua',
  ],
  intents: {
    refill: [
      'bảo hành', 'tụt', 'bị tụt', 'giảm', 'hụt', 'bù lại', 'bù follow', 'bù like',
    ],
    cancel: ['hủy', 'huỷ', 'hủy đơn', 'dừng lại', 'dừng đơn'],
    status: [
      'bị hủy', 'đã hủy', 'tại sao', 'ở đâu', 'đâu rồi', 'đâu vậy', 'khi nào', 'bao giờ',
      'bao lâu', 'trạng thái', 'thế nào', 'sao rồi',
    ],
    speed_up: [
      'đẩy nhanh', 'nhanh', 'nhanh lên', 'chậm', 'chậm quá', 'chưa chạy', 'chưa lên',
      'chưa xong', 'lâu', 'lâu quá', 'lâu vậy', 'đang chờ', 'chờ duyệt', 'treo', 'không chạy',
      'chưa bắt đầu',
    ],
    refund: ['hoàn tiền', 'trả tiền', 'trả lại tiền', 'hoàn lại tiền', 'lấy lại tiền'],
  },
  other: [
    'nạp tiền', 'nạp', 'momo', 'chuyển khoản', 'giá', 'bao nhiêu', 'giảm giá', 'đại lý',
    'thanh toán', 'thẻ cào',
  ],
  neutral: ['có bảo hành không', 'bảo hành không', 'có bảo hành', 'không bảo hành'],
  units: [
    'follow', 'lượt', 'người theo dõi', 'sub', 'mắt',
  ],
  durations: ['ngày', 'giờ', 'phút', 'tuần', 'tháng'],
  currencies: ['vnd', 'vnđ', 'đồng', 'đ'],
  orderLabels: ['đơn', 'đơn hàng', 'mã đơn'],
  notOrderLabels: ['dịch vụ', 'mã dịch vụ', 'sdt', 'số điện thoại', 'zalo'],
  countLabels: ['số lượng', 'ban đầu', 'còn lại'],
};
