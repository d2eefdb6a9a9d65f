import fc from 'fast-check';
import type { Staffing } from './people.ts';
import { peopleChange, peopleMeasures } from './people.ts';
import { applySteps } from '../options/index.ts';
import { arbPeopleStepsFor, arbStaffedStructure } from '../../test/peopleArbitraries.ts';

const FIELDS = ['fte', 'costMin', 'costMax', 'unpricedFte'] as const;

/** Equal up to the floating-point rounding of sums taken in another order; `scale` is the size of the terms summed. */
function expectClose(actual: Staffing, expected: Staffing, scale = 0): void {
  for (const f of FIELDS) {
    const tolerance = 1e-9 * (1 + Math.max(scale, Math.abs(expected[f])));
    if (Math.abs(actual[f] - expected[f]) > tolerance) expect(actual).toEqual(expected);
  }
}
const size = (...list: Staffing[]): number => Math.max(...list.flatMap((s) => FIELDS.map((f) => Math.abs(s[f]))));

const sum = (list: readonly Staffing[]): Staffing => {
  const out = { fte: 0, costMin: 0, costMax: 0, unpricedFte: 0 };
  for (const s of list) for (const f of FIELDS) out[f] += s[f];
  return out;
};

const arbCase = arbStaffedStructure().chain((structure) => arbPeopleStepsFor(structure).map((steps) => ({ structure, steps })));

describe('people measures, properties', { timeout: 120_000 }, () => {
  it('a random step sequence never makes FTE or cost negative, overall or under any node', () => {
    fc.assert(
      fc.property(arbCase, ({ structure, steps }) => {
        const after = applySteps(structure, steps, 'random').structure;
        const m = peopleMeasures(after);
        for (const f of FIELDS) expect(m.total[f]).toBeGreaterThanOrEqual(0);
        for (const n of after.nodes) {
          const under = m.under(n.id)!;
          for (const f of FIELDS) expect(under[f]).toBeGreaterThanOrEqual(0);
          expect(under.costMin).toBeLessThanOrEqual(under.costMax + 1e-6);
          expect(under.unpricedFte).toBeLessThanOrEqual(under.fte + 1e-9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('totals equal the sum over roots, and rolled up under a root equals its organisation', () => {
    fc.assert(
      fc.property(arbCase, ({ structure, steps }) => {
        const after = applySteps(structure, steps, 'random').structure;
        const m = peopleMeasures(after);
        expectClose(sum(m.roots.map((r) => r.staffing)), m.total);
        for (const r of m.roots) expect(m.under(r.id)).toEqual(r.staffing);
        expectClose(sum(after.nodes.map((n) => m.own(n.id)!)), m.total);
      }),
      { numRuns: 100 },
    );
  });

  it("the nodes' own cost effects add up to the change in totals", () => {
    fc.assert(
      fc.property(arbCase, ({ structure, steps }) => {
        const after = applySteps(structure, steps, 'random').structure;
        const c = peopleChange(structure, after);
        expectClose(sum(c.nodes.map((n) => n.effect)), c.delta, size(c.from, c.to));
      }),
      { numRuns: 100 },
    );
  });
});
