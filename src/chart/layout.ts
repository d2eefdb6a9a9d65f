import type { NodeId, OrgNode, Structure } from '../model/types.ts';
import { drawnParents, ROOT_ID } from './data.ts';
import type { ChangeMark } from './styles.ts';

/** Box size and gaps, in chart units (1 unit = 1 CSS px at scale 1). */
export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 90;
/** Vertical gap between a manager and the row of its reports. */
const LEVEL_GAP = 56;
/** Horizontal gap between neighbouring subtrees. */
const SIBLING_GAP = 24;
/** A manager with at least this many reports who have none of their own stacks them in columns. */
export const STACK_FROM = 4;
/** Gaps inside a stacked block: between columns (the connector runs down it) and between rows. */
const COLUMN_GAP = 28;
const ROW_GAP = 14;
/** Most columns in a stacked block; a block of n leaves is about twice as tall as wide, up to this many columns. */
const MAX_COLUMNS = 8;

/** One drawn box: its centre x and top y in chart units, and what it shows. */
export interface LaidNode {
  id: NodeId;
  node: OrgNode;
  mark: ChangeMark;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Level in the drawn tree, roots 1. */
  level: number;
  /** Drawn manager (null for a root, a dangling manager or a loop break). */
  parent: NodeId | null;
  /** Reports drawn (empty while folded). */
  children: NodeId[];
  /** Every report in the drawn tree, shown or folded. */
  reports: number;
  folded: boolean;
  /** Position among the reports of its drawn manager (1-based) and their count, for aria-posinset/setsize. */
  posInSet: number;
  setSize: number;
  /** Drawn in a stacked column block under its manager. */
  stacked: boolean;
}

/** The connectors from one manager to its drawn reports, with their bounding box for culling; the path is built when drawn. */
export interface EdgeGroup {
  parent: NodeId;
  /** The connectors as one SVG path, cut to the given region of the chart (chart units). */
  d(region: Clip): string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A region of the chart, in chart units. */
export interface Clip {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Layout {
  /** Drawn nodes in tree order (depth first, reports in structure order): the order of Up and Down. */
  nodes: LaidNode[];
  byId: Map<NodeId, LaidNode>;
  edges: EdgeGroup[];
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

interface Item {
  /** A subtree of one report, or a stacked block of leaf reports. */
  ids: NodeId[];
  block: boolean;
  width: number;
  columns: number;
}

/** Columns of a stacked block of `n` leaves: about twice as many rows as columns, 2 to MAX_COLUMNS. */
export function blockColumns(n: number): number {
  return Math.max(2, Math.min(MAX_COLUMNS, Math.ceil(Math.sqrt(n / 2))));
}

const blockWidth = (columns: number) => COLUMN_GAP + columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP;

/**
 * Lays out the drawn tree of `s` (line management; roots side by side) with the nodes under `collapsed` folded away:
 * managers centred over their reports, and a run of STACK_FROM or more reports with no reports of their own stacked
 * in columns under their manager, so wide spans stay narrow. Iterative throughout (no recursion), O(nodes drawn).
 */
export function layoutTree(s: Structure, marks: ReadonlyMap<NodeId, ChangeMark>, collapsed: ReadonlySet<NodeId>): Layout {
  const parents = drawnParents(s);
  const index = new Map(s.nodes.map((n) => [n.id, n]));
  const kids = new Map<NodeId, NodeId[]>();
  for (const n of s.nodes) {
    const p = parents.get(n.id) ?? ROOT_ID;
    const list = kids.get(p);
    if (list) list.push(n.id);
    else kids.set(p, [n.id]);
  }
  const shownKids = (id: NodeId): NodeId[] => (id !== ROOT_ID && collapsed.has(id) ? [] : (kids.get(id) ?? []));

  // Tree order of the drawn nodes, with the hidden root first.
  const order: NodeId[] = [];
  const stack: NodeId[] = [ROOT_ID];
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    const c = shownKids(id);
    for (let i = c.length - 1; i >= 0; i -= 1) stack.push(c[i]!);
  }

  // Bottom up: each subtree's width and the items its reports form.
  const width = new Map<NodeId, number>();
  const items = new Map<NodeId, Item[]>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const id = order[i]!;
    const c = shownKids(id);
    const leaves = c.filter((k) => shownKids(k).length === 0);
    const list: Item[] = [];
    if (leaves.length >= STACK_FROM) {
      const columns = blockColumns(leaves.length);
      list.push({ ids: leaves, block: true, width: blockWidth(columns), columns });
      for (const k of c) if (shownKids(k).length > 0) list.push({ ids: [k], block: false, width: width.get(k)!, columns: 0 });
    } else {
      for (const k of c) list.push({ ids: [k], block: false, width: width.get(k)!, columns: 0 });
    }
    items.set(id, list);
    const span = list.reduce((sum, it) => sum + it.width, 0) + SIBLING_GAP * Math.max(0, list.length - 1);
    width.set(id, Math.max(id === ROOT_ID ? 0 : NODE_WIDTH, span));
  }

