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

/** A link's curve: its SVG path, its midpoint, and the point a fraction `t` (0 to 1) along it (a cubic Bézier). */
export interface ConnectionPath {
  d: string;
  mid: { x: number; y: number };
  at(t: number): { x: number; y: number };
}

/** Offset of a link from a box's centre line, clear of the line-management connector and the fold button. */
const OFFSET = 34;

/**
 * A curve between two boxes, from the facing side of `source` to the facing side of `target`, with its midpoint
 * (where a change badge sits). Each link runs in a lane given by its direction: downwards right of centre, upwards
 * left of it, rightwards in the upper part of the boxes, leftwards in the lower; so two opposite links between
 * neighbours run side by side instead of on top of each other.
 */
export function connectionPath(source: Box, target: Box): ConnectionPath {
  const s = { left: source.x - NODE_WIDTH / 2, right: source.x + NODE_WIDTH / 2, top: source.y, bottom: source.y + NODE_HEIGHT };
  const t = { left: target.x - NODE_WIDTH / 2, right: target.x + NODE_WIDTH / 2, top: target.y, bottom: target.y + NODE_HEIGHT };
  if (t.bottom <= s.top) return vertical(source.x - OFFSET, s.top, target.x - OFFSET, t.bottom);
  if (t.top >= s.bottom) return vertical(source.x + OFFSET, s.bottom, target.x + OFFSET, t.top);
  if (t.left >= s.right) return horizontal(s.right, s.top + NODE_HEIGHT * 0.3, t.left, t.top + NODE_HEIGHT * 0.3);
  if (t.right <= s.left) return horizontal(s.left, s.top + NODE_HEIGHT * 0.7, t.right, t.top + NODE_HEIGHT * 0.7);
  // Overlapping boxes (cannot happen in the layout, but a path is still owed): top to top.
  return vertical(source.x - OFFSET, s.top, target.x + OFFSET, t.top - 1);
}

/** The cubic Bézier from p0 to p3 with control points p1 and p2 (SVG's "M p0 C p1 p2 p3"). */
function cubic(p0: [number, number], p1: [number, number], p2: [number, number], p3: [number, number]): ConnectionPath {
  const at = (t: number) => {
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return { x: a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], y: a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1] };
  };
  return { d: `M${p0[0]},${p0[1]}C${p1[0]},${p1[1]} ${p2[0]},${p2[1]} ${p3[0]},${p3[1]}`, mid: at(0.5), at };
}

function vertical(x1: number, y1: number, x2: number, y2: number): ConnectionPath {
  const my = (y1 + y2) / 2;
  return cubic([x1, y1], [x1, my], [x2, my], [x2, y2]);
}

function horizontal(x1: number, y1: number, x2: number, y2: number): ConnectionPath {
  const mx = (x1 + x2) / 2;
  return cubic([x1, y1], [mx, y1], [mx, y2], [x2, y2]);
}
