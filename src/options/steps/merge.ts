import type { MergeStep, NodeId } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import { loopReason, missingNode, type Handler } from './handler.ts';

/** A loop the merge would make: a merged node above `into` hands its report on that line to `into`. */
function mergeLoop(draft: Draft, merged: ReadonlySet<NodeId>, into: NodeId): string | null {
  if (![...merged].some((id) => draft.isUnder(into, id))) return null;
  const line = draft.lineOf(into);
  const at = line.findIndex((id) => merged.has(id));
  const path = line.slice(0, at);
  const handedOn = path[path.length - 1]!;
  return loopReason([handedOn, ...path]);
}

export const merge: Handler<MergeStep> = {
  check(draft, { nodes, into }) {
    if (!Array.isArray(nodes) || nodes.length === 0) return 'no nodes to merge';
    const seen = new Set<NodeId>();
    for (const id of nodes) {
      const missing = missingNode(draft, id);
      if (missing) return missing;
      if (seen.has(id)) return `node "${id}" is listed twice`;
      seen.add(id);
    }
    const missingInto = missingNode(draft, into);
    if (missingInto) return `into: ${missingInto}`;
    if (seen.has(into)) return `cannot merge "${into}" into itself`;
    return mergeLoop(draft, seen, into);
  },
  apply(draft, { nodes, into }) {
    const merged = new Set(nodes);
    for (const id of nodes) {
      for (const report of draft.reports(id)) if (!merged.has(report)) draft.setManager(report, into);
      for (const fn of draft.functionsOf(id).slice()) draft.assign(fn, into);
      draft.repointLinks(id, into);
    }
    for (const id of nodes) draft.removeNode(id);
  },
};
