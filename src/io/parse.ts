import { placeOf } from './paths.ts';
import { looksClean, MAX_JSON_DEPTH, scanJson, type JsonScan } from './jsonScan.ts';
import type { LineColumn, TextProblem } from './problems.ts';
import { validateWorkspace, type WorkspaceResult } from './validate.ts';

/** Line and column (both from 1) of character offsets, with one pass over the text however many are asked. */
function positions(text: string): (offset: number) => LineColumn {
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
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The scan's findings as problems, each with its line, column and place in the file (`data` labels array items by id). */
function scanProblems(text: string, scan: JsonScan, data: unknown): TextProblem[] {
  const pos = positions(text);
  if (scan.syntax) return [{ kind: 'json-syntax', at: pos(scan.syntax.offset), reason: scan.syntax.reason }];
  const problems: TextProblem[] = [];
  if (scan.tooDeep) problems.push({ kind: 'too-deep', at: pos(scan.tooDeep.offset), max: MAX_JSON_DEPTH, place: placeOf(data, scan.tooDeep.path.slice(0, 8)) });
  for (const d of scan.duplicates) problems.push({ kind: 'duplicate-field', at: pos(d.offset), key: d.key, place: placeOf(data, d.path) });
  for (const t of scan.tooLarge) problems.push({ kind: 'number-too-large', at: pos(t.offset), literal: t.literal, place: placeOf(data, t.path) });
  return problems;
}

/**
 * Reads workspace text. Pure: an invalid file gives typed problems (problems.ts) and no workspace, so nothing loaded
 * before it changes. Beyond JSON.parse, the text is scanned (without recursion) for what JSON.parse accepts in
 * silence: duplicate field names, numbers too large for a double, and nesting deeper than MAX_JSON_DEPTH (which
 * would overflow the stack of any recursive reader further on).
 */
export function parseWorkspace(text: string): WorkspaceResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ kind: 'empty-file' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const errors = scanProblems(body, scanJson(body), undefined);
    return { ok: false, errors: errors.length > 0 ? errors : [{ kind: 'json-engine', message: e instanceof Error ? e.message : String(e) }] };
  }
  if (!looksClean(body)) {
    const errors = scanProblems(body, scanJson(body), data);
    if (errors.length > 0) return { ok: false, errors };
  }
  return validateWorkspace(data);
}
