import type { Step } from '../../model/types.ts';
import type { Draft } from '../draft.ts';
import { add } from './add.ts';
import { assign } from './assign.ts';
import type { Handler, HandlerTable } from './handler.ts';
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
export function checkOn(draft: Draft, step: Step): string | null {
  if (typeof step !== 'object' || step === null) return 'a step must be an object';
  const handler = handlerFor(step);
  if (!handler) return `unknown op ${JSON.stringify((step as { op?: unknown }).op) ?? '(none)'}`;
  return handler.check(draft, step);
}

/** Applies the step if it passes its check; returns the reason it failed, or null. */
export function applyOn(draft: Draft, step: Step): string | null {
  const reason = checkOn(draft, step);
  if (reason === null) handlerFor(step)!.apply(draft, step);
  return reason;
}
