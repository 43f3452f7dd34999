/**
 * One zod schema per kind of catalog file (spec/catalog.md). These are the single source of
 * truth: the loader validates with them, `tthc schema` turns them into JSON Schema, and the
 * authoring prompts validate answers with them.
 */
import { z } from 'zod';
import {
  CHANNEL_KINDS,
  COPY_TYPES,
  DOCUMENT_ACTIONS,
  channelKind,
  contact,
  date,
  duration,
  processingTime,
  header,
  id,
  legalRef,
  level,
  money,
  obj,
  onlineLevel,
  procedureCode,
  subject,
  text,
} from './shapes.js';

const severitySetting = z.enum(['error', 'warning', 'info', 'off']);
export const ruleSetting = z.union([
  severitySetting,
  z.looseObject({ severity: severitySetting.optional() }).describe('Mức độ và tham số của quy tắc'),
]);

const share = z.number().min(0).max(1);

export const costParameters = obj(
  {
    income_per_hour: obj(
      {
        citizen: z.number().min(0).describe('Thu nhập bình quân một giờ của người dân (đồng)'),
        business: z.number().min(0).describe('Thu nhập bình quân một giờ của doanh nghiệp (đồng)'),
      },
      'Thu nhập bình quân một giờ',
    ),
    source: text.describe('Nguồn số liệu thu nhập'),
    hours: obj({
      learn: z.number().min(0).optional(),
      form: z.number().min(0).optional(),
      document: z.number().min(0).optional(),
      present: z.number().min(0).optional(),
      certify: z.number().min(0).optional(),
      visit: z.number().min(0).optional(),
      online: z.number().min(0).optional(),
    }, 'Số giờ cho từng hoạt động').optional(),
    money: obj({
      certify_fee: z.number().min(0).optional(),
      copy_fee: z.number().min(0).optional(),
      travel: z.number().min(0).optional(),
      postage: z.number().min(0).optional(),
    }, 'Chi phí khác (đồng)').optional(),
  },
  'Tham số tính chi phí tuân thủ',
);
export type CostParameters = z.infer<typeof costParameters>;

export const catalogFile = obj({
  ...header('Catalog'),
  jurisdiction: obj({
    name: text.describe('Tên địa phương'),
    code: z.string().describe('Mã địa phương, ví dụ H56'),
    authority: z.string().optional().describe('Cơ quan ban hành, ví dụ Ủy ban nhân dân tỉnh Thanh Hóa'),
  }),
  locale: z.enum(['vi', 'en']).optional().describe('Ngôn ngữ thông báo và báo cáo'),
  as_of: date.optional().describe('Ngày dùng để xét hiệu lực; mặc định là hôm nay'),
  levels_abolished: z.partialRecord(level, date).optional().describe('Cấp đã bãi bỏ và ngày bãi bỏ'),
  cost: costParameters.optional(),
  targets: obj({
    cost_reduction: share.optional().describe('Chỉ tiêu cắt giảm chi phí tuân thủ'),
    online_full_share: share.optional().describe('Chỉ tiêu tỷ lệ TTHC trực tuyến toàn trình'),
    on_time_rate: share.optional().describe('Chỉ tiêu tỷ lệ hồ sơ đúng hạn'),
  }).optional(),
  rules: z.record(z.string(), ruleSetting).optional().describe('Thiết lập từng quy tắc'),
}, 'Tệp catalog.yaml');
export type CatalogFile = z.infer<typeof catalogFile>;

export const agency = obj({
  id: id.describe('Mã cơ quan'),
  name: text.describe('Tên cơ quan'),
  level,
  identifier: z.string().optional().describe('Mã định danh điện tử'),
  admin_code: z.string().optional().describe('Mã đơn vị hành chính (xã/phường)'),
  contact: contact.optional(),
  valid_from: date.optional(),
  valid_to: date.optional(),
}, 'Cơ quan');
export type Agency = z.infer<typeof agency>;
export const agencyList = obj({ ...header('AgencyList'), agencies: z.array(agency) }, 'Danh sách cơ quan');

