import { type RangePos, rangeAddress } from "../core/grid";

export { cellsOf, coalesce } from "../core/blocks";

/**
 * Cells → rectangular blocks → address strings under Excel's limits. Pure (no Office.js), so it is tested alone.
 * Excel silently truncates address strings beyond 8,192 characters and rejects some with ~500 areas
 * (office-js #5198), so chunks stay well under both.
 */

export const MAX_ADDRESS_CHARS = 8_000;
export const MAX_AREAS = 400;

/** Joins block addresses into getRanges strings, each under the character and area limits. */
export function chunkAddresses(blocks: readonly RangePos[], separator: string): string[] {
  const chunks: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const b of blocks) {
    const a = rangeAddress(b);
    const extra = (cur.length ? separator.length : 0) + a.length;
    if (cur.length > 0 && (len + extra > MAX_ADDRESS_CHARS || cur.length >= MAX_AREAS)) {
      chunks.push(cur.join(separator));
      cur = [];
      len = 0;
    }
    len += (cur.length ? separator.length : 0) + a.length;
    cur.push(a);
  }
  if (cur.length) chunks.push(cur.join(separator));
  return chunks;
}
