import type { NumberedChange } from './changes.ts';
import { CATEGORY_LABEL } from '../words/changes.ts';
import { escapeXml } from './escape.ts';
import type { Block } from './legend.ts';
import { pill } from './node.ts';
import { attrs, textLines } from './svg.ts';
import { wrapText } from './text.ts';
import { INK, MIN_FONT, MUTED } from './theme.ts';
import { tableContinued, tableContinuesOn } from '../words/print.ts';
import { CHANGE_TABLE } from '../words/exports.ts';

const SIZE = 10;
const LINE = 13;
/** Reasons in italics, the smallest text of the table: `MIN_FONT`. */
const WHY_SIZE = MIN_FONT;
const NUM_COL = 26;
const ROW_GAP = 6;
const HEAD = 24;
const COLUMN_GAP = 18;

/** One row drawn from y = 0: number badge, "Category: what changed", then each reason in italics (a repeated one by reference). */
function renderRow(c: NumberedChange, width: number, firstSaid: Map<string, number>): Block {
  const textWidth = width - NUM_COL;
  const parts: string[] = [`<line${attrs({ x1: 0, y1: 0, x2: width, y2: 0, stroke: '#bbbbbb', 'stroke-width': 0.6 })}/>`];
  let y = ROW_GAP;
  parts.push(pill(String(c.n), 10, y + 6, INK, 'middle').svg);
  const label = CHANGE_TABLE.label(CATEGORY_LABEL[c.category]);
  const [first = '', ...rest] = wrapText(`${label} ${c.text}`, textWidth, SIZE);
  const bold = first.startsWith(label) ? label : '';
  parts.push(`<text${attrs({ x: NUM_COL, y: y + SIZE, 'font-size': SIZE, fill: INK })}>` +
    (bold ? `<tspan font-weight="bold">${escapeXml(bold)}</tspan>${escapeXml(first.slice(bold.length))}` : escapeXml(first)) + '</text>');
  parts.push(textLines(rest, NUM_COL, y + SIZE + LINE, LINE, { 'font-size': SIZE, fill: INK }));
  y += (rest.length + 1) * LINE;
  for (const why of c.why) {
    const said = firstSaid.get(why);
    if (said === undefined) firstSaid.set(why, c.n);
    const lines = wrapText(said === undefined ? CHANGE_TABLE.why(why) : CHANGE_TABLE.whyAsFor(said), textWidth - 8, WHY_SIZE);
    parts.push(textLines(lines, NUM_COL + 8, y + SIZE, LINE, { 'font-size': WHY_SIZE, 'font-style': 'italic', fill: MUTED }));
    y += lines.length * (LINE);
  }
  return { svg: parts.join(''), width, height: y + ROW_GAP };
}

export interface TableRoom {
  /** Columns across, each `columnWidth` wide. */
  columns: number;
  /** Height of a column, heading included, in page units. */
  height: number;
}

/**
 * The numbered change table, flowed into columns and onto as many parts (one a page) as it needs: the first part
 * in `first` (or none, when the table starts on a page of its own), the others in `next`. Each row's number
 * matches the badge on the charts; a row is never split. A part that goes on says on which page, and the next
 * part's heading says where it came from; `pageOfPart` numbers the parts' pages (issue 12: the change table
 * continues on further pages rather than shrinking).
 */
export function changeTableParts(
  changes: readonly NumberedChange[], columnWidth: number, heading: string,
  first: TableRoom | null, next: TableRoom, pageOfPart: (part: number) => number,
): Block[] {
  const headingSvg = (text: string) => textLines([text], 0, 13, 0, { 'font-size': 12, 'font-weight': 'bold', fill: INK });
  if (changes.length === 0) {
    return [{ svg: headingSvg(heading) + textLines([CHANGE_TABLE.none], 0, HEAD + SIZE, 0, { 'font-size': SIZE, fill: MUTED }), width: columnWidth, height: HEAD + LINE }];
  }
  const firstSaid = new Map<string, number>();
  const rows = changes.map((c) => renderRow(c, columnWidth, firstSaid));
  const parts: { rows: string[]; columns: number; height: number }[] = [];
  let room = first ?? next;
  let cur = { rows: [] as string[], columns: 1, height: HEAD };
  let column = 0;
  let y = HEAD;
  const bottom = () => room.height - LINE - 4;
  for (const row of rows) {
    if (y > HEAD && y + row.height > bottom()) {
      if (column < room.columns - 1) {
        column++;
        y = HEAD;
        cur.columns = column + 1;
      } else {
        parts.push(cur);
        room = next;
        cur = { rows: [], columns: 1, height: HEAD };
        column = 0;
        y = HEAD;
      }
    }
    cur.rows.push(`<g${attrs({ transform: `translate(${column * (columnWidth + COLUMN_GAP)},${y.toFixed(2)})` })}>${row.svg}</g>`);
    y += row.height;
    cur.height = Math.max(cur.height, y);
  }
  parts.push(cur);
  return parts.map((p, i) => {
    const head = headingSvg(i === 0 ? heading : tableContinued(heading, pageOfPart(i - 1)));
    const onward = i < parts.length - 1
      ? textLines([tableContinuesOn(pageOfPart(i + 1))], 0, p.height + LINE, 0, { 'font-size': SIZE, 'font-style': 'italic', fill: INK })
      : '';
    return {
      svg: head + p.rows.join('') + onward,
      width: p.columns * columnWidth + (p.columns - 1) * COLUMN_GAP,
      height: p.height + (onward ? LINE + 4 : 0),
    };
  });
}

/** How many columns of `columnWidth` fit across `width`. */
export const columnsAcross = (width: number, columnWidth: number): number => Math.max(1, Math.floor((width + COLUMN_GAP) / (columnWidth + COLUMN_GAP)));
