import type { MergeStep, NodeId } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';
import { missingNode, type Handler } from './handler.ts';

/** A loop the merge would make: a merged node above `into` hands its report on that line to `into`. */
function mergeLoop(draft: Draft, merged: ReadonlySet<NodeId>, into: NodeId): Refusal | null {
  if (![...merged].some((id) => draft.isUnder(into, id))) return null;
  const line = draft.lineOf(into);
  const at = line.findIndex((id) => merged.has(id));
  const path = line.slice(0, at);
  const handedOn = path[path.length - 1]!;
  return { kind: 'loop', chain: [handedOn, ...path] };
}

export const merge: Handler<MergeStep> = {
  check(draft, { nodes, into }) {
    if (!Array.isArray(nodes) || nodes.length === 0) return { kind: 'nothing-to-merge' };
    const seen = new Set<NodeId>();
    for (const id of nodes) {
      const missing = missingNode(draft, id);
      if (missing) return missing;
      if (seen.has(id)) return { kind: 'listed-twice', node: id };
      seen.add(id);
    }
    const missingInto = missingNode(draft, into, 'into');
    if (missingInto) return missingInto;
    if (seen.has(into)) return { kind: 'merge-into-itself', node: into };
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
  describe(step, w) {
    return `Merge ${step.nodes.map((id) => w.node(id)).join(', ')} into ${w.node(step.into)}`;
  },
};
