/**
 * Legal texts that several rule pages cite, worded once so that the pages agree.
 */

/**
 * The one-stop-shop decree (một cửa, một cửa liên thông), with what a rule takes from it.
 *
 * Nghị định 118/2025/NĐ-CP governs from 1 July 2025; the bundled legal.yaml marks 61/2018 and
 * its amendment 107/2021 repealed that day. domain.md asks not to cite 118/2025 as the sole
 * source until it is checked, so the earlier decree follows as "văn bản trước đây". Article
 * numbers are those of 61/2018 (`formerArticles`): the articles of 118/2025 are not verified.
 */
export function oneStopDecree(point?: string, formerArticles?: string): string {
  const current = `Nghị định 118/2025/NĐ-CP (một cửa, một cửa liên thông, từ 01/7/2025)${point === undefined ? '' : `: ${point}`}`;
  const former = `Nghị định 61/2018/NĐ-CP${formerArticles === undefined ? '' : `, ${formerArticles}`}, sửa đổi bởi Nghị định 107/2021/NĐ-CP`;
  return `${current}; văn bản trước đây: ${former}`;
}
