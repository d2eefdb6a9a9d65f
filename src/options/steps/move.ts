import type { NodeId, MoveStep } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';
import { targetProblem } from '../values.ts';
import { isId, missingNode, missingNodes, type Handler, type NodeRef } from './handler.ts';

const refs = (step: MoveStep): NodeRef[] => [[step.node, 'node'], [step.to, 'to']];

/** Why `node` cannot report to `to`, or null. Walks up from `to` only. */
export function moveProblem(draft: Draft, node: unknown, to: unknown): Refusal | null {
  const missing = missingNode(draft, node);
  if (missing) return missing;
  if (to === null) return null;
  const missingTo = missingNode(draft, to, 'to');
  if (missingTo) return missingTo;
  if (to === node) return { kind: 'self-report', node: node as NodeId };
  if (!draft.isUnder(to as NodeId, node as NodeId)) return null;
  const line = draft.lineOf(to as NodeId);
  const at = line.indexOf(node as NodeId);
  return at < 0 ? null : { kind: 'loop', chain: [node as NodeId, ...line.slice(0, at + 1)] };
}

export const move: Handler<MoveStep> = {
  check(draft, { node, to }) {
    return targetProblem(to) ?? moveProblem(draft, node, to);
  },
  apply(draft, { node, to }) {
    draft.setManager(node, to);
  },
  describe(step, w) {
    return `${w.node(step.node)} to report to ${w.manager(step.to)}`;
  },
  touches({ node }) {
    return [{ what: 'moved', node }];
  },
  refs,
  needs(draft, step) {
    const missing = missingNodes(draft, refs(step));
    if (missing.length > 0 || !isId(step.node) || !isId(step.to)) return missing;
    return draft.isUnder(step.to, step.node) ? [{ kind: 'no-loop', node: step.node, under: step.to }] : [];
  },
  renamed(step, swap) {
    return { ...step, node: swap(step.node), to: step.to === null ? null : swap(step.to) };
  },
};
