import type { AssignStep } from '../../model/types.ts';
import { targetProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

export const assign: Handler<AssignStep> = {
  check(draft, step) {
    const fn = step.function;
    if (typeof fn !== 'string' || !draft.functions.has(fn)) return { kind: 'no-function', function: fn };
    return targetProblem(step.to) ?? (step.to === null ? null : missingNode(draft, step.to, 'to'));
  },
  apply(draft, step) {
    draft.assign(step.function, step.to);
  },
  describe(step, w) {
    return `${w.function(step.function)}: accountable ${w.accountable(step.to)}`;
  },
};
