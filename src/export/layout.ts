import { hierarchy, tree, type HierarchyNode, type HierarchyPointNode } from 'd3-hierarchy';
import type { NodeId, OrgNode, Structure } from '../model/types.ts';
import { childrenIndex, nodeIndex } from '../model/queries.ts';
import { BOX } from './theme.ts';
import { boxText, type BoxText } from './boxText.ts';
import { num as r } from './svg.ts';

export interface PlacedNode {
  node: OrgNode;
  x: number;
  y: number;
  w: number;
  h: number;
  text: BoxText;
  /** Descendants hidden because the node is collapsed; 0 when it is not. */
  hidden: number;
}

export interface ChartLayout {
  nodes: PlacedNode[];
  byId: Map<NodeId, PlacedNode>;
  /** Line-management connectors as SVG path data. */
  edges: string[];
  width: number;
  height: number;
}

export interface LayoutOptions {
  collapsed?: ReadonlySet<NodeId> | undefined;
  hideNames: boolean;
  /** A line under the holder, e.g. rolled-up FTE and cost (`export --people`); null for none. */
  note?: ((id: NodeId) => string | null) | undefined;
  /** Columns for a team of `count` leaves stacked under their manager; the default aims at a block a little wider than tall. */
  teamColumns?: ((count: number) => number) | undefined;
  /** A manager with this many leaf reports or more has them drawn as a team (default `BOX.stackFrom`). */
  teamFrom?: number | undefined;
  /** Nodes left off under collapsed boxes, counted in their "+N" as if present (a page's `CutAway`). */
  hiddenBelow?: ReadonlyMap<NodeId, number> | undefined;
  /** Space above each box of a team (default `BOX.stackGap`): more where boxes carry marks that straddle their edges. */
  teamGap?: number | undefined;
}

/**
 * A box of the tree, or (node null, `team` set) a team: the leaves of one manager stacked in columns, laid out as
 * one wide child of that manager. The hidden root of the forest has neither.
 */
interface Datum {
  node: OrgNode | null;
  children: Datum[];
  team: OrgNode[];
  hidden: number;
}

/** How many nodes are under `id`; each is added to `seen`, as it will not be drawn on its own. */
function hideDescendants(id: NodeId, kids: Map<NodeId | null, NodeId[]>, seen: Set<NodeId>): number {
  let n = 0;
  const todo = [...(kids.get(id) ?? [])];
  while (todo.length > 0) {
    const cur = todo.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    n++;
    for (const k of kids.get(cur) ?? []) todo.push(k);
  }
  return n;
}

const isLeaf = (d: Datum): boolean => d.node !== null && d.children.length === 0 && d.hidden === 0;

/**
 * The forest under one hidden root, built without recursion (a chain may be thousands deep). A manager with
 * `teamFrom` or more reports that manage no one gets them as one team; its other reports stay boxes of the
 * tree. Nodes not reachable from a root (a loop in bad data) become roots themselves.
 */
function buildForest(s: Structure, collapsed: ReadonlySet<NodeId>, teamFrom: number, hiddenBelow?: ReadonlyMap<NodeId, number>): Datum {
  const index = nodeIndex(s);
  const kids = childrenIndex(s.nodes);
  const seen = new Set<NodeId>();
  const datum = new Map<NodeId, Datum>();
  const parentOf = new Map<NodeId, NodeId>();
  const order: OrgNode[] = [];
  const top: Datum[] = [];
  const visit = (start: OrgNode) => {
    const todo = [start];
    while (todo.length > 0) {
      const n = todo.pop()!;
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      order.push(n);
      const hidden = collapsed.has(n.id) ? hideDescendants(n.id, kids, seen) + (hiddenBelow?.get(n.id) ?? 0) : 0;
      datum.set(n.id, { node: n, children: [], team: [], hidden });
      if (hidden > 0) continue;
      const ks = kids.get(n.id) ?? [];
      for (let i = ks.length - 1; i >= 0; i--) {
        const k = ks[i]!;
        if (seen.has(k) || parentOf.has(k)) continue;
        parentOf.set(k, n.id);
        todo.push(index.get(k)!);
      }
    }
    top.push(datum.get(start.id)!);
  };
  for (const n of s.nodes) if ((n.manager == null || !index.has(n.manager)) && !seen.has(n.id)) visit(n);
  for (const n of s.nodes) if (!seen.has(n.id)) visit(n);
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const d = datum.get(n.id)!;
    if (d.hidden > 0) continue;
    const children = (kids.get(n.id) ?? []).filter((k) => parentOf.get(k) === n.id).map((k) => datum.get(k)!);
    const leaves = children.filter(isLeaf);
    d.children = leaves.length >= teamFrom
      ? [...children.filter((c) => !isLeaf(c)), { node: null, children: [], team: leaves.map((c) => c.node!), hidden: 0 }]
      : children;
  }
  return { node: null, children: top, team: [], hidden: 0 };
}

