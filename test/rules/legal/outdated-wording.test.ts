import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/text/fold.js';
import { outdatedPhrase } from '../../../src/rules/legal/outdated-wording.js';
import type { ExampleFiles } from '../../../src/rules/rule.js';
import { at, baseplus, hits, PROCEDURE, procedureWith, type Hit } from '../../helpers/rules.js';

const RULE = 'legal/outdated-wording';
const AUTHORITY = 'authority: Ủy ban nhân dân cấp xã';

describe(RULE, () => {
  it.each<[string, ExampleFiles, Hit[]]>([
    ['"thị trấn" in the authority', { [PROCEDURE]: procedureWith({ [AUTHORITY]: `${AUTHORITY}, thị trấn` }) }, [at(RULE, PROCEDURE, 10, 12, { text: 'Ủy ban nhân dân cấp xã, thị trấn' })]],
    ['"UBND huyện" in capitals, in the name', { [PROCEDURE]: procedureWith({ 'name: Thủ tục đăng ký khai sinh': 'name: Đăng ký khai sinh tại UBND HUYỆN' }) }, [at(RULE, PROCEDURE, 4, 7, { text: 'Đăng ký khai sinh tại UBND HUYỆN' })]],
    ['"cấp huyện" in a step', { [PROCEDURE]: procedureWith({ 'online_level: full': 'online_level: full\nsteps:\n  - Nộp hồ sơ tại Bộ phận Một cửa\n  - Chuyển hồ sơ lên cấp huyện' }) }, [at(RULE, PROCEDURE, 18, 5, { text: 'Chuyển hồ sơ lên cấp huyện' })]],
    ['"Phòng … huyện" in a document name', { [PROCEDURE]: procedureWith({ 'name: Giấy chứng sinh }': 'name: Văn bản của Phòng Tư pháp huyện }' }) }, [at(RULE, PROCEDURE, 18, 34, { text: 'Văn bản của Phòng Tư pháp huyện' })]],
    ['old tone placement ("Uỷ ban nhân dân huyện")', { [PROCEDURE]: procedureWith({ [AUTHORITY]: 'authority: Uỷ ban nhân dân huyện' }) }, [at(RULE, PROCEDURE, 10, 12, { text: 'Uỷ ban nhân dân huyện' })]],
    ['a contact unit', { [PROCEDURE]: procedureWith({ 'unit: Bộ phận Một cửa': 'unit: Bộ phận Một cửa UBND huyện' }) }, [at(RULE, PROCEDURE, 11, 18, { text: 'Bộ phận Một cửa UBND huyện' })]],
    ['a current agency named after a township', { 'agencies.yaml': baseplus('agencies.yaml', '  - id: ubnd-thi-tran-but-son\n    name: UBND thị trấn Bút Sơn\n    level: commune\n') }, [at(RULE, 'agencies.yaml', 19, 11, { text: 'UBND thị trấn Bút Sơn' })]],
    [
      'long text, shortened in the data',
      { [PROCEDURE]: procedureWith({ 'name: Thủ tục đăng ký khai sinh': `name: ${'Thủ tục đăng ký khai sinh '.repeat(3)}tại thị trấn` }) },
      [at(RULE, PROCEDURE, 4, 7, { text: `${`${'Thủ tục đăng ký khai sinh '.repeat(3)}tại thị trấn`.slice(0, 77)}...` })],
    ],
  ])('fires on %s', async (_name, overlay, expected) => {
    expect(await hits(RULE, overlay)).toEqual(expected);
  });

  it.each<[string, ExampleFiles]>([
    ['the example catalog', {}],
    ['an abolished procedure', { [PROCEDURE]: procedureWith({ [AUTHORITY]: 'authority: UBND huyện', 'status: active': 'status: abolished' }) }],
    ['a historical agency with valid_to before the abolition', { 'agencies.yaml': baseplus('agencies.yaml', '  - id: ubnd-thi-tran-but-son\n    name: UBND thị trấn Bút Sơn\n    level: commune\n    valid_to: 2025-06-30\n') }],
    ['a district agency (legal/abolished-level reports it)', { 'agencies.yaml': baseplus('agencies.yaml', '  - id: ubnd-huyen-dong-son\n    name: UBND huyện Đông Sơn\n    level: district\n') }],
    ['"Phòng Tư pháp" without huyện', { [PROCEDURE]: procedureWith({ [AUTHORITY]: 'authority: Phòng Hộ tịch thuộc Sở Tư pháp' }) }],
  ])('stays silent on %s', async (_name, overlay) => {
    expect(await hits(RULE, overlay)).toEqual([]);
  });

  it.each<[string, string | undefined]>([
    ['UBND huyện Đông Sơn', 'ubnd huyện'],
    ['Chủ tịch Ủy ban nhân dân cấp huyện', 'cấp huyện'],
    ['Thị trấn Bút Sơn', 'thị trấn'],
    ['Phòng Văn hóa và Thông tin huyện', 'phòng văn hóa và thông tin huyện'],
    ['cấp xã', undefined],
    ['thị trường', undefined],
  ])('outdatedPhrase(%j) is the folded %j', (text, phrase) => {
    expect(outdatedPhrase(text)).toBe(phrase === undefined ? undefined : fold(phrase));
  });
});
