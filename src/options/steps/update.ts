import type { UpdatableField, UpdateStep } from '../../model/types.ts';
import { fteProblem, holderProblem, kindProblem, nameProblem, payProblem, show, textProblem } from '../values.ts';
import { missingNode, type Handler } from './handler.ts';

const FIELDS: Record<UpdatableField, (v: unknown) => string | null> = {
  name: nameProblem,
  holder: (v) => (v === undefined ? 'holder must be a string or null' : holderProblem(v)),
  kind: kindProblem,
  note: (v) => (v === undefined ? 'note must be a string' : textProblem('note', v)),
  // people.md: null removes grade, fte or pay.
  grade: (v) => (v === null ? null : v === undefined ? 'grade must be a string or null' : textProblem('grade', v)),
  fte: (v) => (v === null ? null : fteProblem(v)),
  pay: (v) => (v === null ? null : payProblem(v)),
};

const FIELD_LIST = Object.keys(FIELDS).join(', ');

const isField = (k: string): k is UpdatableField => Object.hasOwn(FIELDS, k);

export const update: Handler<UpdateStep> = {
  check(draft, { node, set }) {
    const missing = missingNode(draft, node);
    if (missing) return missing;
    if (typeof set !== 'object' || set === null || Array.isArray(set)) return 'set must be an object';
    const keys = Object.keys(set);
    if (keys.length === 0) return `set changes nothing (give some of ${FIELD_LIST})`;
    for (const key of keys) {
      if (!isField(key)) return `cannot set ${show(key)} (only ${FIELD_LIST})`;
      const problem = FIELDS[key]((set as Record<string, unknown>)[key]);
      if (problem) return problem;
    }
    return null;
  },
  apply(draft, { node, set }) {
    draft.update(node, set);
  },
};
