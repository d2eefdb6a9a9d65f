import { NOT_DISCLOSED } from '../words/import.ts';

/**
 * Cell values of organogram returns and HR exports. Every function takes a trimmed cell.
 */

/** A cell without one pair of surrounding quotes: returns write `'Vacant'` and `"'Head of HR'"` (people.md). */
export function unquote(v: string): string {
  const m = /^(['"‘’“”])(.*)(['"‘’“”])$/s.exec(v);
  return m ? m[2]!.trim() : v;
}

/**
 * A number as written in a return: `1`, `0.6`, `£1,234.50`, `1 234`. Thousands separators (commas or spaces
 * between digit groups) and a leading `£` are allowed. Null when the cell is blank or not a finite number ≥ 0.
 */
export function parseAmount(v: string): number | null {
  const s = unquote(v).replace(/^£\s*/, '');
  if (!/^(\d{1,3}([, ]\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) return null;
  const n = Number(s.replace(/[, ]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** `N/D` or `ND` (any case, quoted or not): the return declines to disclose. */
export const isNotDisclosed = (v: string): boolean => /^n\/?d$/i.test(unquote(v));

/**
 * A post's holder from a Name cell (people.md): blank, `Vacant` or `N/A` → null (vacant); `N/D` or `ND` →
 * "Not disclosed"; surrounding quotes dropped; anything else as written.
 */
export function holderOf(v: string): string | null {
  const s = unquote(v);
  if (s === '' || /^(vacant|n\/a)$/i.test(s)) return null;
  if (isNotDisclosed(s)) return NOT_DISCLOSED;
  return s;
}

/** Name `Eliminated`, quoted or not, any case: a post the return lists as gone (people.md). */
export const isEliminated = (v: string): boolean => /^eliminated$/i.test(unquote(v));

/** A "reports to" cell that means "no manager": `XX`, `X`, `N/A` or blank, any case (people.md). */
export const isNoManager = (v: string): boolean => /^(xx|x|n\/a|)$/i.test(unquote(v));

/** A row's place with the post's job title for its warnings (types.ts ImportWarning.title), when the row gives one. */
export function titled<P extends { file: string; row: number }>(place: P, title: string): P & { title?: string } {
  return title === '' ? place : { ...place, title };
}