const teamBoxWidth = BOX.width - BOX.stackIndent;

/**
 * What d3's `hierarchy(forest, d => d.children)` gives, in time linear in the number of nodes. d3 sets each
 * node's height by walking up from every node, root first (`eachBefore(computeHeight)`), which is quadratic in
 * depth (20,000 layers: 2·10⁸ steps); here heights are set bottom up, breadth first in reverse.
 */
function hierarchyOf(forest: Datum): HierarchyNode<Datum> {
  const Node = hierarchy<Datum>({ node: null, children: [], team: [], hidden: 0 }).constructor as new (d: Datum) => HierarchyNode<Datum>;
  const root = new Node(forest);
  const order: HierarchyNode<Datum>[] = [root];
  for (let k = 0; k < order.length; k++) {
    const h = order[k]!;
    const kids = h.data.children;
    if (kids.length === 0) continue;
    const children = kids.map((d) => {
      const c = new Node(d);
      (c as { parent: HierarchyNode<Datum> | null }).parent = h;
      (c as { depth: number }).depth = h.depth + 1;
      order.push(c);
      return c;
    });
    h.children = children;
  }
  for (let k = order.length - 1; k > 0; k--) {
    const h = order[k]!;
    const p = h.parent! as { height: number };
    if (p.height < h.height + 1) p.height = h.height + 1;
  }
  return root;
}
const TEAM_COLUMN_GAP = BOX.hGap / 2;

/** Up to six leaves in one column; more in about 0.66·√n columns, a block a little wider than tall. */
function defaultTeamColumns(count: number): number {
  return count <= 6 ? 1 : Math.max(1, Math.round(0.66 * Math.sqrt(count)));
}

interface Sized {
  /** The box, for a node; none for a team. */
  text?: BoxText;
  /** A team's leaves in columns, top to bottom. */
  columns: { text: BoxText; node: OrgNode }[][];
  width: number;
  height: number;
}

function sizeTeam(team: readonly OrgNode[], columns: number, opts: LayoutOptions, gap: number): Sized {
  const cols = Math.max(1, Math.min(team.length, Math.floor(columns)));
  const rows = Math.ceil(team.length / cols);
  const out: Sized['columns'] = [];
  let height = 0;
  for (let c = 0; c * rows < team.length; c++) {
    const col = team.slice(c * rows, (c + 1) * rows).map((node) => ({ node, text: boxText(node, teamBoxWidth, opts.hideNames, opts.note?.(node.id) ?? null, true) }));
    out.push(col);
    height = Math.max(height, col.reduce((sum, t) => sum + gap + t.text.height, 0));
  }
  return { columns: out, width: out.length * BOX.width + (out.length - 1) * TEAM_COLUMN_GAP, height };
}

/**
 * The top of each depth's row. A row starts below the boxes of the row above; a team (which may be tall) pushes
 * a later row down only where that row (its boxes or its connectors) would run into it.
 */
function rowTops(laid: HierarchyPointNode<Datum>, sizeOf: (d: Datum) => Sized | undefined): number[] {
  const boxHeight: number[] = [];
  const spans: [number, number][][] = [];
  const teams: { depth: number; left: number; right: number; below: number }[] = [];
  const addSpan = (depth: number, a: number, b: number) => (spans[depth] ??= []).push([a, b]);
  laid.each((h) => {
    const size = sizeOf(h.data);
    if (!size) return;
    const half = size.width / 2;
    if (size.text) boxHeight[h.depth] = Math.max(boxHeight[h.depth] ?? 0, size.height);
    else {
      boxHeight[h.depth] ??= 0;
      teams.push({ depth: h.depth, left: h.x - half - BOX.hGap / 2, right: h.x + half + BOX.hGap / 2, below: size.height });
    }
    addSpan(h.depth, h.x - half, h.x + half);
    const kids = h.children ?? [];
    if (kids.length > 0) {
      let lo = h.x;
      let hi = h.x;
      for (const c of kids) {
        lo = Math.min(lo, c.x);
        hi = Math.max(hi, c.x);
      }
      addSpan(h.depth + 1, lo, hi);
    }
  });
  // Teams by depth; a team stays in `active` only while its bottom is below the row being placed, and rows only
  // move down, so each team leaves once: linear in depth and teams, not their product.
  const byDepth: (typeof teams)[] = [];
  for (const t of teams) (byDepth[t.depth] ??= []).push(t);
  const top: number[] = [0, 0];
  let active: { bottom: number; left: number; right: number }[] = [];
  for (let d = 2; d < boxHeight.length; d++) {
    const arriving = d === 2 ? [...(byDepth[0] ?? []), ...(byDepth[1] ?? [])] : (byDepth[d - 1] ?? []);
    for (const t of arriving) active.push({ bottom: top[t.depth]! + t.below + BOX.vGap, left: t.left, right: t.right });
    let y = top[d - 1]! + (boxHeight[d - 1] ?? 0) + BOX.vGap;
    const row = spans[d] ?? [];
    for (const t of active) {
      if (t.bottom > y && row.some(([a, b]) => a < t.right && b > t.left)) y = t.bottom;
    }
    active = active.filter((t) => t.bottom > y);
    top[d] = y;
  }
  return top;
}

