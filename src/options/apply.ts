import type { NodeId, Step, StepOp, Structure } from '../model/types.ts';
import { Draft } from './draft.ts';
import { applyOn, checkOn } from './steps/index.ts';
import { moveProblem } from './steps/move.ts';
import { withNodeNames } from '../model/names.ts';
import { needsOf, type Need } from './conflicts.ts';

/**
 * A conflict: a step of an option that does not apply to the structure it meets (its node removed by an earlier
 * step or by a changed baseline, …). A workspace with conflicts still loads and saves; the option they are in is
 * blocked (see resolveWorkspace) until the officer removes the step, retargets it, or undoes.
 */
export interface StepError {
  option: string;
  /** The step's number, from 1. */
  index: number;
  op: StepOp;
  /** The core's reason, e.g. `no node "cw-3"`. */
  reason: string;
  /** What the step needs that the structure before it does not give, typed (ids). */
  needs: Need[];
  /** format.md's error line, e.g. `option-3 step 4 (move): no node "deputy-director-learning"` */
  message: string;
}

function stepError(draft: Draft, option: string, index: number, step: Step, reason: string): StepError {
  const op = (step as { op?: unknown } | null)?.op;
  const shown = typeof op === 'string' ? op : '?';
  const needs = needsOf(draft, step, reason);
  return { option, index, op: shown as StepOp, reason, needs, message: `${option} step ${index} (${shown}): ${reason}` };
}

/**
 * Applies steps in order to a copy of `base`. A step that does not apply is skipped and reported as a conflict;
 * later steps are still tried, against the structure without it, so every conflict of an option is listed at once
 * (not only the first), and a later step that needs nothing from the skipped one still shows as applying.
 */
export function applySteps(base: Structure, steps: readonly Step[], label: string): { structure: Structure; errors: StepError[] } {
  if (steps.length === 0) return { structure: base, errors: [] };
  const draft = new Draft(base);
  const errors: StepError[] = [];
  steps.forEach((step, i) => {
    const reason = applyOn(draft, step);
    if (reason !== null) errors.push(stepError(draft, label, i + 1, step, reason));
  });
  return { structure: draft.toStructure(), errors };
}

/** Checks never write, so one draft per structure serves every check against it. */
const checkDrafts = new WeakMap<Structure, Draft>();
function draftFor(s: Structure): Draft {
  let d = checkDrafts.get(s);
  if (!d) {
    d = new Draft(s);
    checkDrafts.set(s, d);
  }
  return d;
}

/** The reason `step` would fail on `structure`, or null when it would apply. */
export function checkStep(structure: Structure, step: Step): string | null {
  return checkOn(draftFor(structure), step);
}

/** The reason `node` cannot report to `to` (missing ids, itself, one of its own reports), or null. */
export function canMove(structure: Structure, node: NodeId, to: NodeId | null): string | null {
  return moveProblem(draftFor(structure), node, to);
}

/** canMove's reason in the nodes' names, for a drop caption, a dialog or a notice. */
export function explainMove(structure: Structure, node: NodeId, to: NodeId | null): string | null {
  const reason = canMove(structure, node, to);
  return reason === null ? null : withNodeNames(reason, structure);
}
