import { describe, expect, it } from 'vitest';
import { foldDocumentName } from '../../src/text/fold.js';
import { documentSimilarity, matchName, VARIANT_THRESHOLD } from '../../src/text/match.js';

describe('foldDocumentName', () => {
  it.each([
    ['Giấy chứng sinh (bản chính)', 'Giấy chứng sinh'],
    ['Giấy chứng sinh'.normalize('NFD'), 'Giấy chứng sinh'],
    ['GIẤY CHỨNG SINH', 'giấy chứng sinh'],
    ['  Giấy   chứng sinh. ', 'Giấy chứng sinh'],
    ['Bản sao có chứng thực Giấy khai sinh', 'Giấy khai sinh'],
    ['Bản sao Giấy khai sinh', 'giấy khai sinh'],
    ['01 bản sao của Giấy chứng nhận kết hôn', 'Giấy chứng nhận kết hôn'],
    ['Giấy chứng sinh bản chính', 'Giấy chứng sinh'],
    ['Hòa giải', 'Hoà giải'],
    ['Văn bản ủy quyền', 'Văn bản uỷ quyền'],
    ['Thủy lợi', 'Thuỷ lợi'],
    ['Tờ khai đăng kí khai sinh', 'Tờ khai đăng ký khai sinh'],
    ['Giấy tờ tùy thân (hộ chiếu, thẻ Căn cước)', 'Giấy tờ tuỳ thân'],
  ])('%j has the key of %j', (a, b) => {
    expect(foldDocumentName(a)).toBe(foldDocumentName(b));
  });

  it.each([
    ['Quyết định', 'Quiết định'],
    ['Thủy lợi', 'Thủi lợi'],
    ['Bản sao', 'sao'],
  ])('keeps %j apart from %j', (a, b) => {
    expect(foldDocumentName(a)).not.toBe(foldDocumentName(b));
  });
});

describe('documentSimilarity', () => {
  it.each([
    ['Giấy chứng sinh do cơ sở y tế cấp', 'Giấy chứng sinh'],
    ['Văn bản ủy quyền', 'Giấy ủy quyền'],
    ['Đơn xin cấp giấy phép xây dựng', 'Đơn đề nghị cấp giấy phép xây dựng'],
    ['Giay chung sinh', 'Giấy chứng sinh'],
    ['Tờ khai đăng ký khai sinh theo mẫu', 'Tờ khai đăng ký khai sinh'],
    ['Giấy báo tử', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp'],
  ])('%j is a variant of %j', (a, b) => {
    const s = documentSimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(VARIANT_THRESHOLD);
    expect(s).toBeLessThan(1);
  });

  it.each([
    ['Giấy chứng sinh', 'Giấy chứng tử'],
    ['Tờ khai đăng ký khai sinh', 'Tờ khai đăng ký khai tử'],
    ['Tờ khai đăng ký lại khai sinh', 'Tờ khai đăng ký lại khai tử'],
    ['Giấy khai sinh', 'Giấy chứng sinh'],
    ['Đơn đề nghị cấp lại giấy phép xây dựng', 'Đơn đề nghị gia hạn giấy phép xây dựng'],
    ['Đơn đề nghị cấp giấy phép xây dựng', 'Đơn đề nghị điều chỉnh giấy phép xây dựng'],
    ['Giấy đề nghị đăng ký hộ kinh doanh', 'Giấy đề nghị đăng ký doanh nghiệp'],
    ['Giấy xác nhận thông tin về cư trú', 'Giấy tờ chứng minh thông tin về cư trú'],
    ['Giấy xác nhận thông tin về cư trú', 'Tờ khai thay đổi thông tin cư trú'],
    ['Sổ hộ khẩu', 'Giấy tờ chứng minh thông tin về cư trú'],
    ['Giấy tờ', 'Giấy tờ tùy thân'],
  ])('%j is not %j', (a, b) => {
    expect(documentSimilarity(a, b)).toBeLessThan(VARIANT_THRESHOLD);
  });

  it('is 1 exactly for equal keys', () => {
    expect(documentSimilarity('Giấy chứng sinh (bản chính)'.normalize('NFD'), 'Giấy chứng sinh')).toBe(1);
  });
});

describe('matchName', () => {
  const docs = ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Văn bản ủy quyền'];
  it('prefers an equal key, then the most similar', () => {
    expect(matchName('giấy chứng sinh (bản sao)', docs, (d) => d)).toEqual({ item: 'Giấy chứng sinh', score: 1 });
    expect(matchName('Giấy ủy quyền', docs, (d) => d)?.item).toBe('Văn bản ủy quyền');
    expect(matchName('Giấy chứng tử', docs, (d) => d)).toBeUndefined();
  });
});