  // Top down: positions.
  const laid = new Map<NodeId, LaidNode>();
  const left = new Map<NodeId, number>([[ROOT_ID, 0]]);
  const top = new Map<NodeId, number>([[ROOT_ID, -(NODE_HEIGHT + LEVEL_GAP)]]);
  const level = new Map<NodeId, number>([[ROOT_ID, 0]]);
  const stackedIds = new Set<NodeId>();
  const edges: EdgeGroup[] = [];
  const centre = (id: NodeId) => left.get(id)! + width.get(id)! / 2;
  for (const id of order) {
    const x0 = left.get(id)!;
    const y = top.get(id)!;
    const list = items.get(id)!;
    const span = list.reduce((sum, it) => sum + it.width, 0) + SIBLING_GAP * Math.max(0, list.length - 1);
    const childTop = y + NODE_HEIGHT + LEVEL_GAP;
    let x = x0 + (width.get(id)! - span) / 2;
    for (const it of list) {
      if (it.block) {
        const rows = Math.ceil(it.ids.length / it.columns);
        it.ids.forEach((k, j) => {
          const col = Math.floor(j / rows);
          const row = j % rows;
          left.set(k, x + COLUMN_GAP + col * (NODE_WIDTH + COLUMN_GAP));
          width.set(k, NODE_WIDTH);
          top.set(k, childTop + row * (NODE_HEIGHT + ROW_GAP));
          stackedIds.add(k);
        });
      } else {
        left.set(it.ids[0]!, x);
        top.set(it.ids[0]!, childTop);
      }
      x += it.width + SIBLING_GAP;
    }
    const c = shownKids(id);
    c.forEach((k) => level.set(k, level.get(id)! + 1));
    if (id === ROOT_ID) continue;
    const node = index.get(id)!;
    const parent = parents.get(id);
    const siblings = kids.get(parent ?? ROOT_ID) ?? [];
    laid.set(id, {
      id,
      node,
      mark: marks.get(id) ?? 'unchanged',
      x: centre(id),
      y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      level: level.get(id)!,
      parent: parent === undefined || parent === ROOT_ID ? null : parent,
      children: c,
      reports: (kids.get(id) ?? []).length,
      folded: c.length === 0 && (kids.get(id) ?? []).length > 0,
      posInSet: 0,
      setSize: siblings.length,
      stacked: false,
    });
  }
  const nodes: LaidNode[] = [];
  for (const id of order) {
    const n = laid.get(id);
    if (!n) continue;
    n.stacked = stackedIds.has(id);
    nodes.push(n);
  }
  const posIn = new Map<NodeId, number>();
  for (const [, list] of kids) list.forEach((k, i) => posIn.set(k, i + 1));
  for (const n of nodes) n.posInSet = posIn.get(n.id) ?? 1;
  for (const n of nodes) if (n.children.length > 0) edges.push(edgeGroup(n, n.children.map((k) => laid.get(k)!)));

  let bx0 = Infinity;
  let by0 = Infinity;
  let bx1 = -Infinity;
  let by1 = -Infinity;
  for (const n of nodes) {
    bx0 = Math.min(bx0, n.x - n.width / 2);
    bx1 = Math.max(bx1, n.x + n.width / 2);
    by0 = Math.min(by0, n.y);
    by1 = Math.max(by1, n.y + n.height);
  }
  const bounds = nodes.length > 0 ? { x0: bx0, y0: by0, x1: bx1, y1: by1 } : { x0: 0, y0: 0, x1: 0, y1: 0 };
  return { nodes, byId: laid, edges, bounds };
}

/**
 * Connectors of one manager: down from its box to a bar, then down into each report that stands in a row; for a
 * stacked block, down the gap on the left of each column with a short stub into each box.
 */
function edgeGroup(p: LaidNode, kids: LaidNode[]): EdgeGroup {
  const bottom = p.y + p.height;
  const bar = bottom + LEVEL_GAP / 2;
  let x0 = p.x;
  let x1 = p.x;
  let y1 = bar;
  for (const k of kids) {
    const x = k.stacked ? k.x - k.width / 2 - COLUMN_GAP / 2 : k.x;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, k.stacked ? k.y + k.height / 2 : k.y);
  }
  // Only the part inside `r` (the drawn region): a bar or trunk thousands of boxes long costs the browser seconds to paint.
  const path = (r: Clip): string => {
    const cx = (x: number) => Math.min(r.x1, Math.max(r.x0, x));
    const cy = (y: number) => Math.min(r.y1, Math.max(r.y0, y));
    const parts = [`M${p.x},${bottom}V${bar}`];
    const trunks = new Map<number, number>();
    for (const k of kids) {
      const left = k.x - k.width / 2;
      if (k.stacked) {
        const trunk = left - COLUMN_GAP / 2;
        const mid = k.y + k.height / 2;
        if (trunk < r.x0 || trunk > r.x1) continue;
        trunks.set(trunk, Math.max(trunks.get(trunk) ?? bar, mid));
        if (mid >= r.y0 && mid <= r.y1) parts.push(`M${trunk},${mid}H${left}`);
      } else if (k.x >= r.x0 && k.x <= r.x1) {
        parts.push(`M${k.x},${bar}V${k.y}`);
      }
    }
    for (const [trunk, end] of trunks) parts.push(`M${trunk},${cy(bar)}V${cy(end)}`);
    parts.push(`M${cx(x0)},${bar}H${cx(x1)}`);
    return parts.join('');
  };
  return { parent: p.id, d: path, x0, y0: bottom, x1: x1 + COLUMN_GAP, y1 };
}
