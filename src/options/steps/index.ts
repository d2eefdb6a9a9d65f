import type { Step } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import type { Refusal } from '../refusal.ts';
import { add } from './add.ts';
import { assign } from './assign.ts';
import type { Handler, HandlerTable, StepWords } from './handler.ts';
import { link, unlink } from './link.ts';
import { merge } from './merge.ts';
import { move } from './move.ts';
import { remove } from './remove.ts';
import { update } from './update.ts';

const HANDLERS: HandlerTable = { add, remove, move, update, merge, link, unlink, assign };

function handlerFor(step: Step): Handler | null {
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

export type { StepWords } from './handler.ts';
