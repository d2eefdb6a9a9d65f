import type { ConnectionPath } from './connections.ts';
import type { Layout } from './layout.ts';

/** Side of a cell of the box index, in chart units (about a box's width). */
const CELL = 200;
/** Space kept between a badge and a box it would otherwise touch. */
const CLEAR = 4;
/** Where along a link a badge may sit, nearest the middle first. */
const SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

type Grid = Map<string, { x0: number; y0: number; x1: number; y1: number }[]>;
const grids = new WeakMap<Layout, Grid>();

/** The laid boxes by cell of a coarse grid, built once per layout: a badge checks the few boxes near it, not all. */
function gridOf(layout: Layout): Grid {
  let grid = grids.get(layout);
  if (grid) return grid;
  grid = new Map();
  for (const n of layout.nodes) {
    const box = { x0: n.x - n.width / 2, y0: n.y, x1: n.x + n.width / 2, y1: n.y + n.height };
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
 * the middle where the badge covers no box, so a mark on a long link never hides a name it passes over. The middle
 * when every spot along it would cover a box (two neighbours' link runs over their own edges only).
 */
export function badgeSpot(path: ConnectionPath, width: number, height: number, layout: Layout): { x: number; y: number } {
  const grid = gridOf(layout);
  for (const t of SPOTS) {
    const p = path.at(t);
    if (!coversABox(grid, p.x - width / 2, p.y - height / 2, p.x + width / 2, p.y + height / 2)) return p;
  }
  return path.mid;
}
