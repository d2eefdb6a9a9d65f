import type { AddStep, OrgNode } from '../../model/types.ts';
import type { Need } from '../conflicts.ts';
import { firstProblem, holderProblem, kindProblem, nameProblem, peopleProblem, slugProblem, textProblem } from '../values.ts';
import { isId, missingNode, missingNodes, type Handler, type NodeRef } from './handler.ts';

/** The new node's manager is the one node an add refers to; its own id is one it creates. */
const refs = ({ node }: AddStep): NodeRef[] => {
  const manager = (node as Partial<OrgNode> | null)?.manager;
  return manager == null ? [] : [[manager, 'manager']];
};

export const add: Handler<AddStep> = {
  check(draft, { node }) {
    if (typeof node !== 'object' || node === null) return { kind: 'bad-value', field: 'node', value: node, rule: 'object' };
    const value = firstProblem(
      slugProblem('id', node.id),
      kindProblem(node.kind),
      nameProblem(node.name),
      holderProblem(node.holder),
      textProblem('note', node.note),
      textProblem('source', node.source),
      peopleProblem(node),
    );
    if (value) return value;
    if (draft.has(node.id)) return { kind: 'node-exists', node: node.id };
    return node.manager == null ? null : missingNode(draft, node.manager, 'manager');
  },
  apply(draft, { node }) {
    draft.addNode(node);
  },
  describe({ node }, w) {
    return `Add ${w.text(node.name)} (${w.nodeKind(node.kind)}), reporting to ${w.manager(node.manager ?? null)}`;
  },
  touches({ node }) {
    return [{ what: 'added', node: node.id }];
  },
  refs,
  needs(draft, step) {
    const node = step.node as Partial<OrgNode> | null;
    if (!node || !isId(node.id)) return [];
    const taken: Need[] = draft.has(node.id) ? [{ kind: 'free-id', id: node.id }] : [];
    return [...taken, ...missingNodes(draft, refs(step))];
  },
  renamed(step, swap) {
    const { manager } = step.node;
    return manager == null ? step : { ...step, node: { ...step.node, manager: swap(manager) } };
  },
};
