import type { RemoveStep } from '../../model/types.ts';
import { missingNode, type Handler } from './handler.ts';

export const remove: Handler<RemoveStep> = {
  check(draft, { node }) {
    const missing = missingNode(draft, node);
    if (missing) return missing;
    const reports = draft.reportCount(node);
    return reports === 0 ? null : `node "${node}" manages ${reports} node${reports === 1 ? '' : 's'}`;
  },
  apply(draft, { node }) {
    draft.removeNode(node);
  },
};