export const legalDocument = obj({
  id: id.describe('Mã văn bản'),
  number: text.describe('Số, ký hiệu'),
  title: text.describe('Trích yếu'),
  issuer: z.string().optional().describe('Cơ quan ban hành'),
  issued: date.optional().describe('Ngày ban hành'),
  effective: date.optional().describe('Ngày có hiệu lực'),
  repealed: date.nullable().optional().describe('Ngày hết hiệu lực'),
  replaced_by: id.nullable().optional().describe('Văn bản thay thế'),
}, 'Văn bản quy phạm pháp luật');
export type LegalDocument = z.infer<typeof legalDocument>;
export const legalDocumentList = obj({ ...header('LegalDocumentList'), documents: z.array(legalDocument) }, 'Danh sách văn bản');

export const dataSource = obj({
  id,
  name: text,
  legal_basis: z.array(legalRef).optional(),
}, 'Cơ sở dữ liệu');
export const evidence = obj({
  id,
  name: text,
  source: id.describe('Cơ sở dữ liệu cung cấp thông tin này'),
  aliases: z.array(z.string()).optional().describe('Các tên gọi khác của giấy tờ'),
}, 'Loại giấy tờ có thể thay bằng dữ liệu');
export type DataSource = z.infer<typeof dataSource>;
export type Evidence = z.infer<typeof evidence>;
export const dataSourceList = obj({
  ...header('DataSourceList'),
  sources: z.array(dataSource),
  evidence: z.array(evidence).optional(),
}, 'Danh sách cơ sở dữ liệu');

export const channel = obj({
  kind: channelKind,
  time: processingTime.describe('Thời hạn giải quyết'),
  fee: money.describe('Phí, lệ phí (đồng)'),
  fee_note: z.string().optional().describe('Ghi chú phí, lệ phí'),
}, 'Cách thức thực hiện')
  // spec/catalog.md, money: null only "with a fee_note" saying where the fee is set.
  .refine((c) => c.fee !== null || (c.fee_note ?? '').trim() !== '', { error: 'tthc:fee-note', path: ['fee'] });
export type Channel = z.infer<typeof channel>;

export const procedureDocument = obj({
  id: id.describe('Mã thành phần hồ sơ, duy nhất trong thủ tục'),
  name: text.describe('Tên giấy tờ'),
  action: z.enum(DOCUMENT_ACTIONS).default('submit').describe('submit: nộp; present: xuất trình'),
  originals: z.number().int().min(0).default(1).describe('Số bản chính'),
  copies: z.number().int().min(0).default(0).describe('Số bản sao'),
  copy_type: z.enum(COPY_TYPES).default('any').describe('Loại bản sao'),
  form: z.string().nullable().optional().describe('Mẫu đơn, tờ khai'),
  case: z.string().nullable().optional().describe('Trường hợp áp dụng; null là luôn áp dụng'),
  evidence: id.nullable().optional().describe('Loại giấy tờ có sẵn trong cơ sở dữ liệu'),
  optional: z.boolean().default(false),
}, 'Thành phần hồ sơ');
export type ProcedureDocument = z.infer<typeof procedureDocument>;

const validity = z.union([z.literal('unlimited'), duration]);
export const result = obj({
  name: text,
  code: z.string().optional(),
  validity: validity.optional().describe('Thời hạn hiệu lực: unlimited hoặc { value, unit }'),
}, 'Kết quả thực hiện');

export const implementedBy = z.union([
  obj({ level }),
  obj({ agencies: z.array(id).min(1) }),
]).describe('Cơ quan thực hiện: { level } hoặc { agencies: [...] }');

