import type { UpdatableField, UpdateStep } from '../../model/types.ts';
import type { Refusal } from '../refusal.ts';
import { fteProblem, holderProblem, kindProblem, nameProblem, payProblem, textProblem } from '../values.ts';
import { missingNode, missingNodes, type Handler } from './handler.ts';

/** A string field an update may remove with null (grade, unit, role, ref). */
const removableText = (field: string, v: unknown): Refusal | null =>
  v === null ? null : v === undefined ? { kind: 'bad-value', field, value: v, rule: 'string-or-null' } : textProblem(field, v);

const FIELDS: Record<UpdatableField, (v: unknown) => Refusal | null> = {
  name: (v) => nameProblem(v, 'set.name'),
  holder: (v) => (v === undefined ? { kind: 'bad-value', field: 'set.holder', value: v, rule: 'string-or-null' } : holderProblem(v, 'set.holder')),
  kind: (v) => kindProblem(v, 'set.kind'),
  note: (v) => (v === undefined ? { kind: 'bad-value', field: 'set.note', value: v, rule: 'string' } : textProblem('set.note', v)),
  // people.md: null removes grade, fte or pay; unit, role and ref (our addition) are strings removed the same way.
  grade: (v) => removableText('set.grade', v),
  fte: (v) => (v === null ? null : fteProblem(v, 'set.fte')),
  pay: (v) => (v === null ? null : payProblem(v, 'set.pay')),
  unit: (v) => removableText('set.unit', v),
  role: (v) => removableText('set.role', v),
  ref: (v) => removableText('set.ref', v),
};

/** The fields an `update` may set, in the order messages list them. */
export const UPDATABLE_FIELDS = Object.keys(FIELDS) as UpdatableField[];

const isField = (k: string): k is UpdatableField => Object.hasOwn(FIELDS, k);

export const update: Handler<UpdateStep> = {
  check(draft, { node, set }) {
    const missing = missingNode(draft, node);
    if (missing) return missing;
    if (typeof set !== 'object' || set === null || Array.isArray(set)) return { kind: 'bad-value', field: 'set', value: set, rule: 'object' };
    const keys = Object.keys(set);
    if (keys.length === 0) return { kind: 'nothing-set' };
    for (const key of keys) {
      if (!isField(key)) return { kind: 'cannot-set', field: key };
      const problem = FIELDS[key]((set as Record<string, unknown>)[key]);
      if (problem) return problem;
    }
    return null;
  },
  apply(draft, { node, set }) {
    draft.update(node, set);
  },
  describe(step, w) {
    const fields = Object.entries(step.set).map(([field, value]) => `${w.field(field as UpdatableField)} → ${w.value(field as UpdatableField, value)}`);
    return `${w.node(step.node)}: ${fields.join(', ')}`;
  },
  touches({ node, set }) {
    return Object.keys(set).map((field) => ({ what: 'changed', node, field }));
  },
  refs(step) {
    return [[step.node, 'node']];
  },
  needs(draft, step) {
    return missingNodes(draft, [[step.node, 'node']]);
  },
  renamed(step, swap) {
    return { ...step, node: swap(step.node) };
  },
};
