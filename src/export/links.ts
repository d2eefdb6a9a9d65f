import type { Link, LinkKind, NodeId } from '../model/types.ts';
import { LINK_KINDS } from '../model/types.ts';
import { linkKey } from '../model/queries.ts';
import type { ChartLayout, PlacedNode } from './layout.ts';
import { attrs, num } from './svg.ts';
import { LINK_MARK_STYLE, LINK_STYLE, type LinkMark, type MarkerShape } from './theme.ts';

export interface Point {
  x: number;
  y: number;
}

export interface RoutedLink {
  link: Link;
  key: string;
  d: string;
  curve: Curve;
  /** Corners of the curve's control polygon, for the chart's bounds. */
  hull: Point[];
}

export const markerId = (kind: LinkKind): string => `oo-link-${kind}`;

const MARKER_SHAPE: Record<MarkerShape, { body: (colour: string) => string; refX: number }> = {
  arrow: { body: (c) => `<path d="M0,0L10,5L0,10Z"${attrs({ fill: c })}/>`, refX: 10 },
  'arrow-open': { body: (c) => `<path d="M1,1L10,5L1,9Z"${attrs({ fill: '#ffffff', stroke: c, 'stroke-width': 1.4 })}/>`, refX: 10 },
  diamond: { body: (c) => `<path d="M0,5L5,1.5L10,5L5,8.5Z"${attrs({ fill: c })}/>`, refX: 10 },
  square: { body: (c) => `<rect x="2" y="2" width="7" height="6"${attrs({ fill: c })}/>`, refX: 9 },
  circle: { body: (c) => `<circle cx="5.5" cy="5" r="3.5"${attrs({ fill: c })}/>`, refX: 9 },
  chevron: { body: (c) => `<path d="M1,1L9.5,5L1,9"${attrs({ fill: 'none', stroke: c, 'stroke-width': 1.6 })}/>`, refX: 10 },
};

/** One marker per link kind, referenced within the document only. */
export function markerDefs(): string {
  return LINK_KINDS.map((kind) => {
    const st = LINK_STYLE[kind];
    const shape = MARKER_SHAPE[st.marker];
    return `<marker${attrs({ id: markerId(kind), viewBox: '0 0 10 10', refX: shape.refX, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto' })}>${shape.body(st.colour)}</marker>`;
  }).join('');
}

/** Where the ray from the box's centre towards `towards` leaves the box, `gap` outside it. */
function borderPoint(p: PlacedNode, towards: Point, gap: number): Point {
  const c = { x: p.x + p.w / 2, y: p.y + p.h / 2 };
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  const len = Math.hypot(dx, dy) || 1;
  const t = Math.min(dx === 0 ? Infinity : (p.w / 2) / Math.abs(dx), dy === 0 ? Infinity : (p.h / 2) / Math.abs(dy));
  return { x: c.x + dx * t + (dx / len) * gap, y: c.y + dy * t + (dy / len) * gap };
}

/** Boxes bucketed in a coarse grid, to ask quickly whether a point falls in one. */
export class BoxGrid {
  private readonly cells = new Map<string, PlacedNode[]>();
  private static readonly CELL = 200;

  constructor(nodes: readonly PlacedNode[]) {
    for (const n of nodes) {
      for (let cx = Math.floor(n.x / BoxGrid.CELL); cx <= Math.floor((n.x + n.w) / BoxGrid.CELL); cx++) {
        for (let cy = Math.floor(n.y / BoxGrid.CELL); cy <= Math.floor((n.y + n.h) / BoxGrid.CELL); cy++) {
          const key = `${cx},${cy}`;
          const list = this.cells.get(key);
          if (list) list.push(n);
          else this.cells.set(key, [n]);
        }
      }
    }
  }

  /** The box within `margin` of the point, other than those in `except`, if any. */
  hit(p: Point, margin = 0, except?: ReadonlySet<PlacedNode>): PlacedNode | undefined {
    const list = this.cells.get(`${Math.floor(p.x / BoxGrid.CELL)},${Math.floor(p.y / BoxGrid.CELL)}`) ?? [];
    return list.find((n) => !except?.has(n) && p.x > n.x - margin && p.x < n.x + n.w + margin && p.y > n.y - margin && p.y < n.y + n.h + margin);
  }
}

const at = (p0: Point, c: Point, p2: Point, t: number): Point => ({
  x: (1 - t) * (1 - t) * p0.x + 2 * (1 - t) * t * c.x + t * t * p2.x,
  y: (1 - t) * (1 - t) * p0.y + 2 * (1 - t) * t * c.y + t * t * p2.y,
});

const SAMPLES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const BOWS = [1, -1, 1.8, -1.8, 2.6, -2.6];

interface Curve {
  p0: Point;
  ctrl: Point;
  p2: Point;
}

function curveFor(a: PlacedNode, b: PlacedNode, bow: number): Curve {
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const dist = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
  const ctrl = { x: (ca.x + cb.x) / 2 + (-(cb.y - ca.y) / dist) * bow, y: (ca.y + cb.y) / 2 + ((cb.x - ca.x) / dist) * bow };
  return { p0: borderPoint(a, ctrl, 2), ctrl, p2: borderPoint(b, ctrl, 2) };
}