export const procedure = obj({
  ...header('Procedure'),
  code: procedureCode,
  name: text.describe('Tên thủ tục'),
  status: z.enum(['active', 'abolished', 'draft']),
  published_by: z.string().optional().describe('Quyết định công bố'),
  sector: text.describe('Lĩnh vực'),
  levels: z.array(level).min(1).describe('Cấp thực hiện'),
  subjects: z.array(subject).min(1).describe('Đối tượng thực hiện'),
  authority: z.string().optional().describe('Cơ quan có thẩm quyền'),
  implemented_by: implementedBy.optional(),
  contact: contact.optional(),
  channels: z.array(channel).min(1).describe('Cách thức thực hiện'),
  online_level: onlineLevel.optional(),
  documents: z.array(procedureDocument).default([]).describe('Thành phần hồ sơ'),
  steps: z.array(z.string()).optional().describe('Trình tự thực hiện'),
  results: z.array(result).optional().describe('Kết quả'),
  conditions: z.union([z.string(), z.array(z.string())]).nullable().optional().describe('Yêu cầu, điều kiện'),
  legal_basis: z.array(legalRef).default([]).describe('Căn cứ pháp lý'),
  volume: obj({
    per_year: z.number().int().min(0).describe('Số hồ sơ một năm'),
    online_share: share.optional().describe('Tỷ lệ hồ sơ trực tuyến'),
  }, 'Số lượng hồ sơ').optional(),
}, 'Thủ tục hành chính');
export type ProcedureFile = z.infer<typeof procedure>;

export const observedDocument = obj({
  ref: id.optional().describe('Mã thành phần hồ sơ đã công bố'),
  name: z.string().optional().describe('Tên giấy tờ thực tế yêu cầu'),
  action: z.enum(DOCUMENT_ACTIONS).optional(),
  originals: z.number().int().min(0).optional(),
  copies: z.number().int().min(0).optional(),
  copy_type: z.enum(COPY_TYPES).optional(),
  form: z.string().nullable().optional(),
  case: z.string().nullable().optional(),
  optional: z.boolean().optional(),
}, 'Giấy tờ cơ quan thực tế yêu cầu').refine((d) => (d.ref === undefined) !== (d.name === undefined), { error: 'tthc:ref-or-name' });
export type ObservedDocument = z.infer<typeof observedDocument>;

const count = z.number().int().min(0);
export const stats = obj({
  period: obj({ from: date, to: date }, 'Kỳ báo cáo'),
  received: obj({ in_person: count.optional(), online: count.optional(), postal: count.optional() }, 'Hồ sơ tiếp nhận'),
  resolved: obj({ early: count.optional(), on_time: count.optional(), late: count.optional() }, 'Hồ sơ đã giải quyết'),
  pending: obj({ in_time: count.optional(), overdue: count.optional() }, 'Hồ sơ đang giải quyết').optional(),
  returned: count.optional().describe('Hồ sơ trả lại, từ chối'),
  apologies: count.optional().describe('Phiếu xin lỗi và hẹn lại ngày trả kết quả'),
  supplement_requests: obj({ first: count.optional(), repeated: count.optional() }, 'Yêu cầu bổ sung hồ sơ').optional(),
  carried_over: count.optional().describe('Hồ sơ kỳ trước chuyển qua'),
  online_rejected_without_reason: count.optional().describe('Hồ sơ trực tuyến bị từ chối không nêu lý do'),
}, 'Số liệu giải quyết hồ sơ');
export type Stats = z.infer<typeof stats>;

export const implementationEntry = obj({
  code: procedureCode,
  documents: z.array(observedDocument).optional(),
  channels: z.array(channel).optional(),
  online_level: onlineLevel.optional(),
  requires_paper_with_online: z.boolean().optional().describe('Yêu cầu nộp bản giấy sau khi đã nộp trực tuyến'),
  contact: contact.optional(),
  stats: stats.optional(),
  note: z.string().optional(),
}, 'Thực tế thực hiện một thủ tục');
export type ImplementationEntry = z.infer<typeof implementationEntry>;

