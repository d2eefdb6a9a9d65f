import type { MergeStep, NodeId } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';
import { isId, missingNode, missingNodes, type Handler, type NodeRef, type Touch } from './handler.ts';

const refs = ({ nodes, into }: MergeStep): NodeRef[] => [...(Array.isArray(nodes) ? nodes.map((id): NodeRef => [id, 'node']) : []), [into, 'into']];

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
  /** The merged nodes go; on the way their reports move, and their accountabilities and links pass to `into` (format.md, Steps). */
  touches({ nodes, into }) {
    const handedOn = (of: NodeId): Touch[] => [{ what: 'accountabilities', of }, { what: 'links-added', of }, { what: 'links-removed', of }];
    return [...nodes.flatMap((node): Touch[] => [{ what: 'removed', node }, { what: 'reports', of: node }, ...handedOn(node)]), ...handedOn(into)];
  },
  refs,
  needs(draft, step) {
    const missing = missingNodes(draft, refs(step));
    if (missing.length > 0 || !isId(step.into) || !Array.isArray(step.nodes)) return missing;
    const above = step.nodes.find((id) => id !== step.into && draft.isUnder(step.into, id));
    return above === undefined ? [] : [{ kind: 'no-loop', node: above, under: step.into }];
  },
  renamed(step, swap) {
    return { ...step, nodes: step.nodes.map(swap), into: swap(step.into) };
  },
};
