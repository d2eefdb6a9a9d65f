import type { Link, NodeId } from '../model/types.ts';

/**
 * Facts about a line-management forest that pagination asks of every page, computed once so that a page costs
 * the nodes it draws, not the nodes under it (issue 10: a 10,000-layer chain on A3 took over 600 s). Built without
 * recursion: one depth-first walk, then sums bottom up.
 */
export interface ForestIndex {
  /** Nodes in and under `id` (itself included). */
  size(id: NodeId): number;
  /** Layers under `id`: 0 for a node with no reports. */
  height(id: NodeId): number;
  /** Whether `id` is strictly under `above`. */
  under(id: NodeId, above: NodeId): boolean;
  /** Position in the walk: nodes under a node follow it, so sorting by it puts a subtree's nodes together. */
  order(id: NodeId): number;
  /** Indexes into `links` of the links with an end at `id`. */
  linksAt(id: NodeId): readonly number[];
  /** Indexes of the links whose ends' lowest common manager is `id` (an end may be `id` itself). */
  linksMeetingAt(id: NodeId): readonly number[];
  /** Indexes of the links whose ends are in different trees of the forest (or not in it). */
  linksAcross: readonly number[];
}

/**
 * Indexes the forest of `tops` (in order) and their reports `kids`, and the `links` between its nodes.
 * Lowest common managers by binary lifting: O((n + links) log depth) time, O(n log depth) space.
 */
export function indexForest(tops: readonly NodeId[], kids: (id: NodeId) => readonly NodeId[], links: readonly Link[]): ForestIndex {
  const at = new Map<NodeId, number>();
  const ids: NodeId[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const root: number[] = [];
  for (const top of tops) {
    if (at.has(top)) continue;
    const todo: [NodeId, number][] = [[top, -1]];
    while (todo.length > 0) {
      const [id, p] = todo.pop()!;
      if (at.has(id)) continue;
      const i = ids.length;
      at.set(id, i);
      ids.push(id);
      parent.push(p);
      depth.push(p < 0 ? 0 : depth[p]! + 1);
      root.push(p < 0 ? i : root[p]!);
      const ks = kids(id);
      for (let k = ks.length - 1; k >= 0; k--) if (!at.has(ks[k]!)) todo.push([ks[k]!, i]);
    }
  }
  const n = ids.length;
  const size = new Array<number>(n).fill(1);
  const height = new Array<number>(n).fill(0);
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    if (p < 0) continue;
    size[p]! += size[i]!;
    if (height[p]! < height[i]! + 1) height[p] = height[i]! + 1;
  }
  // up[j][i]: the manager 2^j layers above i (a root is its own).
  const up: Int32Array[] = [Int32Array.from(parent, (p, i) => (p < 0 ? i : p))];
  const maxDepth = depth.reduce((m, d) => Math.max(m, d), 0);
  for (let j = 1; 1 << j <= maxDepth; j++) {
    const prev = up[j - 1]!;
    up.push(prev.map((a) => prev[a]!));
  }
  const lowestCommon = (a: number, b: number): number => {
    if (depth[a]! < depth[b]!) [a, b] = [b, a];
    for (let j = up.length - 1; j >= 0; j--) if (depth[a]! - (1 << j) >= depth[b]!) a = up[j]![a]!;
    if (a === b) return a;
    for (let j = up.length - 1; j >= 0; j--) {
      if (up[j]![a] !== up[j]![b]) {
        a = up[j]![a]!;
        b = up[j]![b]!;
      }
    }
    return parent[a]!;
  };
  const linksAt = new Map<NodeId, number[]>();
  const meeting = new Map<NodeId, number[]>();
  const across: number[] = [];
  const add = (map: Map<NodeId, number[]>, id: NodeId, li: number) => {
    const list = map.get(id);
    if (list) {
      if (list[list.length - 1] !== li) list.push(li);
    } else map.set(id, [li]);
  };
  links.forEach((link, li) => {
    add(linksAt, link.from, li);
    add(linksAt, link.to, li);
    const a = at.get(link.from);
    const b = at.get(link.to);
    if (a === undefined || b === undefined || root[a] !== root[b]) across.push(li);
    else add(meeting, ids[lowestCommon(a, b)]!, li);
  });
  const none: readonly number[] = [];
  const idx = (id: NodeId) => at.get(id) ?? -1;
  return {
    size: (id) => size[idx(id)] ?? 1,
    height: (id) => height[idx(id)] ?? 0,
    under: (id, above) => {
      const i = idx(id);
      const a = idx(above);
      return i >= 0 && a >= 0 && a < i && i < a + size[a]!;
    },
    order: idx,
    linksAt: (id) => linksAt.get(id) ?? none,
    linksMeetingAt: (id) => meeting.get(id) ?? none,
    linksAcross: across,
  };
}
