import type { Link, LinkStep, UnlinkStep } from '../../model/types.ts';
import { linkKindProblem, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

const describeLink = (l: Pick<Link, 'kind' | 'from' | 'to'>): string => `${l.kind} link "${l.from}" → "${l.to}"`;

export const link: Handler<LinkStep> = {
  check(draft, step) {
    const problem = linkKindProblem(step.kind) ?? missingNode(draft, step.from) ?? missingNode(draft, step.to) ?? textProblem('note', step.note);
    if (problem) return problem;
    if (step.from === step.to) return `"${step.from}" cannot link to itself`;
    return draft.hasLink(step) ? `${describeLink(step)} already exists` : null;
  },
  apply(draft, { kind, from, to, note }) {
    draft.addLink(note === undefined ? { kind, from, to } : { kind, from, to, note });
  },
};

export const unlink: Handler<UnlinkStep> = {
  check(draft, step) {
    const problem = linkKindProblem(step.kind);
    if (problem) return problem;
    return draft.hasLink(step) ? null : `no ${describeLink(step)}`;
  },
  apply(draft, step) {
    draft.removeLink(step);
  },
};
