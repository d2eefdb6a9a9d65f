import type { RemoveStep } from '../../model/types.ts';
import { missingNode, type Handler } from './handler.ts';

export const remove: Handler<RemoveStep> = {
  check(draft, { node }) {
    const missing = missingNode(draft, node);
    if (missing) return missing;
    const count = draft.reportCount(node);
    return count === 0 ? null : { kind: 'manages', node, count };
  },
  apply(draft, { node }) {
    draft.removeNode(node);
  },
  describe(step, w) {
    return `Remove ${w.node(step.node)}`;
  },
};
