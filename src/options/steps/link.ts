import type { LinkStep, UnlinkStep } from '../../model/types.ts';
import { linkKindProblem, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

export const link: Handler<LinkStep> = {
  check(draft, step) {
    const problem = linkKindProblem(step.kind) ?? missingNode(draft, step.from, 'from') ?? missingNode(draft, step.to, 'to') ?? textProblem('note', step.note);
    if (problem) return problem;
    if (step.from === step.to) return { kind: 'self-link', node: step.from };
    const { kind, from, to } = step;
    return draft.hasLink(step) ? { kind: 'link-exists', link: { kind, from, to } } : null;
  },
  apply(draft, { kind, from, to, note }) {
    draft.addLink(note === undefined ? { kind, from, to } : { kind, from, to, note });
  },
  describe(step, w) {
    return `Add ${w.linkKind(step.kind)} link: ${w.node(step.from)} → ${w.node(step.to)}`;
  },
};

export const unlink: Handler<UnlinkStep> = {
  check(draft, step) {
    const problem = linkKindProblem(step.kind);
    if (problem) return problem;
    const { kind, from, to } = step;
    return draft.hasLink(step) ? null : { kind: 'no-link', link: { kind, from, to } };
  },
  apply(draft, step) {
    draft.removeLink(step);
  },
  describe(step, w) {
    return `Remove ${w.linkKind(step.kind)} link: ${w.node(step.from)} → ${w.node(step.to)}`;
  },
};
