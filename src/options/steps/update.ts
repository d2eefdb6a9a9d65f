import type { UpdatableField, UpdateStep } from '../../model/types.ts';
import { holderProblem, kindProblem, nameProblem, show, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

const FIELDS: Record<UpdatableField, (v: unknown) => string | null> = {
  name: nameProblem,
  holder: (v) => (v === undefined ? 'holder must be a string or null' : holderProblem(v)),
  kind: kindProblem,
  note: (v) => (v === undefined ? 'note must be a string' : textProblem('note', v)),
};

const isField = (k: string): k is UpdatableField => Object.hasOwn(FIELDS, k);

export const update: Handler<UpdateStep> = {
  check(draft, { node, set }) {
    const missing = missingNode(draft, node);
    if (missing) return missing;
    if (typeof set !== 'object' || set === null || Array.isArray(set)) return 'set must be an object';
    const keys = Object.keys(set);
    if (keys.length === 0) return 'set changes nothing (give some of name, holder, kind, note)';
    for (const key of keys) {
      if (!isField(key)) return `cannot set ${show(key)} (only name, holder, kind, note)`;
      const problem = FIELDS[key]((set as Record<string, unknown>)[key]);
      if (problem) return problem;
    }
    return null;
  },
  apply(draft, { node, set }) {
    draft.update(node, set);
  },
};
