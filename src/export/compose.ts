import type { RenderedChart } from './chart.ts';
import { renderLegend, type Block, type LegendInput } from './legend.ts';
import { fitFrame, GAP, MARGIN, MAX_SCALE, place, renderTitleBlock, sheet, type PageFrame, type PageSize, type TitleInput } from './page.ts';
import { attrs, textLines } from './svg.ts';
import { wrapText } from './text.ts';
import { INK, MUTED } from './theme.ts';

export interface Pane {
  label?: string;
  chart: RenderedChart;
}

export interface PageInput {
  page: PageSize;
  title: TitleInput;
  panes: Pane[];
  /** A column (or a few) beside the charts: the change table, columns `columnWidth` wide, aiming at `maxHeight`. */
  side?: (columnWidth: number, maxHeight: number) => Block;
  notes: string[];
  legend: LegendInput;
}

const LABEL = { size: 12, line: 15 } as const;
const NOTE = { size: 10, line: 14 } as const;
const SIDE_COLUMN = 290;
const MIN_FIT_WIDTH = 620;
const FIT_SIDE_HEIGHT = 700;

function notesBlock(notes: readonly string[], width: number): Block {
  const lines = notes.flatMap((n) => wrapText(n, width, NOTE.size));
  return { svg: textLines(lines, 0, NOTE.size, NOTE.line, { 'font-size': NOTE.size, fill: MUTED }), width, height: lines.length * NOTE.line };
}

function labelBlock(label: string | undefined, width: number): Block {
  if (!label) return { svg: '', width, height: 0 };
  const lines = wrapText(label, width, LABEL.size, true);
  return { svg: textLines(lines, 0, LABEL.size, LABEL.line, { 'font-size': LABEL.size, 'font-weight': 'bold', fill: INK }), width, height: lines.length * LABEL.line + 6 };
}

/** The side column shrinks, if it must, to half the width and to the height of the chart area. */
function sideScaleFor(side: Block, contentWidth: number, areaHeight: number): number {
  return Math.min(1, contentWidth / 2 / side.width, areaHeight / side.height);
}

type Arrangement = 'row' | 'column';

/** Width and height of the panes at scale 1 (labels excepted), side by side or one above the other. */
function extent(panes: readonly Pane[], arrangement: Arrangement): { width: number; height: number } {
  const ws = panes.map((p) => p.chart.width);
  const hs = panes.map((p) => p.chart.height);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return arrangement === 'row' ? { width: sum(ws), height: Math.max(...hs) } : { width: Math.max(...ws), height: sum(hs) };
}

/** The largest scale at which the panes fit the room, labels and gaps at full size. */
function scaleFor(panes: readonly Pane[], arrangement: Arrangement, room: { width: number; height: number }, labelHeight: number): number {
  const e = extent(panes, arrangement);
  const between = GAP * 2 * (panes.length - 1);
  const width = room.width - (arrangement === 'row' ? between : 0);
  const height = room.height - (arrangement === 'row' ? labelHeight : labelHeight * panes.length + between);
  return Math.max(0.01, Math.min(MAX_SCALE, width / Math.max(1, e.width), height / Math.max(1, e.height)));
}

/**
 * Places title, charts (all at one scale), the side column, notes and key on a sheet or on a page fitted to them.
 * Several charts go side by side, or one above the other where that lets them be drawn larger (wide, shallow charts).
 */
