import type { LinkStep, UnlinkStep } from '../../model/types.ts';
import type { Need } from '../conflicts.ts';
import type { Draft } from '../draft.ts';
import { linkKindProblem, textProblem } from '../values.ts';
import { missingNode, missingNodes, type Handler, type NodeRef } from './handler.ts';

/** A link's ends, for link and unlink alike. */
const refs = (step: LinkStep | UnlinkStep): NodeRef[] => [[step.from, 'from'], [step.to, 'to']];
/** Kind and ends are strings (a malformed step's may be anything, even an object whose toString throws): only then is a link looked up. */
const wellFormed = (step: LinkStep | UnlinkStep): boolean => typeof step.kind === 'string' && typeof step.from === 'string' && typeof step.to === 'string';

/**
 * What a failing link (`present` false) or unlink (`present` true) step needs: its ends, then the link to be there
 * (unlink) or not yet (link). A malformed step needs nothing more: its refusal says what is wrong.
 */
function linkNeeds(draft: Draft, step: LinkStep | UnlinkStep, present: boolean): Need[] {
  const missing = missingNodes(draft, refs(step));
  if (missing.length > 0) return missing;
  if (!wellFormed(step)) return [];
  const link = { kind: step.kind, from: step.from, to: step.to };
  if (draft.hasLink(link) === present) return [];
  return [present ? { kind: 'link', link } : { kind: 'no-link', link }];
}

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
  touches({ kind, from, to }) {
    return [{ what: 'link-added', link: { kind, from, to } }];
  },
  refs,
  needs(draft, step) {
    return linkNeeds(draft, step, false);
  },
  renamed(step, swap) {
    return { ...step, from: swap(step.from), to: swap(step.to) };
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
  touches({ kind, from, to }) {
    return [{ what: 'link-removed', link: { kind, from, to } }];
  },
  refs,
  needs(draft, step) {
    return linkNeeds(draft, step, true);
  },
  renamed(step, swap) {
    return { ...step, from: swap(step.from), to: swap(step.to) };
  },
};
