import type { OrgNode } from './types.ts';
import { lineOf, linePlaces } from './queries.ts';

const n = (id: string, manager: string | null): OrgNode => ({ id, kind: 'post', name: id, holder: null, manager });

describe('linePlaces', () => {
  it('gives every node what lineOf gives it, loops and missing managers included', () => {
    const nodes = [n('a', null), n('b', 'a'), n('c', 'b'), n('x', 'y'), n('y', 'z'), n('z', 'x'), n('w', 'y'), n('m', 'gone'), n('k', 'c')];
    const index = new Map(nodes.map((v) => [v.id, v]));
    const places = linePlaces(index);
    for (const v of nodes) {
      const line = lineOf(index, v.id);
      expect(places.get(v.id), v.id).toEqual({ depth: line.length, root: line.at(-1) });
    }
  });

  it('walks a 100,000-layer chain without recursion', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => n(`n${i}`, i === 0 ? null : `n${i - 1}`));
    const places = linePlaces(new Map(nodes.map((v) => [v.id, v])));
    expect(places.get('n99999')).toEqual({ depth: 100_000, root: 'n0' });
  });
});
