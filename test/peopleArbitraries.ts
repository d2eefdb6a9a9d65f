import fc from 'fast-check';
import type { OrgNode, Pay, Step, Structure } from '../src/model/types.ts';
import { arbStepsFor, arbStructure, type StructureArbOptions } from './arbitraries.ts';

/** FTE as staffing data holds it: whole posts, part-time fractions, or a group of staff (0 to 2,000). */
export const arbFte = (): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0, 0.5, 0.6, 1), fc.integer({ min: 0, max: 20 }).map((n) => n / 4), fc.double({ min: 0, max: 2000, noNaN: true }));

/** A pay band for 1.0 FTE a year, 0 ≤ min ≤ max (people.md). */
export const arbPay = (): fc.Arbitrary<Pay> =>
  fc.tuple(fc.integer({ min: 0, max: 250_000 }), fc.integer({ min: 0, max: 50_000 })).map(([min, width]) => ({ min, max: min + width }));

interface PeopleSeed {
  fte: number | undefined;
  pay: Pay | undefined;
  grade: string | undefined;
}

const arbPeopleSeed = (): fc.Arbitrary<PeopleSeed> =>
  fc.record({
    fte: fc.option(arbFte(), { nil: undefined, freq: 4 }),
    pay: fc.option(arbPay(), { nil: undefined, freq: 2 }),
    grade: fc.option(fc.constantFrom('SCS1', 'Grade 7', 'Band 5'), { nil: undefined, freq: 2 }),
  });

function withSeed(n: OrgNode, seed: PeopleSeed): OrgNode {
  const out = { ...n };
  if (seed.fte !== undefined) out.fte = seed.fte;
  if (seed.pay !== undefined) out.pay = seed.pay;
  if (seed.grade !== undefined) out.grade = seed.grade;
  return out;
}

/** arbStructure's forests with some nodes given fte, pay and grade: priced, unpriced, and pay without fte. */
export function arbStaffedStructure(opts: StructureArbOptions = {}): fc.Arbitrary<Structure> {
  return arbStructure(opts).chain((s) =>
    fc.array(arbPeopleSeed(), { minLength: s.nodes.length, maxLength: s.nodes.length }).map((seeds) => ({
      ...s,
      nodes: s.nodes.map((n, i) => withSeed(n, seeds[i]!)),
    })),
  );
}

/** An update of grade, fte or pay on some node (maybe one a step has removed: then the step fails and is skipped). */
const arbPeopleUpdate = (ids: readonly string[]): fc.Arbitrary<Step> =>
  fc.record({
    node: fc.constantFrom(...ids),
    fte: fc.option(fc.option(arbFte(), { nil: null }), { nil: undefined }),
    pay: fc.option(fc.option(arbPay(), { nil: null }), { nil: undefined }),
    grade: fc.option(fc.option(fc.constant('Grade 6'), { nil: null }), { nil: undefined }),
  }).map(({ node, fte, pay, grade }): Step => {
    const set: Extract<Step, { op: 'update' }>['set'] = {};
    if (fte !== undefined) set.fte = fte;
    if (pay !== undefined) set.pay = pay;
    if (grade !== undefined || Object.keys(set).length === 0) set.grade = grade ?? null;
    return { op: 'update', node, set };
  });

/**
 * arbStepsFor's sequences (mostly valid, some invalid) with people updates mixed in, and added nodes
 * given staffing: every step that can change FTE or cost (add, remove, merge, update).
 */
export function arbPeopleStepsFor(s: Structure, opts: { maxSteps?: number } = {}): fc.Arbitrary<Step[]> {
  const ids = [...s.nodes.map((n) => n.id), 'new-0', 'new-1', 'new-2'];
  return fc
    .tuple(
      arbStepsFor(s, opts),
      fc.array(fc.tuple(fc.nat(), arbPeopleUpdate(ids)), { maxLength: 10 }),
      fc.array(arbPeopleSeed(), { maxLength: 40 }),
    )
    .map(([steps, updates, seeds]) => {
      const out = steps.map((step, i): Step => (step.op === 'add' ? { ...step, node: withSeed(step.node, seeds[i % Math.max(1, seeds.length)] ?? { fte: undefined, pay: undefined, grade: undefined }) } : step));
      for (const [at, update] of updates) out.splice(at % (out.length + 1), 0, update);
      return out;
    });
}
