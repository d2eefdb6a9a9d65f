import type { RenderedChart } from './chart.ts';
import { renderLegend, type Block, type LegendInput } from './legend.ts';
import {
  fitFrame, GAP, MARGIN, MAX_SCALE, place, renderTitleBlock, sheet, type Orientation, type PageFrame, type PageSize, type TitleInput,
} from './page.ts';
import { attrs, textLines } from './svg.ts';
import { wrapText } from './text.ts';
import { INK, MUTED } from './theme.ts';

export interface Pane {
  label?: string;
  chart: RenderedChart;
}

export interface PageInput {
  page: PageSize;
  orientation: Orientation;
  title: TitleInput;
  panes: Pane[];
  /** A block beside the charts at full size (a part of the change table), or none. */
  side?: Block | undefined;
  notes: string[];
  legend: LegendInput;
}

const LABEL = { size: 12, line: 15 } as const;
const NOTE = { size: 10, line: 14 } as const;
const MIN_FIT_WIDTH = 620;
/** The narrowest a pane's label is wrapped to, in page units. */
const MIN_LABEL_WIDTH = 160;

function notesBlock(notes: readonly string[], width: number): Block {
  const lines = notes.flatMap((n) => wrapText(n, width, NOTE.size));
  return { svg: textLines(lines, 0, NOTE.size, NOTE.line, { 'font-size': NOTE.size, fill: MUTED }), width, height: lines.length * NOTE.line };
}

function labelBlock(label: string | undefined, width: number): Block {
  if (!label) return { svg: '', width, height: 0 };
  const lines = wrapText(label, width, LABEL.size, true);
  return { svg: textLines(lines, 0, LABEL.size, LABEL.line, { 'font-size': LABEL.size, 'font-weight': 'bold', fill: INK }), width, height: lines.length * LABEL.line + 6 };
}

type Arrangement = 'row' | 'column';

/** Width and height of the panes at scale 1 (labels excepted), side by side or one above the other. */
function extent(panes: readonly Pane[], arrangement: Arrangement): { width: number; height: number } {
  const ws = panes.map((p) => p.chart.width);
  const hs = panes.map((p) => p.chart.height);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return arrangement === 'row' ? { width: sum(ws), height: Math.max(...hs) } : { width: Math.max(...ws), height: sum(hs) };
}

const between = (panes: readonly Pane[]) => GAP * 2 * (panes.length - 1);

/** The height of the tallest label when each is wrapped to its width. */
const labelsHeight = (panes: readonly Pane[], widths: readonly number[]) => Math.max(0, ...panes.map((p, i) => labelBlock(p.label, widths[i]!).height));

interface PageMeasure {
  frame: PageFrame;
  arrangement: Arrangement;
  /** The scale the charts are drawn at. */
  scale: number;
  contentWidth: number;
  areaTop: number;
  areaHeight: number;
  /** Width of the charts' room (the side block and its gap excepted). */
  chartsRoom: number;
  /** Each pane's label is wrapped to its width; the charts start the height of the tallest below the labels' top. */
  labelWidths: number[];
  labelHeight: number;
  title: Block;
  notes: Block;
  legend: Block;
}

/** Side by side, a pane takes its chart's width or its label's, whichever is wider. */
const paneWidth = (p: Pane, scale: number, arrangement: Arrangement, chartsRoom: number) =>
  arrangement === 'column' ? chartsRoom : Math.max(p.label ? MIN_LABEL_WIDTH : 0, p.chart.width * scale);

/**
 * Where everything goes: on a sheet, the charts at the largest scale (at most `MAX_SCALE`) at which they and their
 * labels fit beside the side block; on a fitted page, scale 1 and a page sized to hold them. Several charts go side
 * by side, or one above the other where that draws them larger. Labels wrap to the width of their pane, and the
 * charts start below the tallest, so a long label never runs into a chart (the deep-chain case).
 */
