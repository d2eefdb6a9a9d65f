import type { NodeId, Step, StepOp, Structure } from '../model/types.ts';
import { Draft } from './draft.ts';
import type { Refusal, StepError } from './refusal.ts';
import { applyOn, checkOn, needsOf } from './steps/index.ts';
import { moveProblem } from './steps/move.ts';

function stepError(draft: Draft, option: string, index: number, step: Step, refusal: Refusal): StepError {
  const op = (step as { op?: unknown } | null)?.op;
  return { option, index, op: typeof op === 'string' ? (op as StepOp) : '?', refusal, needs: needsOf(draft, step, refusal) };
}

/**
 * Applies steps in order to a copy of `base`. A step that does not apply is skipped and reported as a conflict
 * (option `label`, its number from 1, its op, a typed refusal and what it needs; src/words words it); later steps
 * are still tried, against the structure without it, so every conflict of an option is listed at once (not only
 * the first), and a later step that needs nothing from the skipped one still shows as applying.
 */
export function applySteps(base: Structure, steps: readonly Step[], label: string): { structure: Structure; errors: StepError[] } {
  if (steps.length === 0) return { structure: base, errors: [] };
  const draft = new Draft(base);
  const errors: StepError[] = [];
  steps.forEach((step, i) => {
    const refusal = applyOn(draft, step);
    if (refusal !== null) errors.push(stepError(draft, label, i + 1, step, refusal));
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

/** Why `step` would fail on `structure` (a typed refusal: kind and ids), or null when it would apply. Words: `refusal` in src/words. */
export function checkStep(structure: Structure, step: Step): Refusal | null {
  return checkOn(draftFor(structure), step);
}

/** Why `node` cannot report to `to` (missing ids, itself, one of its own reports), or null when it can. */
export function moveRefusal(structure: Structure, node: NodeId, to: NodeId | null): Refusal | null {
  return moveProblem(draftFor(structure), node, to);
}

/** True when `node` may report to `to` (null: no manager). `moveRefusal` says why not. */
export function canMove(structure: Structure, node: NodeId, to: NodeId | null): boolean {
  return moveRefusal(structure, node, to) === null;
}
