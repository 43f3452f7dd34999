/** Vietnamese words the generated catalogs are made of: realistic names, with diacritics. */

export const PLACE_SYLLABLES = [
  'Hàm', 'Rồng', 'Đông', 'Sơn', 'Hải', 'Hòa', 'Quảng', 'Xương', 'Thiệu', 'Yên', 'Định', 'Nga', 'Hậu', 'Lộc',
  'Vĩnh', 'Thạch', 'Thành', 'Cẩm', 'Thủy', 'Như', 'Xuân', 'Triệu', 'Nông', 'Cống', 'Tĩnh', 'Gia', 'Bá', 'Thước',
  'Mường', 'Lát', 'Quan', 'Hóa', 'Ngọc', 'Lặc', 'Trường', 'Phú', 'Tân', 'An', 'Bình', 'Minh', 'Hưng', 'Đức',
  'Thọ', 'Phong', 'Kim', 'Tiến', 'Lương', 'Điền', 'Trung', 'Nam', 'Bắc', 'Tây', 'Liên', 'Khánh', 'Đạo', 'Lý',
];

export const PROVINCE_DEPARTMENTS = [
  'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Công Thương', 'Sở Y tế',
  'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ',
  'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ', 'Thanh tra tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Ban Quản lý Khu kinh tế Nghi Sơn',
  'Công an tỉnh', 'Bảo hiểm xã hội tỉnh', 'Cục Thuế tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh', 'Sở Giao thông vận tải',
];

export const SECTORS = [
  'Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Đăng ký kinh doanh', 'Bảo trợ xã hội', 'Người có công', 'Giáo dục và Đào tạo',
  'Y tế', 'Văn hóa', 'Thể thao', 'Du lịch', 'Môi trường', 'Tài nguyên nước', 'Nông nghiệp', 'Lâm nghiệp', 'Thủy sản',
  'Công Thương', 'An toàn thực phẩm', 'Giao thông vận tải', 'Tôn giáo', 'Thi đua, khen thưởng', 'Lao động', 'Việc làm',
  'Quản lý công sản', 'Hợp tác xã', 'Nuôi con nuôi', 'Lý lịch tư pháp', 'Phổ biến giáo dục pháp luật', 'Hòa giải ở cơ sở',
];

export const PROCEDURE_VERBS = [
  'Đăng ký', 'Cấp', 'Cấp lại', 'Cấp đổi', 'Điều chỉnh', 'Gia hạn', 'Thu hồi', 'Xác nhận', 'Công nhận', 'Thẩm định', 'Phê duyệt',
  'Chấp thuận', 'Thông báo', 'Hỗ trợ', 'Giải quyết chế độ', 'Cho phép', 'Chuyển đổi', 'Trích lục',
];

export const PROCEDURE_OBJECTS = [
  'khai sinh', 'kết hôn', 'khai tử', 'giấy phép xây dựng nhà ở riêng lẻ', 'giấy chứng nhận quyền sử dụng đất', 'hộ kinh doanh',
  'giấy phép kinh doanh rượu', 'giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'trợ cấp xã hội hằng tháng', 'mai táng phí',
  'danh hiệu Gia đình văn hóa', 'bản sao từ sổ gốc', 'chữ ký trong giấy tờ, văn bản', 'hợp đồng, giao dịch', 'giấy phép khai thác nước dưới đất',
  'phương án sử dụng đất', 'giấy phép lái xe', 'thẻ bảo hiểm y tế cho người thuộc hộ nghèo', 'chứng chỉ hành nghề', 'điểm kinh doanh',
  'tổ hợp tác', 'lễ hội truyền thống', 'giấy phép tổ chức biểu diễn nghệ thuật', 'hồ sơ người có công với cách mạng', 'học bổng chính sách',
  'việc nuôi con nuôi trong nước', 'phiếu lý lịch tư pháp', 'hòa giải viên', 'giấy xác nhận tình trạng hôn nhân', 'thay đổi, cải chính hộ tịch',
];

export const DOCUMENTS = [
  { id: 'to-khai', name: 'Tờ khai theo mẫu', form: true },
  { id: 'don-de-nghi', name: 'Đơn đề nghị', form: true },
  { id: 'ban-sao-cccd', name: 'Bản sao Căn cước công dân', evidence: 'the-can-cuoc' },
  { id: 'giay-chung-sinh', name: 'Giấy chứng sinh' },
  { id: 'giay-uy-quyen', name: 'Văn bản ủy quyền', case: 'Trường hợp ủy quyền' },
  { id: 'ban-ve-thiet-ke', name: 'Bản vẽ thiết kế xây dựng' },
  { id: 'giay-chung-nhan-qsdd', name: 'Giấy chứng nhận quyền sử dụng đất' },
  { id: 'so-do-vi-tri', name: 'Sơ đồ vị trí thửa đất' },
  { id: 'giay-kham-suc-khoe', name: 'Giấy khám sức khỏe do cơ sở y tế có thẩm quyền cấp' },
  { id: 'ban-sao-van-bang', name: 'Bản sao văn bằng, chứng chỉ' },
  { id: 'anh-3x4', name: 'Ảnh chân dung cỡ 3x4 cm' },
  { id: 'bao-cao-danh-gia', name: 'Báo cáo đánh giá tác động môi trường' },
  { id: 'hop-dong-thue', name: 'Hợp đồng thuê địa điểm kinh doanh' },
  { id: 'giay-xac-nhan-thu-nhap', name: 'Giấy xác nhận thu nhập' },
  { id: 'bien-ban-hoa-giai', name: 'Biên bản hòa giải' },
  { id: 'quyet-dinh-thanh-lap', name: 'Quyết định thành lập' },
] as const;

/** Documents agencies ask for on top of the published list (the classic deviations). */
export const EXTRA_DOCUMENTS = [
  'Sổ hộ khẩu', 'Giấy xác nhận cư trú', 'Bản sao công chứng Căn cước công dân', 'Giấy giới thiệu của thôn',
  'Đơn xin xác nhận của trưởng thôn', 'Bản photo giấy khai sinh', 'Giấy tờ khác có liên quan',
];

export const STEPS = [
  'Nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia',
  'Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ',
  'Cơ quan có thẩm quyền thẩm định, giải quyết hồ sơ',
  'Trả kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích',
];

export const LEGAL_KINDS = [
  { code: 'NĐ-CP', kind: 'Nghị định', prefix: 'nd' },
  { code: 'TT-BTP', kind: 'Thông tư', prefix: 'tt' },
  { code: 'QĐ-UBND', kind: 'Quyết định', prefix: 'qd' },
  { code: 'TT-BTC', kind: 'Thông tư', prefix: 'tt' },
] as const;
