import type { AddStep } from '../../model/types.ts';
import { firstProblem, holderProblem, kindProblem, nameProblem, peopleProblem, slugProblem, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

export const add: Handler<AddStep> = {
  check(draft, { node }) {
    if (typeof node !== 'object' || node === null) return 'node must be an object';
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
    if (draft.has(node.id)) return `node "${node.id}" already exists`;
    if (node.manager != null) {
      const missing = missingNode(draft, node.manager);
      if (missing) return `manager: ${missing}`;
    }
    return null;
  },
  apply(draft, { node }) {
    draft.addNode(node);
  },
};
