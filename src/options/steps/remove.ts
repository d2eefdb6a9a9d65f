import type { RemoveStep } from '../../model/types.ts';
import { isId, missingNode, missingNodes, type Handler } from './handler.ts';

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
  /** Its links go and the functions it was accountable for become gaps (format.md, Steps). */
  touches({ node }) {
    return [{ what: 'removed', node }, { what: 'accountabilities', of: node }, { what: 'links-removed', of: node }];
  },
  refs(step) {
    return [[step.node, 'node']];
  },
  needs(draft, step) {
    const missing = missingNodes(draft, [[step.node, 'node']]);
    if (missing.length > 0 || !isId(step.node)) return missing;
    const reports = draft.reports(step.node).sort();
    return reports.length > 0 ? [{ kind: 'no-reports', node: step.node, reports }] : [];
  },
  renamed(step, swap) {
    return { ...step, node: swap(step.node) };
  },
};
