import type { ConnectionPath } from './connections.ts';
import type { Layout } from './layout.ts';

/** Side of a cell of the box index, in chart units (about a box's width). */
const CELL = 200;
/** Space kept between a badge and a box it would otherwise touch. */
const CLEAR = 4;
/** Where along a link a badge may sit, nearest the middle first. */
const SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
/** How far a badge may stand off its link, across it, nearest first: a link between neighbours has no room on it. */
const OFFSETS = [0, -8, 8, -16, 16, -24, 24, -32, 32, -40, 40, -48, 48, -56, 56, -64, 64];
/** What a box covers beyond itself: its change badge above (9 units up) and its fold button below (12 units down). */
const ABOVE = 10;
const BELOW = 12;

type Grid = Map<string, { x0: number; y0: number; x1: number; y1: number }[]>;
const grids = new WeakMap<Layout, Grid>();
/** Spots already found, per layout, by path and badge size: a pan redraws the links in view without searching again. */
const found = new WeakMap<Layout, Map<string, { x: number; y: number }>>();

/** The laid boxes by cell of a coarse grid, built once per layout: a badge checks the few boxes near it, not all. */
function gridOf(layout: Layout): Grid {
  let grid = grids.get(layout);
  if (grid) return grid;
  grid = new Map();
  for (const n of layout.nodes) {
    const box = { x0: n.x - n.width / 2, y0: n.y - ABOVE, x1: n.x + n.width / 2, y1: n.y + n.height + BELOW };
    for (let i = Math.floor(box.x0 / CELL); i <= Math.floor(box.x1 / CELL); i++) {
      for (let j = Math.floor(box.y0 / CELL); j <= Math.floor(box.y1 / CELL); j++) {
        const key = `${i},${j}`;
        const cell = grid.get(key);
        if (cell) cell.push(box);
        else grid.set(key, [box]);
      }
    }
  }
  grids.set(layout, grid);
  return grid;
}

function coversABox(grid: Grid, x0: number, y0: number, x1: number, y1: number): boolean {
  for (let i = Math.floor(x0 / CELL); i <= Math.floor(x1 / CELL); i++) {
    for (let j = Math.floor(y0 / CELL); j <= Math.floor(y1 / CELL); j++) {
      for (const b of grid.get(`${i},${j}`) ?? []) if (x0 < b.x1 + CLEAR && b.x0 - CLEAR < x1 && y0 < b.y1 + CLEAR && b.y0 - CLEAR < y1) return true;
    }
  }
  return false;
}

/**
 * The centre (chart units) of a `width` × `height` badge on a link: the link's middle, or the point along it nearest
 * the middle where the badge covers no box (nor its change badge or fold button), so a mark on a long link never hides
 * a name it passes over; where no point on the link is clear (a link between neighbours runs across their names),
 * the nearest clear point beside it, across the link's direction. The middle when nothing near is clear.
 */
export function badgeSpot(path: ConnectionPath, width: number, height: number, layout: Layout): { x: number; y: number } {
  let known = found.get(layout);
  if (!known) found.set(layout, (known = new Map()));
  const key = `${path.d}|${width}|${height}`;
  const hit = known.get(key);
  if (hit) return hit;
  const spot = search(path, width, height, gridOf(layout));
  known.set(key, spot);
  return spot;
}

function search(path: ConnectionPath, width: number, height: number, grid: Grid): { x: number; y: number } {
  const [start, end] = [path.at(0), path.at(1)];
  const across = Math.abs(end.x - start.x) >= Math.abs(end.y - start.y) ? { x: 0, y: 1 } : { x: 1, y: 0 };
  for (const d of OFFSETS) {
    for (const t of SPOTS) {
      const p = path.at(t);
      const x = p.x + d * across.x;
      const y = p.y + d * across.y;
      if (!coversABox(grid, x - width / 2, y - height / 2, x + width / 2, y + height / 2)) return { x, y };
    }
  }
  return path.mid;
}
