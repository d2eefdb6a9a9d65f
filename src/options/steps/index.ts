import type { NodeId, Step } from '../../model/types.ts';
import type { Need } from '../conflicts.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';
import { add } from './add.ts';
import { assign } from './assign.ts';
import type { Handler, HandlerTable, StepWords, Touch } from './handler.ts';
import { link, unlink } from './link.ts';
import { merge } from './merge.ts';
import { move } from './move.ts';
import { remove } from './remove.ts';
import { update } from './update.ts';

/** One handler per op (format.md, Steps): everything about an op lives in its own file. */
export const HANDLERS: HandlerTable = { add, remove, move, update, merge, link, unlink, assign };

function handlerFor(step: Step): Handler | null {
  if (typeof step !== 'object' || step === null) return null;
  const op: unknown = (step as { op?: unknown }).op;
  if (typeof op !== 'string' || !Object.hasOwn(HANDLERS, op)) return null;
  // The table is keyed by op, so the handler found for step.op takes exactly this step's type.
  return HANDLERS[op as Step['op']] as Handler;
}

/** Why the step would fail on the draft, or null. */
export function checkOn(draft: Draft, step: Step): Refusal | null {
  if (typeof step !== 'object' || step === null) return { kind: 'not-a-step' };
  const handler = handlerFor(step);
  if (!handler) return { kind: 'unknown-op', op: (step as { op?: unknown }).op };
  return handler.check(draft, step);
}

/** Applies the step if it passes its check; returns why it failed, or null. */
export function applyOn(draft: Draft, step: Step): Refusal | null {
  const refusal = checkOn(draft, step);
  if (refusal === null) handlerFor(step)!.apply(draft, step);
  return refusal;
}

/** One line saying what a (well-formed) step does, in the words given; the op's own handler words it. */
export function describeStep(step: Step, w: StepWords): string {
  const handler = handlerFor(step);
  return handler ? handler.describe(step, w) : `${String((step as { op?: unknown }).op)}`;
}

/** What a well-formed step changes, directly or on the way (Touch); [] for a step of no known op. */
export function stepTouches(step: Step): Touch[] {
  return handlerFor(step)?.touches(step) ?? [];
}

/**
 * What `step` needs that `draft` (the structure as the steps before it left it) does not give. Called only for a step
 * whose check failed; `refusal` is that check's refusal, kept when no typed need explains it. Never throws, even on a
 * malformed step (the result is then one `other` need).
 */
export function needsOf(draft: Draft, step: Step, refusal: Refusal): Need[] {
  const found = handlerFor(step)?.needs(draft, step) ?? [];
  return found.length > 0 ? found : [{ kind: 'other', refusal }];
}

/**
 * The step with every reference to node `from` (the node it acts on, its new manager, a merge's nodes or target, a
 * link's ends) pointed at node `to` instead: the "retarget" way out of a conflict. Other fields (why, set, the id of
 * an added node) are kept. The very same step is returned when it does not name `from`.
 */
export function retargetStep(step: Step, from: NodeId, to: NodeId): Step {
  const handler = handlerFor(step);
  if (!handler || !handler.refs(step).some(([id]) => id === from)) return step;
  return handler.renamed(step, (id) => (id === from ? to : id));
}

export type { StepWords, Touch } from './handler.ts';
