import type { NodeId, OrgNode, Structure } from '../model/types.ts';
import { linePlaces } from '../model/queries.ts';

interface ChainLike {
  /** The node accountable for a function; its chain runs from it up its line of management. */
  accountable: NodeId | null;
}

/**
 * The post through which the most functions' accountability chains pass; on a tie the one deepest in
 * its line (the DCS rather than the Chief Executive above it, when both carry the same chains), then
 * the first in node order. Null when no chain passes through a post.
 * A chain passes through a node when the accountable node is that node or one of its reports, at any
 * depth, so the counts are sums over each node's reports, deepest first: linear in nodes and functions
 * (not their product with the depth).
 */
export function inferLead(s: Structure, index: ReadonlyMap<NodeId, OrgNode>, chains: readonly ChainLike[]): NodeId | null {
  const places = linePlaces(index);
  const through = new Map<NodeId, number>();
  for (const c of chains) if (c.accountable != null && index.has(c.accountable)) through.set(c.accountable, (through.get(c.accountable) ?? 0) + 1);
  // Deepest first (bucketed by depth), each node passes its count to its manager. A line that runs into a loop
  // (bad data) is left where it is.
  const byDepth: NodeId[][] = [];
  for (const [id, p] of places) (byDepth[p.depth] ??= []).push(id);
  for (let d = byDepth.length - 1; d > 1; d--) {
    for (const id of byDepth[d] ?? []) {
      const n = through.get(id);
      const manager = index.get(id)?.manager;
      if (n === undefined || manager == null) continue;
      if (places.get(manager)?.depth !== d - 1) continue;
      through.set(manager, (through.get(manager) ?? 0) + n);
    }
  }
  let best: NodeId | null = null;
  let bestCount = 0;
  let bestDepth = -1;
  for (const n of s.nodes) {
    if (n.kind !== 'post') continue;
    const count = through.get(n.id) ?? 0;
    if (count === 0) continue;
    const depth = places.get(n.id)?.depth ?? 0;
    if (count > bestCount || (count === bestCount && depth > bestDepth)) {
      best = n.id;
      bestCount = count;
      bestDepth = depth;
    }
  }
  return best;
}
