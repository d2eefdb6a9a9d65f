import type { NumberedChange } from './changes.ts';
import { CATEGORY_LABEL } from '../words/changes.ts';
import { escapeXml } from './escape.ts';
import type { Block } from './legend.ts';
import { pill } from './node.ts';
import { attrs, textLines } from './svg.ts';
import { wrapText } from './text.ts';
import { INK, MUTED } from './theme.ts';

const SIZE = 9.5;
const LINE = 12.5;
const NUM_COL = 26;
const ROW_GAP = 6;
const HEAD = 24;
const COLUMN_GAP = 18;
const MAX_COLUMNS = 2;

/** One row drawn from y = 0: number badge, "Category: what changed", then each reason in italics (a repeated one by reference). */
function renderRow(c: NumberedChange, width: number, firstSaid: Map<string, number>): Block {
  const textWidth = width - NUM_COL;
  const parts: string[] = [`<line${attrs({ x1: 0, y1: 0, x2: width, y2: 0, stroke: '#bbbbbb', 'stroke-width': 0.6 })}/>`];
  let y = ROW_GAP;
  parts.push(pill(String(c.n), 10, y + 6, INK, 'middle').svg);
  const label = `${CATEGORY_LABEL[c.category]}:`;
  const [first = '', ...rest] = wrapText(`${label} ${c.text}`, textWidth, SIZE);
  const bold = first.startsWith(label) ? label : '';
  parts.push(`<text${attrs({ x: NUM_COL, y: y + SIZE, 'font-size': SIZE, fill: INK })}>` +
    (bold ? `<tspan font-weight="bold">${escapeXml(bold)}</tspan>${escapeXml(first.slice(bold.length))}` : escapeXml(first)) + '</text>');
  parts.push(textLines(rest, NUM_COL, y + SIZE + LINE, LINE, { 'font-size': SIZE, fill: INK }));
  y += (rest.length + 1) * LINE;
  for (const why of c.why) {
    const said = firstSaid.get(why);
    if (said === undefined) firstSaid.set(why, c.n);
    const lines = wrapText(said === undefined ? `Why: ${why}` : `Why: as for ${said}.`, textWidth - 8, SIZE - 0.5);
    parts.push(textLines(lines, NUM_COL + 8, y + SIZE, LINE - 0.5, { 'font-size': SIZE - 0.5, 'font-style': 'italic', fill: MUTED }));
    y += lines.length * (LINE - 0.5);
  }
  return { svg: parts.join(''), width, height: y + ROW_GAP };
}

/**
 * The numbered change table: each row's number matches the badge on the charts. Rows flow into up to two
 * columns of `columnWidth` so the table keeps to `maxHeight` where it can.
 */
export function renderChangeTable(changes: readonly NumberedChange[], columnWidth: number, heading: string, maxHeight: number): Block {
  const parts: string[] = [textLines([heading], 0, 13, 0, { 'font-size': 12, 'font-weight': 'bold', fill: INK })];
  if (changes.length === 0) {
    parts.push(textLines(['No differences.'], 0, HEAD + SIZE, 0, { 'font-size': SIZE, fill: MUTED }));
    return { svg: parts.join(''), width: columnWidth, height: HEAD + LINE };
  }
  const firstSaid = new Map<string, number>();
  const rows = changes.map((c) => renderRow(c, columnWidth, firstSaid));
  const total = rows.reduce((sum, r) => sum + r.height, 0);
  const columns = Math.min(MAX_COLUMNS, Math.max(1, Math.ceil(total / Math.max(1, maxHeight - HEAD))));
  const target = Math.max(maxHeight - HEAD, total / columns);
  let column = 0;
  let y = HEAD;
  let height = HEAD;
  for (const row of rows) {
    if (y > HEAD && y + row.height > HEAD + target && column < columns - 1) {
      column++;
      y = HEAD;
    }
    parts.push(`<g${attrs({ transform: `translate(${column * (columnWidth + COLUMN_GAP)},${y.toFixed(2)})` })}>${row.svg}</g>`);
    y += row.height;
    height = Math.max(height, y);
  }
  return { svg: parts.join(''), width: (column + 1) * columnWidth + column * COLUMN_GAP, height };
}