export function composePage(input: PageInput): { frame: PageFrame; body: string } {
  const { panes } = input;
  const fit = input.page === 'fit';
  const labelHeight = LABEL.line + 6;
  let arrangement: Arrangement = 'row';
  let contentWidth: number;
  let side: Block | undefined;
  if (fit) {
    const ratio = (a: Arrangement) => {
      const e = extent(panes, a);
      return Math.abs(Math.log(e.width / Math.max(1, e.height) / Math.SQRT2));
    };
    arrangement = panes.length > 1 && ratio('column') < ratio('row') ? 'column' : 'row';
    const e = extent(panes, arrangement);
    side = input.side?.(SIDE_COLUMN, Math.max(FIT_SIDE_HEIGHT, e.height));
    const chartsWidth = e.width + (arrangement === 'row' ? GAP * 2 * (panes.length - 1) : 0);
    contentWidth = Math.max(MIN_FIT_WIDTH, chartsWidth + (side ? side.width + 2 * GAP : 0));
  } else {
    contentWidth = sheet(input.page as 'a4' | 'a3').width - 2 * MARGIN;
  }

  const title = renderTitleBlock(input.title, contentWidth);
  const notes = notesBlock(input.notes, contentWidth);
  const legend = renderLegend(input.legend, contentWidth);
  const bottom = (notes.height > 0 ? notes.height + 6 : 0) + legend.height;
  const areaTop = MARGIN + title.height + GAP;
  const labelled = panes.some((p) => p.label);

  let frame: PageFrame;
  let scale: number;
  let areaHeight: number;
  if (fit) {
    scale = 1;
    const e = extent(panes, arrangement);
    const chartsHeight = e.height + (labelled ? labelHeight * (arrangement === 'row' ? 1 : panes.length) : 0) +
      (arrangement === 'column' ? GAP * 2 * (panes.length - 1) : 0);
    areaHeight = Math.max(chartsHeight, side?.height ?? 0);
    frame = fitFrame(contentWidth + 2 * MARGIN, areaTop + areaHeight + GAP + bottom + MARGIN);
  } else {
    frame = sheet(input.page as 'a4' | 'a3');
    areaHeight = frame.height - MARGIN - bottom - GAP - areaTop;
    side = input.side?.(SIDE_COLUMN, areaHeight);
    const room = { width: contentWidth - (side ? sideScaleFor(side, contentWidth, areaHeight) * side.width + 2 * GAP : 0), height: areaHeight };
    const lh = labelled ? labelHeight : 0;
    const byRow = scaleFor(panes, 'row', room, lh);
    const byColumn = scaleFor(panes, 'column', room, lh);
    arrangement = panes.length > 1 && byColumn > byRow ? 'column' : 'row';
    scale = Math.max(byRow, panes.length > 1 ? byColumn : 0);
  }

  const sideScale = side ? sideScaleFor(side, contentWidth, fit ? Infinity : areaHeight) : 1;
  const sideWidth = side ? side.width * sideScale : 0;
  const chartsRoom = contentWidth - (side ? sideWidth + 2 * GAP : 0);

  const parts: string[] = [place(title.svg, MARGIN, MARGIN)];
  const used = extent(panes, arrangement);
  const usedWidth = used.width * scale + (arrangement === 'row' ? GAP * 2 * (panes.length - 1) : 0);
  const left = MARGIN + Math.max(0, (chartsRoom - usedWidth) / 2);
  let x = left;
  let y = areaTop;
  panes.forEach((p, i) => {
    const w = p.chart.width * scale;
    const h = p.chart.height * scale;
    if (i > 0) {
      const line = arrangement === 'row'
        ? { x1: x - GAP, y1: areaTop, x2: x - GAP, y2: areaTop + areaHeight }
        : { x1: MARGIN, y1: y - GAP, x2: MARGIN + chartsRoom, y2: y - GAP };
      parts.push(`<line${attrs({ ...line, stroke: '#999999', 'stroke-width': 0.8, 'stroke-dasharray': '2 3' })}/>`);
    }
    const label = labelBlock(p.label, arrangement === 'row' ? Math.max(w, 160) : chartsRoom);
    if (label.svg) parts.push(place(label.svg, arrangement === 'row' ? x : MARGIN, y));
    const chartTop = y + (labelled ? labelHeight : 0);
    parts.push(place(p.chart.svg, x, chartTop, scale));
    if (arrangement === 'row') x += w + GAP * 2;
    else y = chartTop + h + GAP * 2;
  });
  if (side) {
    const sideX = MARGIN + contentWidth - sideWidth;
    parts.push(`<line${attrs({ x1: sideX - GAP, y1: areaTop, x2: sideX - GAP, y2: areaTop + areaHeight, stroke: '#999999', 'stroke-width': 0.8 })}/>`);
    parts.push(place(side.svg, sideX, areaTop, sideScale));
  }
  const bottomTop = frame.height - MARGIN - bottom;
  if (notes.height > 0) parts.push(place(notes.svg, MARGIN, bottomTop));
  parts.push(place(legend.svg, MARGIN, bottomTop + (notes.height > 0 ? notes.height + 6 : 0)));
  return { frame, body: parts.join('\n') };
}
