import { readableColumns, shownValue, type CellValue, type Column } from './columns.ts';
import type { AppraisalRow, AppraisalTable } from './table.ts';
import {
  appraisalHeading, EMPTY_CELL, evidenceLine, leadLine, NO_PREFERRED, PREFERRED_AFTER_TITLE, PREFERRED_KEY, PREFERRED_MARK, RECONSTRUCTED_MARK,
  RECONSTRUCTED_NOTE,
} from '../words/appraisal.ts';
import { FSI, PDI, userText } from '../words/text.ts';

/** Widest cell of the grid, in characters (code points); longer values are cut with "…". */
const WIDTH = 24;
/** Widest row label, in characters. */
const LABEL_WIDTH = 52;

/** Width of text as a terminal counts it here: code points, not UTF-16 units (an emoji or astral letter is one), isolates not counted. */
const width = (text: string): number => Array.from(text).filter((c) => c !== FSI && c !== PDI).length;

/** User text on one line of at most `max` characters, cut with "…": control characters shown, right-to-left text isolated. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const points = Array.from(flat);
  return userText(points.length <= max ? flat : `${points.slice(0, max - 1).join('')}…`);
}

/** A detail (names, an officer's note) on one line: line breaks as " / ", control characters shown. */
const oneLine = (text: string): string => userText(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' / '));

const padStart = (text: string, w: number): string => ' '.repeat(Math.max(0, w - width(text))) + text;
const padEnd = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - width(text)));

const show = (v: CellValue): string => (v === null || v === '' ? EMPTY_CELL : String(v));

function gridValue(c: Column, row: AppraisalRow, currency: string): string {
  if (c.group === 'criterion') return show(c.value(row));
  return clip(show(shownValue(c, row, currency)), WIDTH);
}

/**
 * Columns of structures (headed by id, † for a reconstruction, * for the preferred one), rows of evidence and
 * scores, in names (the statutory lead by its name, cut to 24 characters); every cell flush right under its
 * column's head, an empty one as "—". Then each structure's details (who, which, notes).
 */
export function toText(table: AppraisalTable): string {
  const columns = readableColumns(table.rows);
  const rowsOfGrid = columns.filter((c) => c.key !== 'id' && c.key !== 'title' && c.key !== 'preferred' && c.key !== 'reconstructed');
  const labels = rowsOfGrid.map((c) => clip(c.header, LABEL_WIDTH));
  const labelWidth = labels.reduce((w, l) => Math.max(w, width(l)), 0);
  const heads = table.rows.map((r) => `${clip(r.evidence.id, WIDTH)}${r.evidence.reconstructed ? ` ${RECONSTRUCTED_MARK}` : ''}${r.preferred ? ` ${PREFERRED_MARK}` : ''}`);
  const cells = rowsOfGrid.map((c) => table.rows.map((r) => gridValue(c, r, table.currency)));
  const widths = heads.map((h, i) => Math.max(width(h), ...cells.map((line) => width(line[i]!))));
  const out = [appraisalHeading(oneLine(table.title)), ''];
  out.push([''.padEnd(labelWidth), ...heads.map((h, i) => padStart(h, widths[i]!))].join('  ').trimEnd());
  rowsOfGrid.forEach((_, k) => {
    out.push([padEnd(labels[k]!, labelWidth), ...cells[k]!.map((v, i) => padStart(v, widths[i]!))].join('  ').trimEnd());
  });
  out.push('', table.preferred ? PREFERRED_KEY : NO_PREFERRED);
  if (table.rows.some((r) => r.evidence.reconstructed)) out.push(RECONSTRUCTED_NOTE);
  out.push('');
  for (const row of table.rows) {
    out.push(`${oneLine(row.evidence.id)}: ${oneLine(row.evidence.title)}${row.evidence.reconstructed ? ` ${RECONSTRUCTED_MARK}` : ''}${row.preferred ? ` ${PREFERRED_AFTER_TITLE}` : ''}`);
    const lead = row.evidence.lead;
    if (lead) out.push(`  ${leadLine(oneLine(lead.name), lead.inferred)}`);
    for (const c of columns) {
      const evidence = c.evidence?.(row, table.currency) ?? '';
      if (evidence !== '') out.push(`  ${evidenceLine(c.header, evidence)}`);
      const detail = c.detail?.(row) ?? '';
      if (detail === '') continue;
      const value = c.group === 'criterion' ? show(c.value(row)) : String(c.value(row));
      out.push(`  ${c.header}: ${value}: ${oneLine(detail)}`);
    }
  }
  return out.join('\n');
}
