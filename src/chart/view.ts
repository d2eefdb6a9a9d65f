import type { Layout, LaidNode } from './layout.ts';

/** Pan and zoom: a chart point p is drawn at (x + k·p.x, y + k·p.y) CSS px in the pane. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Smallest and largest scale of the first view: at 0.9 names (12.5 units) are 11.25 px and the smallest box text (9 units) 8.1 px. */
export const READABLE_SCALE = 0.9;
export const FIRST_VIEW_MAX_SCALE = 1;
export const MIN_SCALE = 0.03;
export const MAX_SCALE = 3;
/** Below this scale boxes are drawn bare (no text): it would be under 4 px. */
export const COARSE_BELOW = 0.35;
/** Each Zoom in / Zoom out step. */
export const ZOOM_STEP = 1.25;
const PAD = 24;
/**
 * Room above the top row in the first view and the fit: the zoom controls lie over the pane's top right corner
 * (ZoomControls: 0.4rem down, 2rem buttons, about 40 px) and a change badge stands 9 units above its box, so the top
 * boxes, their badges and their names start below the controls.
 */
export const TOP = 56;

/** The whole drawing in the pane, at most at scale 1: at the top when it leaves room below, centred otherwise. */
export function fitView(layout: Layout, width: number, height: number): ViewTransform {
  const b = layout.bounds;
  const w = b.x1 - b.x0 + 2 * PAD;
  const h = b.y1 - b.y0 + TOP + PAD;
  const k = clampScale(Math.min(1, width / w, height / h));
  return { k, x: width / 2 - k * (b.x0 + b.x1) / 2, y: TOP - k * b.y0 };
}

/**
 * The first view: readable (scale between READABLE_SCALE and 1, the whole chart if it fits at that), the top of the
 * chart at the top of the pane, centred across on the first levels' managers (not stacked reports) if they fit in the
 * pane, else on the first root. Given `change` (firstChange's), it is kept in view as well: centred between it and the
 * first root if both fit across; a change inside the first root's line of management is worth leaving the top for
 * (centred on it, scrolled down to it if it lies below the pane), a change in another organisation is not: the first
 * view never opens on a second organisation instead of the structure's own top (Leeds' baseline opened on Education
 * Leeds, not the Council).
 */
export function firstView(layout: Layout, width: number, height: number, change?: LaidNode): ViewTransform {
  const fit = fitView(layout, width, height);
  const k = Math.min(FIRST_VIEW_MAX_SCALE, Math.max(READABLE_SCALE, fit.k));
  if (k === fit.k) return fit;
  const fits = (x0: number, x1: number) => (x1 - x0) * k <= width - 2 * PAD;
  const top = layout.nodes.filter((n) => n.level <= 2 && !n.stacked);
  const x0 = Math.min(...top.map((n) => n.x - n.width / 2));
  const x1 = Math.max(...top.map((n) => n.x + n.width / 2));
  const first = layout.nodes[0];
  let cx = fits(x0, x1) || !first ? (x0 + x1) / 2 : first.x;
  let y = TOP - k * layout.bounds.y0;
  if (change && first) {
    const left = Math.min(change.x, first.x) - change.width / 2;
    const right = Math.max(change.x, first.x) + change.width / 2;
    const shown = Math.abs(change.x - cx) * k + (change.width * k) / 2 <= width / 2 - PAD;
    const own = layout.nodes.indexOf(change) < firstTreeEnd(layout);
    if (!shown && fits(left, right)) cx = (left + right) / 2;
    else if (!shown && own) cx = change.x;
    const bottom = y + k * (change.y + change.height);
    if (own && bottom > height - PAD) y -= bottom - (height - PAD);
  }
  return { k, x: width / 2 - k * cx, y };
}

/** Where the first root's line of management ends in the layout's tree order: the index of the next root, or the end. */
function firstTreeEnd(layout: Layout): number {
  const next = layout.nodes.findIndex((n, i) => i > 0 && n.level === 1);
  return next < 0 ? layout.nodes.length : next;
}

/**
 * The change the first view keeps in sight: the highest changed box in the first root's line of management (the
 * first in tree order at the lowest level), else the highest anywhere; undefined when no box is marked.
 */
export function firstChange(layout: Layout): LaidNode | undefined {
  const end = firstTreeEnd(layout);
  let best: LaidNode | undefined;
  let bestOwn = false;
  layout.nodes.forEach((n, i) => {
    if (n.mark === 'unchanged') return;
    const own = i < end;
    if (!best || (own && !bestOwn) || (own === bestOwn && n.level < best.level)) {
      best = n;
      bestOwn = own;
    }
  });
  return best;
}

/** The view moved (not zoomed) as little as needs be to show the whole box with a margin; unchanged if it shows. */
export function follow(t: ViewTransform, n: LaidNode, width: number, height: number): ViewTransform {
  const margin = 32;
  const left = t.x + t.k * (n.x - n.width / 2);
  const right = t.x + t.k * (n.x + n.width / 2);
  const top = t.y + t.k * n.y;
  const bottom = t.y + t.k * (n.y + n.height);
  let dx = 0;
  let dy = 0;
  if (right - left > width - 2 * margin) dx = width / 2 - (left + right) / 2;
  else if (left < margin) dx = margin - left;
  else if (right > width - margin) dx = width - margin - right;
  if (bottom - top > height - 2 * margin) dy = height / 2 - (top + bottom) / 2;
  else if (top < margin) dy = margin - top;
  else if (bottom > height - margin) dy = height - margin - bottom;
  return dx === 0 && dy === 0 ? t : { k: t.k, x: t.x + dx, y: t.y + dy };
}

/** The view centred on a box; zoomed to readable if it was too small to read. */
export function centreOn(t: ViewTransform, n: LaidNode, width: number, height: number): ViewTransform {
  const k = t.k < READABLE_SCALE ? 1 : t.k;
  return { k, x: width / 2 - k * n.x, y: height / 2 - k * (n.y + n.height / 2) };
}

/** Zoomed by `factor` about the pane's centre. */
export function zoomBy(t: ViewTransform, factor: number, width: number, height: number): ViewTransform {
  const k = clampScale(t.k * factor);
  const cx = (width / 2 - t.x) / t.k;
  const cy = (height / 2 - t.y) / t.k;
  return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
}

export const clampScale = (k: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/** The part of the chart (chart units) the pane shows, grown by `grow` of its size on each side. */
export function visibleRegion(t: ViewTransform, width: number, height: number, grow = 0): { x0: number; y0: number; x1: number; y1: number } {
  const w = width / t.k;
  const h = height / t.k;
  const x0 = -t.x / t.k;
  const y0 = -t.y / t.k;
  return { x0: x0 - grow * w, y0: y0 - grow * h, x1: x0 + w + grow * w, y1: y0 + h + grow * h };
}
