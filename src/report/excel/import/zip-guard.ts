/**
 * Looks at an .xlsx before anything opens it: is it a zip at all, does it hold a workbook, and
 * do its parts stay under a sane uncompressed size. The central directory is read by hand, then
 * every part is inflated in small slices with a running count, so a zip bomb is refused whether
 * its declared sizes tell the truth or not — before exceljs would inflate it whole.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Σ uncompressed bytes of all parts. */
  maxUncompressed: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = { maxUncompressed: 200 * 1024 * 1024, maxEntries: 10_000 };

export type ZipVerdict = { ok: true } | { ok: false; problem: 'not-zip' | 'not-workbook' | 'too-large'; detail?: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 16 * 1024;

export function inspectWorkbookZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return { ok: false, problem: 'not-zip' };
  const entries = centralDirectory(bytes, view, limits);
  if (!Array.isArray(entries)) return entries;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return { ok: false, problem: 'not-workbook' };
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limits.maxUncompressed) return { ok: false, problem: 'too-large', detail: `${declared}` };
  // Declared sizes can lie: count what inflating really produces.
  let actual = 0;
  for (const e of entries) {
    const produced = inflatedSize(bytes, view, e, limits.maxUncompressed - actual);
    if (produced === 'too-large') return { ok: false, problem: 'too-large' };
    if (produced === 'bad') return { ok: false, problem: 'not-workbook' };
    actual += produced;
  }
  return { ok: true };
}

function centralDirectory(bytes: Uint8Array, view: DataView, limits: ZipLimits): Entry[] | Extract<ZipVerdict, { ok: false }> {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, problem: 'not-zip' };
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) return { ok: false, problem: 'too-large', detail: 'zip64' };
  if (count > limits.maxEntries) return { ok: false, problem: 'too-large', detail: `${count} entries` };
  const entries: Entry[] = [];
  let p = start;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, problem: 'not-zip' };
    const nameLength = view.getUint16(p + 28, true);
    const entry: Entry = {
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) return { ok: false, problem: 'too-large', detail: 'zip64' };
    entries.push(entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Bytes the entry inflates to, stopping as soon as it passes `budget` or its declared size. */
function inflatedSize(bytes: Uint8Array, view: DataView, e: Entry, budget: number): number | 'too-large' | 'bad' {
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) return 'bad';
  const dataStart = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = bytes.subarray(dataStart, dataStart + e.compressed);
  if (data.length < e.compressed) return 'bad';
  if (e.method === 0) return e.compressed > budget ? 'too-large' : e.compressed;
  if (e.method !== 8) return 'bad';
  const limit = Math.min(budget, e.size);
  const count = { produced: 0, over: false };
  const inflater = new Inflate();
  inflater.ondata = (chunk) => {
    count.produced += chunk.length;
    if (count.produced > limit) count.over = true;
  };
  try {
    for (let i = 0; i < data.length && !count.over; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch {
    return 'bad';
  }
  return count.over ? 'too-large' : count.produced;
}
