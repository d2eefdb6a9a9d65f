import type { AssignStep } from '../../model/types.ts';
import { targetProblem } from '../values.ts';
import type { Need } from '../conflicts.ts';
import { isId, missingNode, missingNodes, type Handler } from './handler.ts';

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
  touches(step) {
    return [{ what: 'accountable', function: step.function }];
  },
  refs(step) {
    return [[step.to, 'to']];
  },
  needs(draft, step) {
    const gone: Need[] = isId(step.function) && !draft.functions.has(step.function) ? [{ kind: 'function', id: step.function }] : [];
    return [...gone, ...missingNodes(draft, [[step.to, 'to']])];
  },
  renamed(step, swap) {
    return { ...step, to: step.to === null ? null : swap(step.to) };
  },
};
