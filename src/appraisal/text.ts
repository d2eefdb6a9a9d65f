import { readableColumns, RECONSTRUCTED_MARK, RECONSTRUCTED_NOTE, shownValue, type CellValue, type Column } from './columns.ts';
import type { AppraisalRow, AppraisalTable } from './table.ts';

const WIDTH = 24;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

const show = (v: CellValue): string => (v === null || v === '' ? '—' : String(v));

function gridValue(c: Column, row: AppraisalRow, currency: string): string {
  if (c.key === 'lead') return show(row.evidence.lead?.id ?? null);
  if (c.group === 'criterion') return show(c.value(row));
  return clip(show(shownValue(c, row, currency)), WIDTH);
}

/** Columns of structures, rows of evidence and scores; then each structure's details (who, which, notes). */
export function toText(table: AppraisalTable): string {
  const columns = readableColumns(table.rows);
  const rowsOfGrid = columns.filter((c) => c.key !== 'id' && c.key !== 'title' && c.key !== 'preferred' && c.key !== 'reconstructed');
  const labels = rowsOfGrid.map((c) => clip(c.header, 44));
  const labelWidth = labels.reduce((w, l) => Math.max(w, l.length), 0);
  const heads = table.rows.map((r) => `${r.evidence.id}${r.evidence.reconstructed ? ` ${RECONSTRUCTED_MARK}` : ''}${r.preferred ? ' *' : ''}`);
  const cells = rowsOfGrid.map((c) => table.rows.map((r) => gridValue(c, r, table.currency)));
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((line) => line[i]!.length)));
  const pad = (text: string, w: number, right: boolean) => (right ? text.padStart(w) : text.padEnd(w));
  const out = [`Appraisal: ${table.title}`, ''];
  out.push([''.padEnd(labelWidth), ...heads.map((h, i) => pad(h, widths[i]!, true))].join('  ').trimEnd());
  rowsOfGrid.forEach((c, k) => {
    out.push([labels[k]!.padEnd(labelWidth), ...cells[k]!.map((v, i) => pad(v, widths[i]!, c.numeric))].join('  ').trimEnd());
  });
  out.push('', table.preferred ? '* preferred option' : 'No preferred option recorded.');
  if (table.rows.some((r) => r.evidence.reconstructed)) out.push(RECONSTRUCTED_NOTE);
  out.push('');
  for (const row of table.rows) {
    out.push(`${row.evidence.id}: ${row.evidence.title}${row.evidence.reconstructed ? ` ${RECONSTRUCTED_MARK}` : ''}${row.preferred ? ' (preferred)' : ''}`);
    const lead = row.evidence.lead;
    if (lead) out.push(`  Statutory lead: ${lead.name}${lead.inferred ? ' (inferred)' : ''}`);
    for (const c of columns) {
      const evidence = c.evidence?.(row, table.currency) ?? '';
      if (evidence !== '') out.push(`  ${c.header}, evidence: ${evidence}`);
      const detail = c.detail?.(row) ?? '';
      if (detail === '') continue;
      const value = c.group === 'criterion' ? show(c.value(row)) : String(c.value(row));
      out.push(`  ${c.header}: ${value}: ${detail.replace(/\s*[\r\n]+\s*/g, ' / ')}`);
    }
  }
  return out.join('\n');
}
