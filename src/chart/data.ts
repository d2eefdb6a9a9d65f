import { findLoops } from '../model/queries.ts';
import type { NodeId, Structure } from '../model/types.ts';
import type { ChangeMark } from './styles.ts';

/** Id of the hidden root that holds the forest's roots; not a slug, so it cannot clash with a node id. */
export const ROOT_ID = '\u0000root';

const parentsCache = new WeakMap<Structure, ReadonlyMap<NodeId, NodeId>>();

/** Parent of each node in the drawn tree: its manager, or the hidden root for roots, dangling managers and loop breaks. */
export function drawnParents(s: Structure): ReadonlyMap<NodeId, NodeId> {
  const cached = parentsCache.get(s);
  if (cached) return cached;
  const out = computeParents(s);
  parentsCache.set(s, out);
  return out;
}

function computeParents(s: Structure): Map<NodeId, NodeId> {
  const ids = new Set(s.nodes.map((n) => n.id));
  const cut = new Set(findLoops(s.nodes).map((loop) => loop[0]!));
  const out = new Map<NodeId, NodeId>();
  for (const n of s.nodes) {
    const m = n.manager;
    out.set(n.id, m != null && ids.has(m) && !cut.has(n.id) ? m : ROOT_ID);
  }
  return out;
}

/** Each node's level in the drawn tree (roots 1), walking each line once. */
function levels(parents: ReadonlyMap<NodeId, NodeId>): Map<NodeId, number> {
  const out = new Map<NodeId, number>();
  for (const start of parents.keys()) {
    const line: NodeId[] = [];
    const onLine = new Set<NodeId>();
    let cur: NodeId | undefined = start;
    while (cur !== undefined && cur !== ROOT_ID && !out.has(cur) && !onLine.has(cur)) {
      line.push(cur);
      onLine.add(cur);
      cur = parents.get(cur);
    }
    let level = cur !== undefined && out.has(cur) ? out.get(cur)! : 0;
    for (let i = line.length - 1; i >= 0; i -= 1) out.set(line[i]!, (level += 1));
  }
  return out;
}

/** Ids of the node's drawn ancestors, nearest first, without the hidden root. */
export function ancestorsOf(parents: ReadonlyMap<NodeId, NodeId>, id: NodeId): NodeId[] {
  const out: NodeId[] = [];
  const seen = new Set<NodeId>();
  let cur = parents.get(id);
  while (cur !== undefined && cur !== ROOT_ID && !seen.has(cur)) {
    out.push(cur);
    seen.add(cur);
    cur = parents.get(cur);
  }
  return out;
}

export interface FoldBudget {
  /** Structures of up to this many nodes are shown whole. */
  showAllUpTo: number;
  /** Deepest level shown at first in a larger one (roots are level 1). */
  depth: number;
  /** Most nodes shown at first in a larger one: fewer levels, and fewer lines down to marked nodes, to stay within it. */
  budget: number;
}

export const DEFAULT_FOLDS: FoldBudget = { showAllUpTo: 200, depth: 3, budget: 1000 };

/**
 * Nodes folded at first sight: none in a small structure; in a large one, everything below the first levels, then the
 * lines down to marked nodes unfolded, in id order, while the drawing stays within the budget.
 */
export function defaultCollapsed(s: Structure, marks: ReadonlyMap<NodeId, ChangeMark>, folds: FoldBudget = DEFAULT_FOLDS): Set<NodeId> {
  if (s.nodes.length <= folds.showAllUpTo) return new Set();
  const parents = drawnParents(s);
  const kids = new Map<NodeId, number>();
  for (const p of parents.values()) if (p !== ROOT_ID) kids.set(p, (kids.get(p) ?? 0) + 1);
  const level = levels(parents);
  let depth = Math.max(1, folds.depth);
  const shownAt = (d: number) => [...level.values()].filter((l) => l <= d).length;
  while (depth > 1 && shownAt(depth) > folds.budget) depth -= 1;
  const out = new Set<NodeId>();
  for (const [id, n] of kids) if (n > 0 && (level.get(id) ?? 0) >= depth) out.add(id);
  let shown = shownAt(depth);
  const markedIds = [...marks].filter(([id, m]) => m !== 'unchanged' && parents.has(id)).map(([id]) => id).sort();
  for (const id of markedIds) {
    const opened = ancestorsOf(parents, id).filter((a) => out.has(a));
    const extra = opened.reduce((sum, a) => sum + (kids.get(a) ?? 0), 0);
    if (shown + extra > folds.budget) continue;
    for (const a of opened) out.delete(a);
    shown += extra;
  }
  return out;
}