export const implementation = obj({
  ...header('Implementation'),
  agency: id.describe('Mã cơ quan'),
  surveyed: date.optional().describe('Ngày khảo sát'),
  source: z.string().optional().describe('Nguồn thông tin'),
  procedures: z.array(implementationEntry),
}, 'Thực tế thực hiện TTHC của một cơ quan');
export type ImplementationFile = z.infer<typeof implementation>;

const reason = z.string().optional().describe('Lý do');
export const change = z.discriminatedUnion('action', [
  obj({ action: z.literal('remove_document'), document: id, reason }),
  obj({ action: z.literal('use_data'), document: id, source: id, reason }),
  obj({ action: z.literal('relax_copy'), document: id, copy_type: z.enum(COPY_TYPES), reason }),
  obj({ action: z.literal('set_time'), channel: z.enum(CHANNEL_KINDS), time: processingTime, reason }),
  obj({ action: z.literal('set_fee'), channel: z.enum(CHANNEL_KINDS), fee: money, reason }),
  obj({ action: z.literal('add_channel'), channel: z.enum(CHANNEL_KINDS), time: processingTime.optional(), fee: money.optional(), reason }),
  obj({ action: z.literal('set_online_level'), online_level: onlineLevel, reason }),
  obj({ action: z.literal('extend_validity'), result: z.number().int().min(0), validity, reason }),
  obj({ action: z.literal('abolish'), reason }),
]).describe('Một nội dung đơn giản hóa');
export type Change = z.infer<typeof change>;
export const CHANGE_ACTIONS = [
  'remove_document', 'use_data', 'relax_copy', 'set_time', 'set_fee', 'add_channel', 'set_online_level', 'extend_validity', 'abolish',
] as const satisfies readonly Change['action'][];

export const proposal = obj({
  ...header('Proposal'),
  id: z.string().min(1).describe('Mã phương án'),
  procedure: procedureCode,
  title: text.describe('Tên phương án'),
  proposed_by: id.optional().describe('Cơ quan đề xuất'),
  status: z.enum(['draft', 'submitted', 'accepted', 'rejected', 'implemented']),
  date: date.optional(),
  changes: z.array(change).min(1),
  amend: z.array(obj({
    ref: id,
    article: z.string().optional(),
    text: z.string().optional().describe('Nội dung kiến nghị sửa đổi'),
    by: date.optional().describe('Thời hạn'),
  }, 'Kiến nghị thực thi')).optional(),
}, 'Phương án đơn giản hóa');
export type ProposalFile = z.infer<typeof proposal>;

export const suppression = obj({
  rule: z.string().min(1).describe('Mã quy tắc'),
  procedure: procedureCode.optional(),
  agency: id.optional(),
  file: z.string().optional().describe('Tệp (đường dẫn tương đối)'),
  reason: text.describe('Lý do'),
  until: date.describe('Hiệu lực đến ngày'),
}, 'Bỏ qua một phát hiện').refine((s) => s.procedure !== undefined || s.agency !== undefined || s.file !== undefined, { error: 'tthc:suppression-scope' });
export type Suppression = z.infer<typeof suppression>;
export const suppressionList = obj({ ...header('SuppressionList'), suppressions: z.array(suppression) }, 'Danh sách bỏ qua');

export const KINDS = {
  Catalog: catalogFile,
  AgencyList: agencyList,
  LegalDocumentList: legalDocumentList,
  DataSourceList: dataSourceList,
  Procedure: procedure,
  Implementation: implementation,
  Proposal: proposal,
  SuppressionList: suppressionList,
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];
export const API_VERSION = 'tthc/v1';

export type AgencyList = z.infer<typeof agencyList>;
export type LegalDocumentListFile = z.infer<typeof legalDocumentList>;
export type DataSourceListFile = z.infer<typeof dataSourceList>;
export type SuppressionListFile = z.infer<typeof suppressionList>;
