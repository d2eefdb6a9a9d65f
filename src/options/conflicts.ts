import type { FunctionId, Link, NodeId, Step } from '../model/types.ts';
import type { Draft } from './draft.ts';
import type { Refusal } from './refusal.ts';

/** Which part of a step a node reference fills: the node it acts on, its new manager, the node it merges into, a link's end. */
export type NodeRole = 'node' | 'to' | 'into' | 'manager' | 'from';

/**
 * What a step that no longer applies would need from the structure it meets, as typed values (ids, never words).
 * A stale step usually needs a node (or function, or link) that an earlier step or a refreshed baseline took away;
 * the other kinds are rules of the format (format.md, Steps) that the structure now breaks for it.
 */
export type Need =
  /** A node that is not there. */
  | { kind: 'node'; id: NodeId; role: NodeRole }
  /** A function that is not there (assign). */
  | { kind: 'function'; id: FunctionId }
  /** A link that is not there (unlink). */
  | { kind: 'link'; link: Pick<Link, 'kind' | 'from' | 'to'> }
  /** An id not yet used (add). */
  | { kind: 'free-id'; id: NodeId }
  /** The link not yet there (link). */
  | { kind: 'no-link'; link: Pick<Link, 'kind' | 'from' | 'to'> }
  /** The node to manage nobody (remove): its reports now, by id. */
  | { kind: 'no-reports'; node: NodeId; reports: NodeId[] }
  /** `node` not to be above `under`: the change would make line management loop. */
  | { kind: 'no-loop'; node: NodeId; under: NodeId }
  /** Anything else: the core's typed refusal as it stands. */
  | { kind: 'other'; refusal: Refusal };

const isId = (v: unknown): v is string => typeof v === 'string';

/** Node references of `step` that the draft lacks, in the step's own order. */
function missingNodes(draft: Draft, refs: readonly [unknown, NodeRole][]): Need[] {
  const needs: Need[] = [];
  for (const [id, role] of refs) if (isId(id) && !draft.has(id)) needs.push({ kind: 'node', id, role });
  return needs;
}

/**
 * What `step` needs that `draft` (the structure as the steps before it left it) does not give. Called only for a step
 * whose check failed; `refusal` is that check's refusal, kept when no typed need explains it. Never throws, even on a
 * malformed step (the result is then one `other` need).
 */
export function needsOf(draft: Draft, step: Step, refusal: Refusal): Need[] {
  const found = typeof step === 'object' && step !== null ? needsOfStep(draft, step) : [];
  return found.length > 0 ? found : [{ kind: 'other', refusal }];
}

function needsOfStep(draft: Draft, step: Step): Need[] {
  switch (step.op) {
    case 'add': {
      const node = step.node as Partial<typeof step.node> | null;
      if (!node || !isId(node.id)) return [];
      const needs: Need[] = draft.has(node.id) ? [{ kind: 'free-id', id: node.id }] : [];
      return [...needs, ...missingNodes(draft, [[node.manager, 'manager']])];
    }
    case 'remove': {
      const missing = missingNodes(draft, [[step.node, 'node']]);
      if (missing.length > 0 || !isId(step.node)) return missing;
      const reports = draft.reports(step.node).sort();
      return reports.length > 0 ? [{ kind: 'no-reports', node: step.node, reports }] : [];
    }
    case 'move': {
      const missing = missingNodes(draft, [[step.node, 'node'], [step.to, 'to']]);
      if (missing.length > 0 || !isId(step.node) || !isId(step.to)) return missing;
      return draft.isUnder(step.to, step.node) ? [{ kind: 'no-loop', node: step.node, under: step.to }] : [];
    }
    case 'update':
      return missingNodes(draft, [[step.node, 'node']]);
    case 'merge': {
      const refs: [unknown, NodeRole][] = Array.isArray(step.nodes) ? step.nodes.map((id) => [id, 'node']) : [];
      const missing = missingNodes(draft, [...refs, [step.into, 'into']]);
      if (missing.length > 0 || !isId(step.into) || !Array.isArray(step.nodes)) return missing;
      const above = step.nodes.find((id) => id !== step.into && draft.isUnder(step.into, id));
      return above === undefined ? [] : [{ kind: 'no-loop', node: above, under: step.into }];
    }
    case 'link':
    case 'unlink': {
      const missing = missingNodes(draft, [[step.from, 'from'], [step.to, 'to']]);
      if (missing.length > 0) return missing;
      const link = { kind: step.kind, from: step.from, to: step.to };
      const has = draft.hasLink(link);
      if (step.op === 'unlink' && !has) return [{ kind: 'link', link }];
      if (step.op === 'link' && has) return [{ kind: 'no-link', link }];
      return [];
    }
    case 'assign': {
      const needs: Need[] = isId(step.function) && !draft.functions.has(step.function) ? [{ kind: 'function', id: step.function }] : [];
      return [...needs, ...missingNodes(draft, [[step.to, 'to']])];
    }
    default:
      return [];
  }
}
