import type { NodeId, Step, StepOp, Structure } from '../model/types.ts';
import { Draft } from './draft.ts';
import { applyOn, checkOn } from './steps/index.ts';
import { moveProblem } from './steps/move.ts';
import { withNodeNames } from '../model/names.ts';

export interface StepError {
  option: string;
  /** 1-based. */
  index: number;
  op: StepOp;
  reason: string;
  /** e.g. `option-3 step 4 (move): no node "deputy-director-learning"` */
  message: string;
}

function stepError(option: string, index: number, step: Step, reason: string): StepError {
  const op = (step as { op?: unknown } | null)?.op;
  const shown = typeof op === 'string' ? op : '?';
  return { option, index, op: shown as StepOp, reason, message: `${option} step ${index} (${shown}): ${reason}` };
}

/** Applies steps in order to a copy of `base`. A failing step is skipped and reported; later steps are still tried. */
export function applySteps(base: Structure, steps: readonly Step[], label: string): { structure: Structure; errors: StepError[] } {
  if (steps.length === 0) return { structure: base, errors: [] };
  const draft = new Draft(base);
  const errors: StepError[] = [];
  steps.forEach((step, i) => {
    const reason = applyOn(draft, step);
    if (reason !== null) errors.push(stepError(label, i + 1, step, reason));
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