/**
 * Positions every visible node: a tidy tree (d3-hierarchy) across, with boxes and teams of their own widths; rows
 * by depth down; a team's leaves in columns, each column on a spine from a bar under its manager's connector.
 */
export function layoutStructure(s: Structure, opts: LayoutOptions): ChartLayout {
  const forest = buildForest(s, opts.collapsed ?? new Set(), opts.teamFrom ?? BOX.stackFrom, opts.hiddenBelow);
  const gap = opts.teamGap ?? BOX.stackGap;
  const root = hierarchyOf(forest);
  const columnsFor = opts.teamColumns ?? defaultTeamColumns;
  const sized = new Map<Datum, Sized>();
  root.each((h) => {
    const d = h.data;
    if (d.node) {
      const text = boxText(d.node, BOX.width, opts.hideNames, opts.note?.(d.node.id) ?? null);
      sized.set(d, { text, columns: [], width: BOX.width, height: text.height });
    } else if (d.team.length > 0) {
      sized.set(d, sizeTeam(d.team, columnsFor(d.team.length), opts, gap));
    }
  });
  const widthOf = (d: Datum) => sized.get(d)?.width ?? BOX.width;
  const laid = tree<Datum>()
    .nodeSize([1, 1])
    .separation((a, b) => (widthOf(a.data) + widthOf(b.data)) / 2 + BOX.hGap * (a.parent === b.parent ? (a.depth === 1 ? 1.25 : 1) : 1.15))(root);

  let minX = Infinity;
  laid.each((h) => {
    if (h.depth > 0) minX = Math.min(minX, h.x - widthOf(h.data) / 2);
  });
  const dx = Number.isFinite(minX) ? -minX : 0;
  const rowTop = rowTops(laid, (d) => sized.get(d));

  const nodes: PlacedNode[] = [];
  const edges: string[] = [];
  const placeTeam = (size: Sized, cx: number, top: number) => {
    const left = cx - size.width / 2;
    const spines = size.columns.map((_, c) => left + c * (BOX.width + TEAM_COLUMN_GAP) + BOX.stackIndent / 2);
    edges.push(`M${r(Math.min(cx, spines[0]!))},${r(top)}H${r(Math.max(cx, spines[spines.length - 1]!))}`);
    size.columns.forEach((col, c) => {
      let y = top;
      const spine = spines[c]!;
      for (const { node, text } of col) {
        y += gap;
        nodes.push({ node, x: spine + BOX.stackIndent / 2, y, w: teamBoxWidth, h: text.height, text, hidden: 0 });
        y += text.height;
      }
      const last = nodes[nodes.length - 1]!;
      edges.push(`M${r(spine)},${r(top)}V${r(last.y + last.h / 2)}`);
      for (const p of nodes.slice(nodes.length - col.length)) edges.push(`M${r(spine)},${r(p.y + p.h / 2)}H${r(p.x)}`);
    });
  };
  laid.each((h) => {
    const d = h.data;
    const size = sized.get(d);
    if (!size) return;
    const x = h.x + dx;
    const top = rowTop[h.depth]!;
    if (!d.node) {
      placeTeam(size, x, top);
      return;
    }
    nodes.push({ node: d.node, x: x - BOX.width / 2, y: top, w: BOX.width, h: size.height, text: size.text!, hidden: d.hidden });
    for (const c of h.children ?? []) {
      const midY = rowTop[c.depth]! - BOX.vGap / 2;
      edges.push(`M${r(x)},${r(top + size.height)}V${r(midY)}H${r(c.x + dx)}V${r(rowTop[c.depth]!)}`);
    }
  });

  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.x + n.w);
    height = Math.max(height, n.y + n.h);
  }
  return { nodes, byId: new Map(nodes.map((n) => [n.node.id, n])), edges, width, height };
}
