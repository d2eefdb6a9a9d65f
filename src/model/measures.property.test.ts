import fc from 'fast-check';
import type { Structure } from './types.ts';
import { lineOf, nodeIndex } from './queries.ts';
import { measure } from './measures.ts';
import { applySteps } from '../options/index.ts';
import { arbStructureWithSteps } from '../../test/arbitraries.ts';

const structures = arbStructureWithSteps().map(({ structure, steps }) => applySteps(structure, steps, 'prop').structure);

/** The same measures the slow way, one line at a time. */
function naive(s: Structure) {
  const index = nodeIndex(s);
  const lines = s.nodes.map((n) => lineOf(index, n.id));
  const treeSize = new Map<string, number>();
  for (const line of lines) treeSize.set(line.at(-1)!, (treeSize.get(line.at(-1)!) ?? 0) + 1);
  const reports = (id: string) => s.nodes.filter((n) => n.manager === id).length;
  const byPost = Object.fromEntries(s.nodes.filter((n) => n.kind === 'post' && reports(n.id) > 0).map((n) => [n.id, reports(n.id)]));
  return { index, layers: Math.max(0, ...lines.map((l) => l.length)), treeSize, byPost };
}

describe('measure, properties', () => {
  it('agrees with a line-by-line count on structures reached by random steps', () => {
    fc.assert(
      fc.property(structures, (s) => {
        const m = measure(s);
        const slow = naive(s);
        expect(Object.values(m.byKind).reduce((x, y) => x + y, 0)).toBe(s.nodes.length);
        expect(m.layers).toBe(slow.layers);
        expect(m.roots).toEqual(s.nodes.filter((n) => n.manager == null).map((n) => n.id));
        const largest = Math.max(0, ...m.roots.map((r) => slow.treeSize.get(r) ?? 0));
        expect(m.home).toBe(m.roots.find((r) => slow.treeSize.get(r) === largest) ?? null);
        expect(m.span.byPost).toEqual(slow.byPost);
        expect(m.span.max).toBe(Math.max(0, ...Object.values(slow.byPost)));
        const acc = s.accountable ?? {};
        const fns = s.functions ?? [];
        expect(m.gaps).toEqual(fns.filter((f) => !Object.hasOwn(acc, f.id)).map((f) => f.id).sort());
        expect(m.chains.map((c) => c.function)).toEqual(fns.map((f) => f.id));
        for (const c of m.chains) {
          expect(c.root).toBe(c.accountable === null ? null : (lineOf(slow.index, c.accountable).at(-1) ?? null));
          if (c.root !== null) expect(m.roots).toContain(c.root);
          const expected = !c.statutory ? null : c.accountable === null ? 'gap' : c.root === m.home ? null : 'outside-home';
          expect(c.flag).toBe(expected);
        }
      }),
    );
  }, 60_000);
});
