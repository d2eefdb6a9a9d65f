import { LINK_KINDS } from '../model/types.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './layout.ts';
import { LINK_STYLES } from './styles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const markerId = (prefix: string, kind: string): string => `${prefix}-arrow-${kind}`;

/** Arrow-head markers, one per link kind, built as DOM elements from constants. */
export function connectionDefs(prefix: string): SVGDefsElement {
  const defs = document.createElementNS(SVG_NS, 'defs');
  for (const kind of LINK_KINDS) {
    const marker = document.createElementNS(SVG_NS, 'marker');
    const attrs: Record<string, string> = {
      id: markerId(prefix, kind), viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
    };
    for (const [k, v] of Object.entries(attrs)) marker.setAttribute(k, v);
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', 'M0,0 L10,5 L0,10 z');
    path.setAttribute('fill', LINK_STYLES[kind].colour);
    marker.appendChild(path);
    defs.appendChild(marker);
  }
  return defs;
}

/** A box by its centre x and top y, in chart units. */
export interface Box {
  x: number;
  y: number;
}

/** Offset of a link from a box's centre line, clear of the line-management connector and the fold button. */
const OFFSET = 34;

/**
 * A curve between two boxes, from the facing side of `source` to the facing side of `target`, with its midpoint
 * (where a change badge sits). Each link runs in a lane given by its direction: downwards right of centre, upwards
 * left of it, rightwards in the upper part of the boxes, leftwards in the lower; so two opposite links between
 * neighbours run side by side instead of on top of each other.
 */
export function connectionPath(source: Box, target: Box): { d: string; mid: { x: number; y: number } } {
  const s = { left: source.x - NODE_WIDTH / 2, right: source.x + NODE_WIDTH / 2, top: source.y, bottom: source.y + NODE_HEIGHT };
  const t = { left: target.x - NODE_WIDTH / 2, right: target.x + NODE_WIDTH / 2, top: target.y, bottom: target.y + NODE_HEIGHT };
  if (t.bottom <= s.top) return vertical(source.x - OFFSET, s.top, target.x - OFFSET, t.bottom);
  if (t.top >= s.bottom) return vertical(source.x + OFFSET, s.bottom, target.x + OFFSET, t.top);
  if (t.left >= s.right) return horizontal(s.right, s.top + NODE_HEIGHT * 0.3, t.left, t.top + NODE_HEIGHT * 0.3);
  if (t.right <= s.left) return horizontal(s.left, s.top + NODE_HEIGHT * 0.7, t.right, t.top + NODE_HEIGHT * 0.7);
  // Overlapping boxes (cannot happen in the layout, but a path is still owed): top to top.
  return vertical(source.x - OFFSET, s.top, target.x + OFFSET, t.top - 1);
}

function vertical(x1: number, y1: number, x2: number, y2: number) {
  const my = (y1 + y2) / 2;
  return { d: `M${x1},${y1}C${x1},${my} ${x2},${my} ${x2},${y2}`, mid: { x: (x1 + x2) / 2, y: my } };
}

function horizontal(x1: number, y1: number, x2: number, y2: number) {
  const mx = (x1 + x2) / 2;
  return { d: `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`, mid: { x: mx, y: (y1 + y2) / 2 } };
}
