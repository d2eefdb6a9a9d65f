import { COLUMNS, type CellValue } from './columns.ts';
import type { AppraisalTable } from './table.ts';
import { detailHeader } from '../words/appraisal.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180), with text that a spreadsheet would run as a formula made inert by a leading apostrophe. */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The appraisal table as CSV: a header row, then one row per structure (baseline first), CRLF line ends.
 * Counted columns are followed by a column naming what they count; each criterion has a score and a note column.
 */
export function toCsv(table: AppraisalTable): string {
  const header: string[] = [];
  for (const c of COLUMNS) {
    header.push(c.header);
    if (c.detail) header.push(detailHeader(c.header, c.group === 'criterion'));
  }
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const cells: CellValue[] = [];
    for (const c of COLUMNS) {
      cells.push(c.value(row));
      if (c.detail) cells.push(c.detail(row));
    }
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
