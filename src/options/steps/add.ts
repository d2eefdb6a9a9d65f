import type { AddStep } from '../../model/types.ts';
import { firstProblem, holderProblem, kindProblem, nameProblem, peopleProblem, slugProblem, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

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
};
