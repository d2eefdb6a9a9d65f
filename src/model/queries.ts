import type { NodeId, OrgNode, Structure } from './types.ts';

/** Identity of a link; takes any kind string so that unvalidated input (io's duplicate check) keys the same way. */
export const linkKey = (l: { kind: string; from: string; to: string }): string => `${l.kind}\u0000${l.from}\u0000${l.to}`;

export function nodeIndex(s: Structure): Map<NodeId, OrgNode> {
  return new Map(s.nodes.map((n) => [n.id, n]));
}

/** Direct reports of every node, in node order. Roots are under the key null. */
export function childrenIndex(nodes: readonly OrgNode[]): Map<NodeId | null, NodeId[]> {
  const out = new Map<NodeId | null, NodeId[]>();
  for (const n of nodes) {
    const key = n.manager ?? null;
    const list = out.get(key);
    if (list) list.push(n.id);
    else out.set(key, [n.id]);
  }
  return out;
}

export function roots(s: Structure): NodeId[] {
  return s.nodes.filter((n) => n.manager == null).map((n) => n.id);
}

/** The node and its managers up to its root: [id, manager, manager's manager, …]. Stops at a loop or a missing manager. */
export function lineOf(index: ReadonlyMap<NodeId, OrgNode>, id: NodeId): NodeId[] {
  const line: NodeId[] = [];
  const seen = new Set<NodeId>();
  let cur: NodeId | null | undefined = id;
  while (cur != null && index.has(cur) && !seen.has(cur)) {
    seen.add(cur);
    line.push(cur);
    cur = index.get(cur)?.manager;
  }
  return line;
}

/** Where a node sits in line management: `depth` counts the node and its managers (a root is 1); `root` is the top of its line. */
export interface LinePlace {
  depth: number;
  root: NodeId;
}

/**
 * `lineOf(index, id).length` and `.at(-1)` for every node at once, in time linear in the number of nodes
 * whatever the depth (each line is walked once, then remembered), without recursion. A node whose line
 * runs into a loop (bad data) gets exactly what `lineOf` gives it.
 */
export function linePlaces(index: ReadonlyMap<NodeId, OrgNode>): Map<NodeId, LinePlace> {
  const out = new Map<NodeId, LinePlace>();
  const walk: NodeId[] = [];
  const onWalk = new Set<NodeId>();
  for (const start of index.keys()) {
    if (out.has(start)) continue;
    let cur: NodeId | null | undefined = start;
    while (cur != null && index.has(cur) && !out.has(cur) && !onWalk.has(cur)) {
      walk.push(cur);
      onWalk.add(cur);
      cur = index.get(cur)?.manager;
    }
    if (cur != null && onWalk.has(cur)) {
      // A loop: what lineOf gives depends on where it starts, so ask it for each node of this walk.
      for (const id of walk) {
        const line = lineOf(index, id);
        out.set(id, { depth: line.length, root: line.at(-1)! });
      }
    } else {
      const above = cur != null ? out.get(cur) : undefined;
      let depth = above ? above.depth : 0;
      const root = above ? above.root : walk[walk.length - 1]!;
      for (let k = walk.length - 1; k >= 0; k--) out.set(walk[k]!, { depth: ++depth, root });
    }
    walk.length = 0;
    onWalk.clear();
  }
  return out;
}

/** Every line-management loop, each as the ids in the loop in reporting order, starting from its smallest id. */
export function findLoops(nodes: readonly OrgNode[]): NodeId[][] {
  const index = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<NodeId, 'open' | 'done'>();
  const loops: NodeId[][] = [];
  for (const start of nodes) {
    const path: NodeId[] = [];
    let cur: NodeId | null | undefined = start.id;
    while (cur != null && index.has(cur) && !state.has(cur)) {
      state.set(cur, 'open');
      path.push(cur);
      cur = index.get(cur)?.manager;
    }
    if (cur != null && state.get(cur) === 'open') {
      const loop = path.slice(path.indexOf(cur));
      const min = loop.indexOf([...loop].sort()[0]!);
      loops.push([...loop.slice(min), ...loop.slice(0, min)]);
    }
    for (const id of path) state.set(id, 'done');
  }
  return loops;
}
