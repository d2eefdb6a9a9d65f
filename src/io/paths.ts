import { STEP_OPS, type StepOp } from '../model/types.ts';
import type { JsonPlace, PlaceStep } from './problems.ts';

const isStepOp = (op: unknown): op is StepOp => typeof op === 'string' && (STEP_OPS as readonly string[]).includes(op);

/**
 * The place of `path` in `root`, for problems: array items carry their id where they have one, and the items of an
 * option's `steps` are steps counted from 1 with their op (format.md words step errors so: "step 5 (move)").
 * Worded by src/words/fileProblems.ts as `baseline.nodes[4] "youth-work".kind`, `options[2] "option-3" step 5 (move).to`.
 */
export function placeOf(root: unknown, path: readonly PropertyKey[]): JsonPlace {
  const out: PlaceStep[] = [];
  let cur: unknown = root;
  for (const key of path) {
    const next: unknown = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
    const last = out[out.length - 1];
    if (typeof key === 'number' && last !== undefined && 'field' in last && last.field === 'steps' && Array.isArray(cur)) {
      const op = next !== null && typeof next === 'object' ? (next as { op?: unknown }).op : undefined;
      out[out.length - 1] = isStepOp(op) ? { step: key + 1, op } : { step: key + 1 };
    } else if (typeof key === 'number') {
      const id = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as { id?: unknown }).id : undefined;
      out.push(typeof id === 'string' ? { index: key, id } : { index: key });
    } else {
      out.push({ field: String(key) });
    }
    cur = next;
  }
  return out;
}

/** `place` followed by more steps. */
export const under = (place: JsonPlace, ...more: PlaceStep[]): JsonPlace => [...place, ...more];
