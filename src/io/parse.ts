import { placeOf } from './paths.ts';
import { looksClean, MAX_JSON_DEPTH, scanJson, type JsonScan } from './jsonScan.ts';
import { validateWorkspace, type WorkspaceResult } from './validate.ts';

/** Line and column (both from 1) of character offsets, with one pass over the text however many are asked. */
function positions(text: string): (offset: number) => string {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo]! + 1}`;
  };
}

const within = (place: string): string => (place === '' ? 'at the top level' : `in ${place}`);

/** The scan's findings as error lines, each with its place in the file (`data` labels array items by id). */
function scanErrors(text: string, scan: JsonScan, data: unknown): string[] {
  const pos = positions(text);
  const errors: string[] = [];
  if (scan.syntax) return [`not valid JSON: ${pos(scan.syntax.offset)}: ${scan.syntax.reason}`];
  if (scan.tooDeep) {
    errors.push(`${pos(scan.tooDeep.offset)}: nested more than ${MAX_JSON_DEPTH} levels deep ${within(placeOf(data, scan.tooDeep.path.slice(0, 8)))}…; a workspace never nests that deep`);
  }
  for (const d of scan.duplicates) {
    errors.push(`${pos(d.offset)}: field ${JSON.stringify(d.key)} appears twice ${within(placeOf(data, d.path))}; JSON keeps only the last, so say it once`);
  }
  for (const t of scan.tooLarge) {
    const lit = t.literal.length > 40 ? `${t.literal.slice(0, 40)}… (${t.literal.length} digits)` : t.literal;
    errors.push(`${pos(t.offset)}: the number ${lit} ${within(placeOf(data, t.path))} is too large (the largest is about 1.8e308)`);
  }
  return errors;
}

/**
 * Reads workspace text. Pure: an invalid file gives errors and no workspace, so nothing loaded before it changes.
 * Beyond JSON.parse, the text is scanned (without recursion) for what JSON.parse accepts in silence:
 * duplicate field names, numbers too large for a double, and nesting deeper than MAX_JSON_DEPTH
 * (which would overflow the stack of any recursive reader further on).
 */
export function parseWorkspace(text: string): WorkspaceResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty'] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const scan = scanJson(body);
    const errors = scanErrors(body, scan, undefined);
    return { ok: false, errors: errors.length > 0 ? errors : [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!looksClean(body)) {
    const errors = scanErrors(body, scanJson(body), data);
    if (errors.length > 0) return { ok: false, errors };
  }
  return validateWorkspace(data);
}
