import fc from 'fast-check';
import type { NodeId, Structure } from '../model/types.ts';
import { applySteps } from '../options/index.ts';
import { arbStructure, arbStructureWithSteps } from '../../test/arbitraries.ts';
import { diffStructures, isEmptyDiff } from './diff.ts';
import { changeMarks } from './marks.ts';
import { diffCounts } from './counts.ts';
import { changeLineCount, changeSummary } from '../words/changes.ts';

const ids = (s: Structure): Set<NodeId> => new Set(s.nodes.map((n) => n.id));
const sorted = (xs: Iterable<string>): string[] => [...xs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
const isSorted = (xs: readonly string[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

const optionOf = arbStructureWithSteps().map(({ structure, steps }) => ({ a: structure, b: applySteps(structure, steps, 'prop').structure }));

describe('diffStructures, properties', () => {
  it('finds nothing between a structure and itself or a copy of it', () => {
    fc.assert(
      fc.property(arbStructure(), (s) => {
        expect(isEmptyDiff(diffStructures(s, s))).toBe(true);
        expect(isEmptyDiff(diffStructures(s, structuredClone(s)))).toBe(true);
      }),
    );
  });

  it('gives the same diff whether the two structures share their unchanged nodes and links (as apply leaves them) or not', () => {
    fc.assert(
      fc.property(optionOf, ({ a, b }) => {
        expect(diffStructures(a, b)).toEqual(diffStructures(structuredClone(a), structuredClone(b)));
        expect(diffStructures(b, a)).toEqual(diffStructures(structuredClone(b), structuredClone(a)));
      }),
    );
  });

  it('reports as added and removed exactly the id set differences, and as moved exactly the nodes whose manager differs', () => {
    fc.assert(
      fc.property(optionOf, ({ a, b }) => {
        const d = diffStructures(a, b);
        const inA = ids(a);
        const inB = ids(b);
        expect(d.added).toEqual(sorted([...inB].filter((id) => !inA.has(id))));
        expect(d.removed).toEqual(sorted([...inA].filter((id) => !inB.has(id))));
        const managerIn = (s: Structure) => new Map(s.nodes.map((n) => [n.id, n.manager ?? null]));
        const ma = managerIn(a);
        const mb = managerIn(b);
        const moved = [...inA].filter((id) => inB.has(id) && ma.get(id) !== mb.get(id));
        expect(d.moved.map((m) => m.node)).toEqual(sorted(moved));
        for (const m of d.moved) {
          expect(m.from).toBe(ma.get(m.node));
          expect(m.to).toBe(mb.get(m.node));
        }
      }),
    );
  });

  it('keeps every list sorted and without repeats, and reverses cleanly', () => {
    fc.assert(
      fc.property(optionOf, ({ a, b }) => {
        const d = diffStructures(a, b);
        const keyed = [
          d.added,
          d.removed,
          d.moved.map((m) => m.node),
          d.changed.map((c) => `${c.node}\u0000${c.field}`),
          d.links.added.map((l) => `${l.kind}\u0000${l.from}\u0000${l.to}`),
          d.links.removed.map((l) => `${l.kind}\u0000${l.from}\u0000${l.to}`),
          d.accountable.map((c) => c.function),
        ];
        for (const list of keyed) {
          expect(isSorted(list)).toBe(true);
          expect(new Set(list).size).toBe(list.length);
        }
        const r = diffStructures(b, a);
        expect(r.added).toEqual(d.removed);
        expect(r.removed).toEqual(d.added);
        expect(r.moved).toEqual(d.moved.map((m) => ({ node: m.node, from: m.to, to: m.from })));
        expect(r.links).toEqual({ added: d.links.removed, removed: d.links.added });
        expect(r.accountable).toEqual(d.accountable.map((c) => ({ function: c.function, from: c.to, to: c.from })));
      }),
    );
  });

  it('marks only nodes of the side asked for, and summarises one line per entry', () => {
    fc.assert(
      fc.property(optionOf, ({ a, b }) => {
        const d = diffStructures(a, b);
        const inA = ids(a);
        const inB = ids(b);
        for (const [id, mark] of changeMarks(d, 'from')) {
          expect(inA.has(id)).toBe(true);
          expect(mark).not.toBe('added');
        }
        for (const [id, mark] of changeMarks(d, 'to')) {
          expect(inB.has(id)).toBe(true);
          expect(mark).not.toBe('removed');
        }
        const c = diffCounts(d);
        const entries = d.added.length + d.removed.length + d.moved.length + d.changed.length + c.linksAdded + c.linksRemoved + c.accountable;
        expect(changeSummary(d, a, b)).toHaveLength(entries);
        expect(changeLineCount(d)).toBe(entries);
        expect(isEmptyDiff(d)).toBe(entries === 0);
      }),
    );
  });
});
