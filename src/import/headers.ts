/**
 * A header as compared (people.md, "Importing a published organogram"): lower case, `(£)` (also as an earlier
 * conversion left it: `(Â£)`, `(�)`) and `(or equivalent)` dropped, runs of spaces made one, trimmed. "Actual Pay Floor (£)" and "actual  pay floor" are the same column.
 */
export function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/\(\s*(£|â£|\ufffd)\s*\)/g, ' ')
    .replace(/\(\s*or equivalent\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a wanted column is: its index in each row and its header as written in the file (for messages). */
export interface Column {
  index: number;
  header: string;
}

/**
 * The first column whose normalised header is one of `names` (already normalised), or null. Blank headers (a
 * leading unnamed index column, a spacer column) never match.
 */
export function findColumn(headers: readonly string[], names: readonly string[]): Column | null {
  for (let i = 0; i < headers.length; i++) {
    const h = normaliseHeader(headers[i]!);
    if (h !== '' && names.includes(h)) return { index: i, header: headers[i]!.trim() };
  }
  return null;
}

/** The cell of `column` in `cells`, trimmed; '' where the row is short or the column absent. */
export const cell = (cells: readonly string[], column: Column | null): string => (column ? (cells[column.index] ?? '').trim() : '');
