import type { NodeId, MoveStep } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import { loopReason, missingNode, type Handler } from './handler.ts';

/** Why `node` cannot report to `to`, or null. Walks up from `to` only. */
export function moveProblem(draft: Draft, node: unknown, to: unknown): string | null {
  const missing = missingNode(draft, node);
  if (missing) return missing;
  if (to === null) return null;
  const missingTo = missingNode(draft, to);
  if (missingTo) return missingTo;
  if (to === node) return `"${node as NodeId}" cannot report to itself`;
  if (!draft.isUnder(to as NodeId, node as NodeId)) return null;
  const line = draft.lineOf(to as NodeId);
  const at = line.indexOf(node as NodeId);
  return at < 0 ? null : loopReason([node as NodeId, ...line.slice(0, at + 1)]);
}

export const move: Handler<MoveStep> = {
  check(draft, { node, to }) {
    if (to === undefined) return 'to must be a node id or null';
    return moveProblem(draft, node, to);
  },
  apply(draft, { node, to }) {
    draft.setManager(node, to);
  },
};
