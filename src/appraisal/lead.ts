import type { NodeId, OrgNode, Structure } from '../model/types.ts';
import { lineOf } from '../model/queries.ts';

interface ChainLike {
  chain: readonly NodeId[];
}

/**
 * The post through which the most functions' accountability chains pass; on a tie the one deepest in
 * its line (the DCS rather than the Chief Executive above it, when both carry the same chains), then
 * the first in node order. Null when no chain passes through a post.
 */
export function inferLead(s: Structure, index: ReadonlyMap<NodeId, OrgNode>, chains: readonly ChainLike[]): NodeId | null {
  const through = new Map<NodeId, number>();
  for (const c of chains) {
    for (const id of new Set(c.chain)) {
      if (index.get(id)?.kind === 'post') through.set(id, (through.get(id) ?? 0) + 1);
    }
  }
  let best: NodeId | null = null;
  let bestCount = 0;
  let bestDepth = -1;
  for (const n of s.nodes) {
    const count = through.get(n.id) ?? 0;
    if (count === 0) continue;
    const depth = lineOf(index, n.id).length;
    if (count > bestCount || (count === bestCount && depth > bestDepth)) {
      best = n.id;
      bestCount = count;
      bestDepth = depth;
    }
  }
  return best;
}
