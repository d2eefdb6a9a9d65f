import type { NodeId, Step, Structure, Workspace } from '../model/types.ts';
import { applySteps } from './apply.ts';
import { resolveWorkspace } from './resolve.ts';

const swap = (id: NodeId, from: NodeId, to: NodeId): NodeId => (id === from ? to : id);
const swapOrNull = (id: NodeId | null, from: NodeId, to: NodeId): NodeId | null => (id === null ? null : swap(id, from, to));

/**
 * The step with every reference to node `from` (the node it acts on, its new manager, a merge's nodes or target, a
 * link's ends) pointed at node `to` instead: the "retarget" way out of a conflict. Other fields (why, set, the id of
 * an added node) are kept. The step is returned unchanged when it does not name `from`.
 */
export function retargetStep(step: Step, from: NodeId, to: NodeId): Step {
  switch (step.op) {
    case 'add':
      return step.node.manager === from ? { ...step, node: { ...step.node, manager: to } } : step;
    case 'remove':
    case 'update':
      return step.node === from ? { ...step, node: to } : step;
    case 'move':
      return { ...step, node: swap(step.node, from, to), to: swapOrNull(step.to, from, to) };
    case 'merge':
      return { ...step, nodes: step.nodes.map((id) => swap(id, from, to)), into: swap(step.into, from, to) };
    case 'link':
    case 'unlink':
      return { ...step, from: swap(step.from, from, to), to: swap(step.to, from, to) };
    case 'assign':
      return { ...step, to: swapOrNull(step.to, from, to) };
  }
}

/**
 * The structure that step `index` (0-based) of option `optionId` meets: the option's `from` structure with the steps
 * before it applied (those that apply). Null when the option or its `from` cannot be had. For the retarget picker.
 */
export function structureBeforeStep(ws: Workspace, optionId: string, index: number): Structure | null {
  const option = ws.options.find((o) => o.id === optionId);
  if (!option) return null;
  const base = resolveWorkspace(ws).structures.get(option.from ?? ws.baseline.id);
  return base ? applySteps(base, option.steps.slice(0, index), option.id).structure : null;
}
