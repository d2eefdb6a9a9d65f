import { readableColumns, shownValue, type Column } from './columns.ts';
import { appraisalHeading, EMPTY_CELL, NOT_SCORED, PREFERRED_AFTER_TITLE, RECONSTRUCTED_MARK, RECONSTRUCTED_NOTE } from '../words/appraisal.ts';
import { userText } from '../words/text.ts';
import type { AppraisalRow, AppraisalTable } from './table.ts';

/**
 * Text made safe for one cell of a GitHub-flavoured Markdown table: no pipes, no raw HTML, no line breaks; control
 * characters shown rather than obeyed and right-to-left text isolated (src/words `userText`).
 */
export function markdownCell(text: string): string {
  return userText(text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>'));
}

function cell(c: Column, row: AppraisalRow, currency: string): string {
  const value = c.group === 'criterion' && c.value(row) === null ? NOT_SCORED : (shownValue(c, row, currency) ?? EMPTY_CELL);
  const note = c.detail?.(row) ?? '';
  const evidence = c.evidence?.(row, currency) ?? '';
  const detail = evidence === '' ? note : note === '' ? evidence : `${note} (${evidence})`;
  if (c.key === 'title') {
    const mark = row.evidence.reconstructed ? ` ${RECONSTRUCTED_MARK}` : '';
    return row.preferred ? `**${markdownCell(value)}**${mark} ${PREFERRED_AFTER_TITLE}` : `${markdownCell(value)}${mark}`;
  }
  return markdownCell(detail === '' ? value : c.group === 'criterion' ? `${value}: ${detail}` : `${value} (${detail})`);
}

/** The appraisal table in Markdown: a heading, then options as rows and evidence and criteria as columns. */
export function toMarkdown(table: AppraisalTable): string {
  const columns = readableColumns(table.rows).filter((c) => c.key !== 'preferred' && c.key !== 'reconstructed');
  const lines = [
    `## ${markdownCell(appraisalHeading(table.title))}`,
    '',
    `| ${columns.map((c) => markdownCell(c.header)).join(' | ')} |`,
    `| ${columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${columns.map((c) => cell(c, row, table.currency)).join(' | ')} |`),
    ...(table.rows.some((r) => r.evidence.reconstructed) ? ['', markdownCell(RECONSTRUCTED_NOTE)] : []),
  ];
  return `${lines.join('\n')}\n`;
}
