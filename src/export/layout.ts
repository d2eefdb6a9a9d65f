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
  collapsed?: ReadonlySet<NodeId>;
  hideNames: boolean;
  /** A line under the holder, e.g. rolled-up FTE and cost (`export --people`); null for none. */
  note?: ((id: NodeId) => string | null) | undefined;
}

interface Datum {
  node: OrgNode | null;
  children: Datum[];
  stack: OrgNode[];
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
    todo.push(...(kids.get(cur) ?? []));
  }
  return n;
}

/**
 * The forest under one hidden root; nodes not reachable from a root (a loop in bad data) become roots themselves.
 * Built without recursion (an explicit stack, children finished before their parent), so any depth of line
 * management lays out; a node whose children are all leaves, and at least BOX.stackFrom of them, stacks them.
 */
function buildForest(s: Structure, collapsed: ReadonlySet<NodeId>): Datum {
  const index = nodeIndex(s);
  const kids = childrenIndex(s.nodes);
  const seen = new Set<NodeId>();
  interface Frame {
    node: OrgNode;
    ids: NodeId[];
    next: number;
    children: Datum[];
  }
  const finish = (f: Frame): Datum => {
    const children = f.children;
    const allLeaves = children.every((c) => c.children.length === 0 && c.stack.length === 0 && c.hidden === 0);
    if (allLeaves && children.length >= BOX.stackFrom) return { node: f.node, children: [], stack: children.map((c) => c.node!), hidden: 0 };
    return { node: f.node, children, stack: [], hidden: 0 };
  };
  const build = (start: OrgNode): Datum => {
    let result: Datum | null = null;
    const frames: Frame[] = [];
    const enter = (node: OrgNode): void => {
      seen.add(node.id);
      const done = (d: Datum) => {
        const parent = frames[frames.length - 1];
        if (parent) parent.children.push(d);
        else result = d;
      };
      if (collapsed.has(node.id)) return done({ node, children: [], stack: [], hidden: hideDescendants(node.id, kids, seen) });
      frames.push({ node, ids: (kids.get(node.id) ?? []).filter((id) => !seen.has(id)), next: 0, children: [] });
    };
    enter(start);
    while (frames.length > 0) {
      const top = frames[frames.length - 1]!;
      if (top.next < top.ids.length) {
        enter(index.get(top.ids[top.next++]!)!);
        continue;
      }
      frames.pop();
      const d = finish(top);
      const parent = frames[frames.length - 1];
      if (parent) parent.children.push(d);
      else result = d;
    }
    return result!;
  };
  const top: Datum[] = [];
  for (const n of s.nodes) {
    const orphan = n.manager == null || !index.has(n.manager);
    if (orphan && !seen.has(n.id)) top.push(build(n));
  }
  for (const n of s.nodes) if (!seen.has(n.id)) top.push(build(n));
  return { node: null, children: top, stack: [], hidden: 0 };
}

const stackWidth = BOX.width - BOX.stackIndent;

/**
 * What d3's `hierarchy(forest, d => d.children)` gives, in time linear in the number of nodes. d3 sets each
 * node's height by walking up from every node, root first (`eachBefore(computeHeight)`), which is quadratic in
 * depth (20,000 layers: 2·10⁸ steps); here heights are set bottom up, breadth first in reverse.
 */