export function measurePage(input: PageInput): PageMeasure {
  const { panes, side } = input;
  const fit = input.page === 'fit';
  const sideRoom = side ? side.width + 2 * GAP : 0;
  let arrangement: Arrangement = 'row';
  let contentWidth: number;
  if (fit) {
    const ratio = (a: Arrangement) => {
      const e = extent(panes, a);
      return Math.abs(Math.log(e.width / Math.max(1, e.height) / Math.SQRT2));
    };
    arrangement = panes.length > 1 && ratio('column') < ratio('row') ? 'column' : 'row';
    const e = extent(panes, arrangement);
    const rowWidth = panes.reduce((sum, p) => sum + paneWidth(p, 1, 'row', 0), 0);
    contentWidth = Math.max(MIN_FIT_WIDTH, (arrangement === 'row' ? rowWidth + between(panes) : e.width) + sideRoom);
  } else {
    contentWidth = sheet(input.page as 'a4' | 'a3', input.orientation).width - 2 * MARGIN;
  }
  const title = renderTitleBlock(input.title, contentWidth);
  const notes = notesBlock(input.notes, contentWidth);
  const legend = renderLegend(input.legend, contentWidth);
  const bottom = (notes.height > 0 ? notes.height + 6 : 0) + legend.height;
  const areaTop = MARGIN + title.height + GAP;
  const chartsRoom = contentWidth - sideRoom;
  const widthsAt = (a: Arrangement, scale: number) => panes.map((p) => paneWidth(p, scale, a, chartsRoom));

  if (fit) {
    const labelWidths = widthsAt(arrangement, 1);
    const labelHeight = labelsHeight(panes, labelWidths);
    const e = extent(panes, arrangement);
    const chartsHeight = e.height + labelHeight * (arrangement === 'row' ? 1 : panes.length) + (arrangement === 'column' ? between(panes) : 0);
    const areaHeight = Math.max(chartsHeight, side?.height ?? 0);
    const frame = fitFrame(contentWidth + 2 * MARGIN, areaTop + areaHeight + GAP + bottom + MARGIN);
    return { frame, arrangement, scale: 1, contentWidth, areaTop, areaHeight, chartsRoom, labelWidths, labelHeight, title, notes, legend };
  }
  const frame = sheet(input.page as 'a4' | 'a3', input.orientation);
  const areaHeight = frame.height - MARGIN - bottom - GAP - areaTop;
  const scaleIn = (a: Arrangement) => {
    const e = extent(panes, a);
    const width = chartsRoom - (a === 'row' ? between(panes) : 0);
    const scaleWith = (labelHeight: number) => {
      const height = areaHeight - (a === 'row' ? labelHeight : labelHeight * panes.length + between(panes));
      return Math.max(0.001, Math.min(MAX_SCALE, width / Math.max(1, e.width), height / Math.max(1, e.height)));
    };
    // Labels wrap to their pane, whose width depends on the scale: guess at an even share, then settle.
    let labelHeight = labelsHeight(panes, panes.map(() => Math.max(MIN_LABEL_WIDTH, a === 'row' ? width / panes.length : width)));
    let scale = scaleWith(labelHeight);
    let labelWidths = widthsAt(a, scale);
    const settled = labelsHeight(panes, labelWidths);
    if (settled > labelHeight) {
      labelHeight = settled;
      scale = scaleWith(labelHeight);
      labelWidths = widthsAt(a, scale);
    }
    return { scale, labelWidths, labelHeight };
  };
  const byRow = scaleIn('row');
  const byColumn = panes.length > 1 ? scaleIn('column') : null;
  arrangement = byColumn && byColumn.scale > byRow.scale ? 'column' : 'row';
  const chosen = arrangement === 'row' ? byRow : byColumn!;
  return { frame, arrangement, ...chosen, contentWidth, areaTop, areaHeight, chartsRoom, title, notes, legend };
}

/** Draws the page `measurePage` laid out: title, charts (all at one scale), the side block, notes and key. */
export function composePage(input: PageInput): { frame: PageFrame; body: string; scale: number } {
  const { panes, side } = input;
  const m = measurePage(input);
  const { scale, arrangement, areaTop, areaHeight, chartsRoom } = m;
  const parts: string[] = [place(m.title.svg, MARGIN, MARGIN)];
  const used = extent(panes, arrangement);
  const usedWidth = arrangement === 'row' ? m.labelWidths.reduce((a, b) => a + b, 0) + between(panes) : used.width * scale;
  let x = MARGIN + Math.max(0, (chartsRoom - usedWidth) / 2);
  let y = areaTop;
  panes.forEach((p, i) => {
    const h = p.chart.height * scale;
    if (i > 0) {
      const line = arrangement === 'row'
        ? { x1: x - GAP, y1: areaTop, x2: x - GAP, y2: areaTop + areaHeight }
        : { x1: MARGIN, y1: y - GAP, x2: MARGIN + chartsRoom, y2: y - GAP };
      parts.push(`<line${attrs({ ...line, stroke: '#999999', 'stroke-width': 0.8, 'stroke-dasharray': '2 3' })}/>`);
    }
    const label = labelBlock(p.label, m.labelWidths[i]!);
    if (label.svg) parts.push(place(label.svg, arrangement === 'row' ? x : MARGIN, y));
    const chartTop = y + m.labelHeight;
    parts.push(place(p.chart.svg, x, chartTop, scale));
    if (arrangement === 'row') x += m.labelWidths[i]! + GAP * 2;
    else y = chartTop + h + GAP * 2;
  });
  if (side) {
    const sideX = panes.length === 0 ? MARGIN : MARGIN + m.contentWidth - side.width;
    if (panes.length > 0) {
      parts.push(`<line${attrs({ x1: sideX - GAP, y1: areaTop, x2: sideX - GAP, y2: areaTop + areaHeight, stroke: '#999999', 'stroke-width': 0.8 })}/>`);
    }
    parts.push(place(side.svg, sideX, areaTop));
  }
  const bottomTop = m.frame.height - MARGIN - (m.notes.height > 0 ? m.notes.height + 6 : 0) - m.legend.height;
  if (m.notes.height > 0) parts.push(place(m.notes.svg, MARGIN, bottomTop));
  parts.push(place(m.legend.svg, MARGIN, bottomTop + (m.notes.height > 0 ? m.notes.height + 6 : 0)));
  return { frame: m.frame, body: parts.join('\n'), scale };
}