/**
 * Routes each drawable link as a quadratic curve, so that it cannot be mistaken for an elbowed line-management
 * connector: of a few bows either side, the one that crosses fewest other boxes. A link to a hidden node goes to
 * its visible stand-in (the collapsed manager); links that collapse onto the same two boxes are drawn once.
 */
export function routeLinks(links: readonly Link[], layout: ChartLayout, visible: (id: NodeId) => NodeId | null): RoutedLink[] {
  const grid = new BoxGrid(layout.nodes);
  const usedBows = new Map<string, Set<number>>();
  const out: RoutedLink[] = [];
  const drawn = new Set<string>();
  for (const link of links) {
    const fromId = visible(link.from);
    const toId = visible(link.to);
    if (fromId === null || toId === null || fromId === toId) continue;
    const shown = linkKey({ kind: link.kind, from: fromId, to: toId });
    if (drawn.has(shown)) continue;
    drawn.add(shown);
    const a = layout.byId.get(fromId);
    const b = layout.byId.get(toId);
    if (!a || !b) continue;
    const [lo, hi] = fromId < toId ? [a, b] : [b, a];
    const pair = `${lo.node.id}\u0000${hi.node.id}`;
    const used = usedBows.get(pair) ?? new Set<number>();
    usedBows.set(pair, used);
    const dist = Math.hypot(b.x - a.x, b.y - a.y);
    const base = Math.min(160, Math.max(30, dist * 0.2));
    const ends = new Set([a, b]);
    let best: { curve: Curve; crossings: number; bow: number } | null = null;
    for (const k of BOWS) {
      if (used.has(k)) continue;
      const curve = curveFor(lo, hi, k * base);
      const crossings = SAMPLES.filter((t) => grid.hit(at(curve.p0, curve.ctrl, curve.p2, t), 2, ends)).length;
      if (!best || crossings < best.crossings) best = { curve, crossings, bow: k };
      if (crossings === 0) break;
    }
    if (!best) continue;
    used.add(best.bow);
    const c = lo === a ? best.curve : { p0: best.curve.p2, ctrl: best.curve.ctrl, p2: best.curve.p0 };
    out.push({
      link, key: linkKey(link), curve: c, hull: [c.p0, at(c.p0, c.ctrl, c.p2, 0.5), c.p2],
      d: `M${num(c.p0.x)},${num(c.p0.y)}Q${num(c.ctrl.x)},${num(c.ctrl.y)} ${num(c.p2.x)},${num(c.p2.y)}`,
    });
  }
  return out;
}

/**
 * Where on its curve a link's badge (`halfWidth` either side of its centre) goes: the middle, or the nearest point
 * where the badge is clear of every box (and the marks straddling box edges) and of the badges already placed
 * (`taken`, to which the choice is added).
 */
export function badgePoint(r: RoutedLink, grid: BoxGrid, taken: Point[], halfWidth = 15): Point {
  const { p0, ctrl, p2 } = r.curve;
  const clear = (p: Point) =>
    [-halfWidth, 0, halfWidth].every((dx) => [-8, 8].every((dy) => !grid.hit({ x: p.x + dx, y: p.y + dy }, 8))) &&
    taken.every((q) => Math.abs(q.x - p.x) > halfWidth + 15 || Math.abs(q.y - p.y) > 15);
  const mid = at(p0, ctrl, p2, 0.5);
  const chord = { x: (p0.x + p2.x) / 2, y: (p0.y + p2.y) / 2 };
  const len = Math.hypot(mid.x - chord.x, mid.y - chord.y) || 1;
  // Past the bend, away from the chord: where a short link between neighbours leaves no room on the curve itself.
  const beyond = [12, 24, 36, 48, 60].map((k) => ({ x: mid.x + ((mid.x - chord.x) / len) * k, y: mid.y + ((mid.y - chord.y) / len) * k }));
  const p = [...[0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((t) => at(p0, ctrl, p2, t)), ...beyond].find(clear) ?? mid;
  taken.push(p);
  return p;
}

/** A link added or removed: a wide, pale band under the link, solid or broken (not colour alone). */
export function linkHalo(d: string, mark: LinkMark): string {
  const st = LINK_MARK_STYLE[mark];
  return `<path${attrs({ d, fill: 'none', stroke: st.colour, 'stroke-width': 7, 'stroke-opacity': 0.35, 'stroke-dasharray': st.dash ?? undefined, 'data-link-mark': mark })}/>`;
}

export function renderLinks(routed: readonly RoutedLink[], marks?: ReadonlyMap<string, LinkMark>): string {
  return routed.map((r) => {
    const st = LINK_STYLE[r.link.kind];
    const mark = marks?.get(r.key);
    return (mark ? linkHalo(r.d, mark) : '') + `<path${attrs({
      d: r.d, fill: 'none', stroke: st.colour, 'stroke-width': 1.6, 'stroke-dasharray': st.dash, 'stroke-linecap': st.cap,
      'marker-end': `url(#${markerId(r.link.kind)})`, 'data-link': r.link.kind,
    })}/>`;
  }).join('');
}