function hierarchyOf(forest: Datum): HierarchyNode<Datum> {
  const Node = hierarchy<Datum>({ node: null, children: [], stack: [], hidden: 0 }).constructor as new (d: Datum) => HierarchyNode<Datum>;
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

interface Sized {
  text: BoxText;
  stack: BoxText[];
  block: number;
}

/**
 * The top of each depth's row. A row starts below the boxes of the row above; a column of stacked leaves pushes
 * a later row down only where that row (its boxes or its connectors) would run into the column.
 */
function rowTops(laid: HierarchyPointNode<Datum>, sizeOf: (d: Datum) => Sized | undefined): number[] {
  const boxHeight: number[] = [];
  const spans: [number, number][][] = [];
  const stacks: { depth: number; left: number; right: number; below: number }[] = [];
  const addSpan = (depth: number, a: number, b: number) => (spans[depth] ??= []).push([a, b]);
  laid.each((h) => {
    const size = sizeOf(h.data);
    if (!size) return;
    boxHeight[h.depth] = Math.max(boxHeight[h.depth] ?? 0, size.text.height);
    addSpan(h.depth, h.x - BOX.width / 2, h.x + BOX.width / 2);
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
    if (h.data.stack.length > 0) {
      stacks.push({ depth: h.depth, left: h.x - BOX.width / 2 - BOX.hGap / 2, right: h.x + BOX.width / 2 + BOX.hGap / 2, below: size.block });
    }
  });
  // Stacks by depth; a stack stays in `active` only while its bottom is below the row being placed, and rows only
  // move down, so each stack leaves once: linear in depth and stacks, not their product.
  const byDepth: (typeof stacks)[] = [];
  for (const st of stacks) (byDepth[st.depth] ??= []).push(st);
  const top: number[] = [0, 0];
  let active: { bottom: number; left: number; right: number }[] = [];
  for (let d = 2; d < boxHeight.length; d++) {
    const arriving = d === 2 ? [...(byDepth[0] ?? []), ...(byDepth[1] ?? [])] : (byDepth[d - 1] ?? []);
    for (const st of arriving) active.push({ bottom: top[st.depth]! + st.below + BOX.vGap, left: st.left, right: st.right });
    let y = top[d - 1]! + (boxHeight[d - 1] ?? 0) + BOX.vGap;
    const row = spans[d] ?? [];
    for (const st of active) {
      if (st.bottom > y && row.some(([a, b]) => a < st.right && b > st.left)) y = st.bottom;
    }
    active = active.filter((st) => st.bottom > y);
    top[d] = y;
  }
  return top;
}

/** Positions every visible node: a tidy tree (d3-hierarchy) across, rows by depth down, stacked leaves in a column. */
export function layoutStructure(s: Structure, opts: LayoutOptions): ChartLayout {
  const forest = buildForest(s, opts.collapsed ?? new Set());
  const root = hierarchyOf(forest);
  const sized = new Map<Datum, Sized>();
  root.each((h) => {
    const d = h.data;
    if (!d.node) return;
    const text = boxText(d.node, BOX.width, opts.hideNames, opts.note?.(d.node.id) ?? null);
    const stack = d.stack.map((n) => boxText(n, stackWidth, opts.hideNames, opts.note?.(n.id) ?? null));
    const block = text.height + stack.reduce((sum, t) => sum + BOX.stackGap + t.height, 0);
    sized.set(d, { text, stack, block });
  });
  const laid = tree<Datum>()
    .nodeSize([BOX.width + BOX.hGap, 1])
    .separation((a, b) => (a.parent === b.parent ? (a.depth === 1 ? 1.25 : 1) : 1.15))(root);

  let minX = Infinity;
  laid.each((h) => {
    if (h.data.node) minX = Math.min(minX, h.x);
  });
  const dx = Number.isFinite(minX) ? BOX.width / 2 - minX : 0;
  const rowTop = rowTops(laid, (d) => sized.get(d));

  const nodes: PlacedNode[] = [];
  const edges: string[] = [];
  const place = (h: HierarchyPointNode<Datum>) => {
    const d = h.data;
    const size = sized.get(d)!;
    const x = h.x + dx;
    const left = x - BOX.width / 2;
    const top = rowTop[h.depth]!;
    nodes.push({ node: d.node!, x: left, y: top, w: BOX.width, h: size.text.height, text: size.text, hidden: d.hidden });
    let y = top + size.text.height;
    const spine = left + BOX.stackIndent / 2;
    d.stack.forEach((n, i) => {
      const t = size.stack[i]!;
      y += BOX.stackGap;
      nodes.push({ node: n, x: left + BOX.stackIndent, y, w: stackWidth, h: t.height, text: t, hidden: 0 });
      edges.push(`M${r(spine)},${r(y - BOX.stackGap)}V${r(y + t.height / 2)}H${r(left + BOX.stackIndent)}`);
      y += t.height;
    });
    for (const c of h.children ?? []) {
      const midY = rowTop[c.depth]! - BOX.vGap / 2;
      edges.push(`M${r(x)},${r(top + size.text.height)}V${r(midY)}H${r(c.x + dx)}V${r(rowTop[c.depth]!)}`);
    }
  };
  laid.each((h) => {
    if (h.data.node) place(h);
  });

  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.x + n.w);
    height = Math.max(height, n.y + n.h);
  }
  return { nodes, byId: new Map(nodes.map((n) => [n.node.id, n])), edges, width, height };
}


