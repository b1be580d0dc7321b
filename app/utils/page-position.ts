/**
 * Which of a keyset-paged view's rows a page shows, from its first row's position: 1 on the first page; on the last,
 * counted back from the total (exact); between them, as the cursor followed says (counted from the page it was written
 * on: rows added or finished meanwhile move it, as they would an offset). Null when not known (a link without a
 * position), or when it does not fit the total. Keyset cursors carry the position, never count the rows before their
 * key: on a large view a count as costly as the page's reads are cheap.
 */
export function pagePosition(first: boolean, last: boolean, carried: number | null, rows: number, total: number): { from: number; to: number } | null {
  if (rows === 0) return null;
  const from = first ? 1 : last ? total - rows + 1 : carried;
  if (from === null || from < 1 || from + rows - 1 > total) return null;
  return { from, to: from + rows - 1 };
}

/** The position the next page's cursor carries, and the previous page's (never before the first row). */
export function neighbourPositions(position: { from: number; to: number } | null, size: number): { next: number | null; prev: number | null } {
  return position ? { next: position.to + 1, prev: Math.max(1, position.from - size) } : { next: null, prev: null };
}
