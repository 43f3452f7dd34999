/**
 * "Căn cứ pháp lý" cells → citations: one document a line, its leading article text kept whole
 * ("Điều 34, 35, 36, 37", "khoản 2 Điều 5"), and the document's own number — not the numbers
 * of documents its title mentions ("Thông tư … hướng dẫn Nghị định số 23/2015/NĐ-CP số
 * 01/2020/TT-BTP" is 01/2020/TT-BTP). When the own number cannot be told, the citation says so
 * and the import leaves a TODO rather than pick one.
 */
import { plain } from './values.js';

export interface Citation {
  /** The citation as the cell writes it. */
  text: string;
  article?: string;
  /** legalKey of the document's own number. */
  number?: string;
  problem?: 'no-number' | 'ambiguous';
}

/** The comparison key of a document number: no case, diacritics (Đ = D), spaces or leading "số". */
export function legalKey(number: string): string {
  return plain(number).replace(/^so\.?\s*/, '').replace(/\s+/g, '').toUpperCase();
}

const ARTICLE_WORD = String.raw`(?:điều|khoản|điểm)`;
/** "16", "12a", or a point's letter ("điểm a"); never a word of the title. */
const ARTICLE_ID = String.raw`(?:\d+\p{Ll}?|\p{Ll})(?![\p{L}\p{N}])`;
const ARTICLE = new RegExp(
  String.raw`^${ARTICLE_WORD}\s+${ARTICLE_ID}(?:(?:\s*[,\-–]\s*|\s+(?:và|đến)\s+)(?:${ARTICLE_WORD}\s+)?${ARTICLE_ID}|\s+${ARTICLE_WORD}\s+${ARTICLE_ID})*`,
  'iu',
);

/** On plain() text: 60/2014/qh13, 24/2021/qd-ttg, 68/nq-cp, 66.7/2025/nq-cp — not a date. */
const NUMBER = /(?<![\p{L}\p{N}./])\d+(?:\.\d+)?\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z][a-z0-9]*(?:\s*-\s*[a-z][a-z0-9]*)*/gu;
const TYPES = 'bo luat|luat|phap lenh|nghi dinh|nghi quyet lien tich|nghi quyet|thong tu lien tich|thong tu|quyet dinh|chi thi|hien phap|van ban hop nhat';
/** "Nghị định số 76/2024/NĐ-CP …": the citation opens with its type and number. */
const OPENING = new RegExp(`^(?:${TYPES})\\s+(?:so\\s*)?$`);
/** "… của Nghị định số 20/2021/NĐ-CP", ", Thông tư số 56/2021/TT-BCA": a document the title mentions. */
const MENTION = new RegExp(`(?:\\b(?:cua|theo|tai|va|huong dan|thi hanh|sua doi|bo sung|thay the)|,)\\s*(?:${TYPES})\\s+(?:so\\s*)?$`);

/** The citations of a cell: one a line; a semicolon separates two only when a citation follows it. */
export function citations(cell: string): Citation[] {
  const lines = cell.split('\n').map((l) => l.replace(/^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s+/iu, '').trim()).filter((l) => l !== '');
  return lines.flatMap(splitAtSemicolons).map(citation);
}

/** What a citation opens with: a type of document, an article, "số" or a number. */
const OPENS = new RegExp(`^(?:${TYPES}|dieu|khoan|diem|so\\b|\\d)`);

function splitAtSemicolons(line: string): string[] {
  const out: string[] = [];
  for (const part of line.split(';')) {
    // A title may hold a semicolon ("…điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận…"):
    // what follows it continues the citation unless it opens another.
    const last = out.length - 1;
    if (last >= 0 && !OPENS.test(plain(part).trim())) out[last] = `${out[last] ?? ''};${part}`;
    else out.push(part);
  }
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

function citation(text: string): Citation {
  const article = ARTICLE.exec(text)?.[0];
  const rest = plain(article === undefined ? text : text.slice(article.length)).replace(/^[\s,:–-]+/, '');
  const number = ownNumber(rest);
  const found: Citation = { text };
  if (article !== undefined) found.article = article;
  if (typeof number === 'string') found.number = legalKey(number);
  else found.problem = number.problem;
  return found;
}

function ownNumber(rest: string): string | { problem: 'no-number' | 'ambiguous' } {
  const numbers = [...rest.matchAll(NUMBER)];
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return { problem: 'no-number' };
  const before = (m: RegExpMatchArray) => rest.slice(0, m.index);
  if (OPENING.test(before(first))) return first[0];
  const endsCitation = /^[\s.,;)]*$/.test(rest.slice(last.index + last[0].length));
  if ((endsCitation || numbers.length === 1) && !MENTION.test(before(last))) return last[0];
  return { problem: 'ambiguous' };
}
