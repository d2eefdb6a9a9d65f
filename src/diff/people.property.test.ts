import fc from 'fast-check';
import type { OrgNode } from '../model/types.ts';
import { applySteps } from '../options/index.ts';
import { arbPeopleStepsFor, arbStaffedStructure } from '../../test/peopleArbitraries.ts';
import { diffStructures } from './index.ts';

const arbPair = arbStaffedStructure().chain((s) => arbPeopleStepsFor(s).map((steps) => ({ a: s, b: { ...applySteps(s, steps, 'p').structure, id: 'after' } })));
const payKey = (n: OrgNode | undefined) => (n?.pay ? `${n.pay.min}-${n.pay.max}` : null);

describe('diff of grade, fte and pay, properties', { timeout: 120_000 }, () => {
  it('reports a grade, fte or pay change exactly where a kept node differs in it, with its values, and reverses cleanly', () => {
    fc.assert(
      fc.property(arbPair, ({ a, b }) => {
        const d = diffStructures(a, b);
        const inB = new Map(b.nodes.map((n) => [n.id, n]));
        const expected: string[] = [];
        for (const na of a.nodes) {
          const nb = inB.get(na.id);
          if (!nb) continue;
          if (na.fte !== nb.fte) expected.push(`${na.id}/fte`);
          if (na.grade !== nb.grade) expected.push(`${na.id}/grade`);
          if (payKey(na) !== payKey(nb)) expected.push(`${na.id}/pay`);
        }
        const people = d.changed.filter((c) => c.field === 'fte' || c.field === 'grade' || c.field === 'pay');
        expect(people.map((c) => `${c.node}/${c.field}`).sort()).toEqual(expected.sort());
        for (const c of people) {
          const value = (n: OrgNode) => (c.field === 'pay' ? (n.pay ?? null) : (n[c.field] ?? null));
          expect(c.from).toEqual(value(a.nodes.find((n) => n.id === c.node)!));
          expect(c.to).toEqual(value(inB.get(c.node)!));
        }
        const back = diffStructures(b, a).changed;
        expect(back).toEqual(d.changed.map((c) => ({ ...c, from: c.to, to: c.from })));
      }),
      { numRuns: 100 },
    );
  });
});
