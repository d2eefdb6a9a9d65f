/**
 * A figure an officer typed into a form (FTE, a pay band's ends), read without guessing.
 *
 * Accepted: a plain number with a point for decimals ("1.5", ".5", "120"); commas only as thousands separators,
 * in groups of three ("1,150" is 1150, "1,234,567.5"); a leading "£" and spaces around it ("£50,000").
 * Refused, never read as some other number: a comma that could be a decimal comma ("1,5", "12,34": `ambiguous`,
 * as a continental keyboard types 1.5) and anything else that is not a number as above ("1.2.3", "1,50,000",
 * "many": `malformed`). Blank text is `blank` (the field is left out). Signs are not read: FTE and pay are never
 * negative (people.md, "Staffing").
 */
export type TypedFigure = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'ambiguous' | 'malformed' };

const PLAIN = /^(\d+(\.\d+)?|\.\d+)$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** One comma with digits either side, not a thousands group: a decimal comma, or a typo for one. */
const DECIMAL_COMMA = /^\d+,\d+$/;

/** Reads `text` as above; the value is a plain number (units are the field's: FTE, £ a year). */
export function readTypedFigure(text: string): TypedFigure {
  const t = text.trim().replace(/^£\s*/, '');
  if (t === '') return text.trim() === '' ? { kind: 'blank' } : { kind: 'malformed' };
  if (PLAIN.test(t)) return { kind: 'number', value: Number(t) };
  if (GROUPED.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')) };
  return DECIMAL_COMMA.test(t) ? { kind: 'ambiguous' } : { kind: 'malformed' };
}
