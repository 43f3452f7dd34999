import { describe, expect, it } from 'vitest';
import { agree, counted, formatDate } from '../../src/i18n/locale.js';
import { byChannel, channelLabel, formatDuration, formatFee, lowerFirst, onlineService } from '../../src/i18n/values.js';

describe('shared value wording', () => {
  it('writes money with thousands separators and the currency as people write it', () => {
    expect(formatFee(8000, 'vi')).toBe('8.000 đồng');
    expect(formatFee(200000, 'vi')).toBe('200.000 đồng');
    expect(formatFee(5000, 'en')).toBe('5,000 VND');
  });

  it('puts English count nouns in agreement with the count', () => {
    expect(counted(1, 'agency', 'agencies')).toBe('1 agency');
    expect(counted(25, 'agency', 'agencies')).toBe('25 agencies');
    expect(counted(1492, 'dossier')).toBe('1,492 dossiers');
    expect(counted(0, 'file')).toBe('0 files');
    expect(agree(1, 'was', 'were')).toBe('was');
    expect(formatDuration({ value: 1, unit: 'working_days' }, 'en')).toBe('1 working day');
    expect(formatDuration({ value: 1.5, unit: 'days' }, 'en')).toBe('1.5 days');
    expect(formatDuration({ value: 1, unit: 'working_days' }, 'vi')).toBe('1 ngày làm việc');
  });

  it('writes dates day first in Vietnamese, ISO in English', () => {
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('2025-07-01');
  });

  it('names a channel as the way a dossier goes, and as a kind of channel', () => {
    expect(byChannel('postal', 'vi')).toBe('qua dịch vụ bưu chính');
    expect(byChannel('in_person', 'vi')).toBe('trực tiếp');
    expect(byChannel('postal', 'en')).toBe('by post');
    expect(channelLabel('postal', 'en')).toBe('postal');
    expect(channelLabel('in_person', 'en')).toBe('in-person');
  });

  it('words the online level "none" as no service, not as a level called "không"', () => {
    expect(onlineService('none', 'vi')).toBe('Chưa cung cấp dịch vụ công trực tuyến');
    expect(onlineService('partial', 'vi')).toBe('Dịch vụ công trực tuyến một phần');
    expect(onlineService('none', 'en')).toBe('No online service');
  });

  it('lowers only the first letter of text placed mid-sentence', () => {
    expect(lowerFirst('Không thu')).toBe('không thu');
    expect(lowerFirst('Theo Nghị quyết HĐND tỉnh')).toBe('theo Nghị quyết HĐND tỉnh');
    expect(lowerFirst('5,000 VND')).toBe('5,000 VND');
  });
});
