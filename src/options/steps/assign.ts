import type { AssignStep } from '../../model/types.ts';
import { missingNode, type Handler } from './handler.ts';

export const assign: Handler<AssignStep> = {
  check(draft, step) {
    const fn = step.function;
    if (typeof fn !== 'string' || !draft.functions.has(fn)) return `no function ${JSON.stringify(fn) ?? 'given'}`;
    if (step.to === undefined) return 'to must be a node id or null';
    return step.to === null ? null : missingNode(draft, step.to);
  },
  apply(draft, step) {
    draft.assign(step.function, step.to);
  },
};
