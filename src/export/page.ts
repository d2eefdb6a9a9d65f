import { escapeXml } from './escape.ts';
import type { Block } from './legend.ts';
import { markerDefs } from './links.ts';
import { attrs, num, textLines } from './svg.ts';
import { wrapText } from './text.ts';
import { FONT_FAMILY, INK, MIN_FONT, MIN_PT, MUTED, PT_PER_UNIT } from './theme.ts';

export type PageSize = 'a4' | 'a3' | 'fit';
export const PAGE_SIZES: readonly PageSize[] = ['a4', 'a3', 'fit'];
export type Sheet = Exclude<PageSize, 'fit'>;
export type Orientation = 'landscape' | 'portrait';
export const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

/** Landscape sheets in millimetres (ISO 216); portrait swaps width and height. */
export const PAGE_MM: Record<Sheet, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

/** Page units are CSS pixels: 96 to the inch. */
const UNITS_PER_MM = 96 / 25.4;
export const MARGIN = 10 * UNITS_PER_MM;
export const GAP = 14;
/**
 * The smallest scale a chart may be drawn at on a sheet: its smallest text (`MIN_FONT`) then prints at `MIN_PT`.
 * Rounded up a little, as the page writes scales to four decimals.
 */
export const MIN_SCALE = Math.ceil((MIN_PT / (MIN_FONT * PT_PER_UNIT)) * 1e4) / 1e4 + 1e-4;
/** A small chart is enlarged at most this much to fill a sheet. */
export const MAX_SCALE = 1.5;

export interface TitleInput {
  workspaceTitle: string;
  heading: string;
  meta: string;
  /** On a page of several: which page, and where it continues from. */
  pageLine?: string | undefined;
}

/** Workspace title, what the page shows, then dates; wrapped to `width`. */
export function renderTitleBlock(t: TitleInput, width: number): Block {
  const parts: string[] = [];
  let y = 0;
  const add = (text: string, size: number, line: number, a: Record<string, string | number>) => {
    const lines = wrapText(text, width, size, a['font-weight'] === 'bold');
    parts.push(textLines(lines, 0, y + size, line, { 'font-size': size, ...a }));
    y += lines.length * line;
  };
  add(t.workspaceTitle, 18, 23, { 'font-weight': 'bold', fill: INK });
  add(t.heading, 14, 19, { fill: INK });
  if (t.pageLine) add(t.pageLine, 12, 16, { 'font-weight': 'bold', fill: INK });
  y += 3;
  add(t.meta, 10, 14, { fill: MUTED });
  return { svg: parts.join(''), width, height: y };
}

export interface PageFrame {
  width: number;
  height: number;
  /** The width and height attributes: millimetres for a sheet, plain (pixels) for fit. */
  widthAttr: string;
  heightAttr: string;
}

/** A sheet of paper in page units, its width and height attributes in millimetres. */
export function sheet(page: Sheet, orientation: Orientation = 'landscape'): PageFrame {
  const land = PAGE_MM[page];
  const mm = orientation === 'landscape' ? land : { width: land.height, height: land.width };
  return { width: mm.width * UNITS_PER_MM, height: mm.height * UNITS_PER_MM, widthAttr: `${mm.width}mm`, heightAttr: `${mm.height}mm` };
}

/** librsvg (and so the Board-pack toolchain) refuses an image over 32,767 px a side: fitted pages stay under this. */
const MAX_FIT_PX = 32_000;

/**
 * A page fitted to its content, in pixels; one larger than librsvg will draw keeps its viewBox and is given a
 * smaller width and height (the whole drawing scaled down to 32,000 px on its longer side).
 */
export function fitFrame(width: number, height: number): PageFrame {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const shrink = Math.min(1, MAX_FIT_PX / Math.max(w, h));
  return { width: w, height: h, widthAttr: String(Math.floor(w * shrink)), heightAttr: String(Math.floor(h * shrink)) };
}

export interface DocumentInput {
  frame: PageFrame;
  title: string;
  summary: string;
  description: string;
  body: string;
}

/** A standalone SVG document: no scripts, no external references, native elements only. */
export function svgDocument(d: DocumentInput): string {
  const { frame } = d;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({
      width: frame.widthAttr, height: frame.heightAttr, viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
      role: 'img', 'aria-label': d.summary, 'font-family': FONT_FAMILY,
    })}>`,
    `<title>${escapeXml(d.title)}</title>`,
    `<desc>${escapeXml(d.description)}</desc>`,
    `<defs>${markerDefs()}</defs>`,
    `<rect${attrs({ x: 0, y: 0, width: frame.width, height: frame.height, fill: '#ffffff' })}/>`,
    d.body,
    '</svg>',
    '',
  ].join('\n');
}

export function place(block: string, x: number, y: number, scale = 1): string {
  const t = scale === 1 ? `translate(${num(x)},${num(y)})` : `translate(${num(x)},${num(y)}) scale(${scale.toFixed(4)})`;
  return `<g${attrs({ transform: t })}>${block}</g>`;
}
