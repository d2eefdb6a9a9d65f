import type { NodeKind, OrgNode, Structure } from './types.ts';
import { measure } from './measures.ts';

const n = (id: string, manager: string | null, kind: NodeKind = 'post'): OrgNode => ({ id, kind, name: `Name of ${id}`, manager });

/** council > ce > dcs > {co-sc > csc, co-ey > {ey, ys}}; el > el-ceo > {si, sen}; board alone. */
const leeds: Structure = {
  id: 'leeds',
  title: 'Leeds',
  nodes: [
    n('council', null, 'body'),
    n('ce', 'council'),
    n('dcs', 'ce'),
    n('co-sc', 'dcs'),
    n('csc', 'co-sc', 'unit'),
    n('co-ey', 'dcs'),
    n('ey', 'co-ey', 'unit'),
    n('ys', 'co-ey', 'unit'),
    n('member', 'council', 'member'),
    n('el', null, 'body'),
    n('el-ceo', 'el'),
    n('si', 'el-ceo', 'unit'),
    n('sen', 'el-ceo', 'unit'),
    n('board', null, 'body'),
  ],
  links: [
    { kind: 'contract', from: 'council', to: 'el' },
    { kind: 'governance', from: 'board', to: 'el' },
    { kind: 'political', from: 'member', to: 'dcs' },
  ],
  functions: [
    { id: 'social-care', name: 'Social care', statutory: true },
    { id: 'school-improvement', name: 'School improvement', statutory: true },
    { id: 'youth', name: 'Youth', statutory: true },
    { id: 'business', name: 'Business support' },
    { id: 'admissions', name: 'Admissions', statutory: true },
    { id: 'performance', name: 'Performance' },
  ],
  accountable: { 'social-care': 'co-sc', 'school-improvement': 'el-ceo', youth: 'co-ey', business: 'el-ceo' },
};

describe('measure', () => {
  const m = measure(leeds);

  it('counts nodes by kind, every kind present', () => {
    expect(m.nodes).toBe(14);
    expect(m.byKind).toEqual({ post: 5, unit: 5, body: 3, member: 1 });
    expect(measure({ id: 'x', title: 'x', nodes: [n('a', null)] }).byKind).toEqual({ post: 1, unit: 0, body: 0, member: 0 });
  });

  it('counts layers as the nodes in the deepest line', () => {
    expect(m.layers).toBe(5);
    expect(measure({ id: 'x', title: 'x', nodes: [n('a', null)] }).layers).toBe(1);
    expect(measure({ id: 'x', title: 'x', nodes: [] }).layers).toBe(0);
  });

  it('counts every root as an organisation but a body that only governs (leeds-fidelity A1, D22)', () => {
    expect(m.organisations).toEqual(['council', 'el']);
    const governed = { ...leeds, links: [...leeds.links!, { kind: 'contract' as const, from: 'council', to: 'board' }] };
    expect(measure(governed).organisations).toEqual(['council', 'el', 'board']);
  });

  it('lists roots in node order and picks the largest tree as home', () => {
    expect(m.roots).toEqual(['council', 'el', 'board']);
    expect(m.home).toBe('council');
  });

  it('breaks a tie for home by node order, and takes opts.home when given', () => {
    const tie: Structure = { id: 't', title: 't', nodes: [n('b', null), n('a', null), n('a1', 'a'), n('b1', 'b')] };
    expect(measure(tie).home).toBe('b');
    expect(measure(tie, { home: 'a' }).home).toBe('a');
    expect(measure({ id: 'e', title: 'e', nodes: [] }).home).toBeNull();
  });

  it('measures span of control over posts that manage someone', () => {
    expect(m.span.byPost).toEqual({ ce: 1, dcs: 2, 'co-sc': 1, 'co-ey': 2, 'el-ceo': 2 });
    expect(m.span.max).toBe(2);
    expect(m.span.maxNode).toBe('dcs');
    expect(m.span.median).toBe(2);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const s: Structure = {
      id: 's',
      title: 's',
      nodes: [n('top', null), n('a', 'top'), n('b', 'top'), n('c', 'top'), n('a1', 'a'), n('b1', 'b'), n('b2', 'b'), n('body', 'top', 'body'), n('u1', 'body', 'unit')],
    };
    const span = measure(s).span;
    expect(span.byPost).toEqual({ top: 4, a: 1, b: 2 });
    expect(span.median).toBe(2);
    const even = measure({ ...s, nodes: s.nodes.filter((x) => x.id !== 'a1') }).span;
    expect(even.byPost).toEqual({ top: 4, b: 2 });
    expect(even.median).toBe(3);
    expect(even.maxNode).toBe('top');
  });

  it('gives span 0 and no node when no post manages anyone', () => {
    expect(measure({ id: 'x', title: 'x', nodes: [n('a', null, 'body'), n('b', 'a')] }).span).toEqual({ max: 0, median: 0, maxNode: null, byPost: {} });
  });

  it('lists gaps sorted by id', () => {
    expect(m.gaps).toEqual(['admissions', 'performance']);
  });

  it('counts links of all six kinds', () => {
    expect(m.linksByKind).toEqual({ strategic: 0, political: 1, contract: 1, governance: 1, partnership: 0, dotted: 0 });
  });

  it('gives every function its chain to the root and flags statutory gaps and functions outside home', () => {
    expect(m.chains).toEqual([
      { function: 'social-care', name: 'Social care', statutory: true, accountable: 'co-sc', root: 'council', flag: null },
      { function: 'school-improvement', name: 'School improvement', statutory: true, accountable: 'el-ceo', root: 'el', flag: 'outside-home' },
      { function: 'youth', name: 'Youth', statutory: true, accountable: 'co-ey', root: 'council', flag: null },
      { function: 'business', name: 'Business support', statutory: false, accountable: 'el-ceo', root: 'el', flag: null },
      { function: 'admissions', name: 'Admissions', statutory: true, accountable: null, root: null, flag: 'gap' },
      { function: 'performance', name: 'Performance', statutory: false, accountable: null, root: null, flag: null },
    ]);
  });

  it('flags against the home it is given', () => {
    const flags = measure(leeds, { home: 'el' }).chains.map((c) => c.flag);
    expect(flags).toEqual(['outside-home', null, 'outside-home', null, 'gap', null]);
  });

  it('tolerates a structure without links, functions or accountable', () => {
    const bare = measure({ id: 'b', title: 'b', nodes: [n('a', null), n('b', 'a')] });
    expect(bare.gaps).toEqual([]);
    expect(bare.chains).toEqual([]);
    expect(bare.linksByKind.dotted).toBe(0);
    expect(bare.layers).toBe(2);
  });

  it('reads accountable entries only as own properties', () => {
    const s: Structure = { id: 'p', title: 'p', nodes: [n('a', null)], functions: [{ id: 'constructor', name: 'C', statutory: true }] };
    expect(measure(s).gaps).toEqual(['constructor']);
    expect(measure(s).chains[0]?.flag).toBe('gap');
  });
});
