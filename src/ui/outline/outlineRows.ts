import type { NodeId, OrgNode, Structure } from '../../model/types.ts';
import { childrenIndex } from '../../model/queries.ts';

/** One visible row of an outline: a node at a depth, with its place among its siblings (ARIA tree pattern). */
export interface OutlineRow {
  node: OrgNode;
  /** 1 for a root. */
  level: number;
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
  expanded: boolean;
  parent: NodeId | null;
}

/**
 * The rows an outline shows: roots, then each expanded node's reports beneath it, in node order. Walks with
 * an explicit stack, so a chain of any depth is safe (no recursion on data).
 */
export function outlineRows(s: Structure, expanded: ReadonlySet<NodeId>): OutlineRow[] {
  const children = childrenIndex(s.nodes);
  const index = new Map(s.nodes.map((n) => [n.id, n]));
  const out: OutlineRow[] = [];
  const stack: { id: NodeId; level: number; pos: number; size: number; parent: NodeId | null }[] = [];
  const push = (ids: readonly NodeId[], level: number, parent: NodeId | null) => {
    for (let i = ids.length - 1; i >= 0; i--) stack.push({ id: ids[i]!, level, pos: i + 1, size: ids.length, parent });
  };
  push(children.get(null) ?? [], 1, null);
  while (stack.length > 0) {
    const item = stack.pop()!;
    const node = index.get(item.id);
    if (!node) continue;
    const kids = children.get(item.id) ?? [];
    const open = kids.length > 0 && expanded.has(item.id);
    out.push({ node, level: item.level, posInSet: item.pos, setSize: item.size, hasChildren: kids.length > 0, expanded: open, parent: item.parent });
    if (open) push(kids, item.level + 1, item.id);
  }
  return out;
}

/** The nodes open at first: every node above `depth` levels (2: roots and their reports show), plus the lines down to `reveal`. */
export function initialExpanded(s: Structure, depth: number, reveal: Iterable<NodeId> = []): Set<NodeId> {
  const children = childrenIndex(s.nodes);
  const index = new Map(s.nodes.map((n) => [n.id, n]));
  const open = new Set<NodeId>();
  let level: NodeId[] = children.get(null) ?? [];
  for (let d = 1; d < depth && level.length > 0; d++) {
    for (const id of level) open.add(id);
    level = level.flatMap((id) => children.get(id) ?? []);
  }
  for (const id of reveal) {
    const seen = new Set<NodeId>();
    let cur = index.get(id)?.manager;
    while (cur != null && !seen.has(cur)) {
      seen.add(cur);
      open.add(cur);
      cur = index.get(cur)?.manager;
    }
  }
  return open;
}
