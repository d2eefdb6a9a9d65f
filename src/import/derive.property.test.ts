import fc from 'fast-check';
import type { NodeKind, OrgNode, Pay, Structure } from '../model/types.ts';
import { applySteps } from '../options/index.ts';
import { deriveSteps } from './derive.ts';

/** Ids drawn from one small pool, so two random structures share many nodes (and their managers differ). */
const POOL = Array.from({ length: 14 }, (_, i) => `n${i}`);

const arbPay: fc.Arbitrary<Pay | undefined> = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 50000 })).map(([min, extra]) => ({ min, max: min + extra })),
  { nil: undefined },
);
const arbFields = fc.record({
  kind: fc.constantFrom<NodeKind>('post', 'unit'),
  name: fc.constantFrom('Director', 'Head of HR', 'Officer', 'Team'),
  holder: fc.constantFrom<string | null | undefined>(undefined, null, 'Person A', 'Person B'),
  grade: fc.constantFrom<string | undefined>(undefined, 'SCS1', 'SCS2', 'Band A'),
  fte: fc.constantFrom<number | undefined>(undefined, 0, 0.5, 1, 12.4),
  pay: arbPay,
  unit: fc.constantFrom<string | undefined>(undefined, 'Finance', 'Children’s Services'),
  role: fc.constantFrom<string | undefined>(undefined, 'HR', 'Safeguarding'),
  ref: fc.constantFrom<string | undefined>(undefined, 'P1', 'P2'),
  manager: fc.nat(),
  root: fc.boolean(),
  order: fc.nat(),
});

/** A random forest over a random subset of the pool: each node reports to an earlier one, or is a root; then listed in a random order. */
const arbStructure = (id: string): fc.Arbitrary<Structure> =>
  fc.shuffledSubarray(POOL, { minLength: 0 }).chain((ids) =>
    fc.array(arbFields, { minLength: ids.length, maxLength: ids.length }).map((fields) => ({
      id,
      title: id,
      nodes: ids.map((nodeId, i): OrgNode => {
        const f = fields[i]!;
        const node: OrgNode = { id: nodeId, kind: f.kind, name: f.name, manager: i === 0 || f.root ? null : ids[f.manager % i]! };
        if (f.holder !== undefined) node.holder = f.holder;
        if (f.grade !== undefined) node.grade = f.grade;
        if (f.fte !== undefined) node.fte = f.fte;
        if (f.pay !== undefined) node.pay = f.pay;
        if (f.unit !== undefined) node.unit = f.unit;
        if (f.role !== undefined) node.role = f.role;
        if (f.ref !== undefined) node.ref = f.ref;
        return node;
      }).map((node, i) => ({ node, key: fields[i]!.order * 64 + i })).sort((x, y) => x.key - y.key).map((x) => x.node),
    })),
  );

/** What a return says of a node: the fields people.md's "Returns over time" requires to come through, and its unit, function (role) and reference. */
const compared = (s: Structure) =>
  s.nodes
    .map((n) => ({ id: n.id, manager: n.manager ?? null, kind: n.kind, name: n.name, holder: n.holder ?? null, grade: n.grade ?? null, fte: n.fte ?? null, pay: n.pay ?? null, unit: n.unit ?? null, role: n.role ?? null, ref: n.ref ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));

describe('deriveSteps', () => {
  it('applied one by one to the first structure, gives the second exactly, with no step refused', () => {
    fc.assert(
      fc.property(arbStructure('a'), arbStructure('b'), (a, b) => {
        const steps = deriveSteps(a, b, { file: 'b.csv' });
        const { structure, errors } = applySteps(a, steps, 'derived');
        expect(errors).toEqual([]);
        expect(compared(structure)).toEqual(compared(b));
        for (const s of steps) expect(s.why).toMatch(/b\.csv/);
      }),
      { numRuns: 400 },
    );
  });

  it('derives nothing between a structure and itself', () => {
    fc.assert(
      fc.property(arbStructure('a'), (a) => {
        expect(deriveSteps(a, a, { file: 'a.csv' })).toEqual([]);
      }),
    );
  });

  it('swaps a manager and its report without a loop on the way', () => {
    const a: Structure = { id: 'a', title: 'a', nodes: [{ id: 'x', kind: 'post', name: 'X', manager: null }, { id: 'y', kind: 'post', name: 'Y', manager: 'x' }] };
    const b: Structure = { id: 'b', title: 'b', nodes: [{ id: 'y', kind: 'post', name: 'Y', manager: null }, { id: 'x', kind: 'post', name: 'X', manager: 'y' }] };
    const steps = deriveSteps(a, b, { file: 'b.csv', origins: new Map([['x', { file: 'b.csv', rows: [3] }], ['y', { file: 'b.csv', rows: [2] }]]) });
    expect(steps).toEqual([
      { op: 'move', node: 'y', to: null, why: 'reports elsewhere in b.csv row 2' },
      { op: 'move', node: 'x', to: 'y', why: 'reports elsewhere in b.csv row 3' },
    ]);
    expect(applySteps(a, steps, 'swap').errors).toEqual([]);
  });
});
