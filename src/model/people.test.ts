import type { Structure } from './types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { NO_STAFF, ownStaffing, peopleChange, peopleMeasures } from './people.ts';

function staffed(): Structure {
  const s = sample();
  const set = (id: string, fields: object) => Object.assign(s.nodes.find((n) => n.id === id)!, fields);
  set('ceo', { fte: 1, pay: { min: 180000, max: 200000 } });
  set('dcs', { fte: 1, pay: { min: 120000, max: 130000 } });
  set('social-care', { fte: 300, pay: { min: 30000, max: 40000 } });
  set('early-years', { fte: 50 });
  set('finance', { pay: { min: 1, max: 2 } });
  set('partnership', { fte: 2.5, pay: { min: 40000, max: 40000 } });
  return s;
}

describe('peopleMeasures (people.md, Measures)', () => {
  const m = peopleMeasures(staffed());

  it('sums FTE, the cost range of priced nodes and the FTE of unpriced ones', () => {
    expect(m.total).toEqual({ fte: 354.5, costMin: 180000 + 120000 + 300 * 30000 + 2.5 * 40000, costMax: 200000 + 130000 + 300 * 40000 + 100000, unpricedFte: 50 });
    expect(m.hasFte).toBe(true);
  });

  it('gives each organisation (root) its whole line of management', () => {
    expect(m.roots.map((r) => r.id)).toEqual(['council', 'partnership']);
    expect(m.roots[0]!.staffing).toEqual({ fte: 352, costMin: 9300000, costMax: 12330000, unpricedFte: 50 });
    expect(m.roots[1]!.staffing).toEqual({ fte: 2.5, costMin: 100000, costMax: 100000, unpricedFte: 0 });
  });

  it('rolls figures up under any node, itself included', () => {
    expect(m.under('dcs')).toEqual({ fte: 351, costMin: 9120000, costMax: 12130000, unpricedFte: 50 });
    expect(m.under('early-years')).toEqual({ fte: 50, costMin: 0, costMax: 0, unpricedFte: 50 });
    expect(m.under('finance')).toEqual(NO_STAFF);
    expect(m.under('ghost')).toBeUndefined();
  });

  it("counts a node without fte for nothing, whatever its pay, and gives a node's own figures", () => {
    expect(m.own('finance')).toEqual(NO_STAFF);
    expect(m.own('dcs')).toEqual({ fte: 1, costMin: 120000, costMax: 130000, unpricedFte: 0 });
    expect(ownStaffing({ fte: 0.6 })).toEqual({ fte: 0.6, costMin: 0, costMax: 0, unpricedFte: 0.6 });
  });

  it('is computed once per structure object', () => {
    const s = staffed();
    expect(peopleMeasures(s)).toBe(peopleMeasures(s));
  });

  it('gives nothing for a structure without staffing', () => {
    const e = peopleMeasures(sample());
    expect(e.total).toEqual(NO_STAFF);
    expect(e.hasFte).toBe(false);
  });

  it('counts a node whose manager is missing as a root and survives a loop', () => {
    const s: Structure = {
      id: 'x', title: 'x',
      nodes: [
        { id: 'a', kind: 'unit', name: 'A', manager: 'ghost', fte: 1 },
        { id: 'b', kind: 'unit', name: 'B', manager: 'c', fte: 2 },
        { id: 'c', kind: 'unit', name: 'C', manager: 'b', fte: 3 },
      ],
    };
    const p = peopleMeasures(s);
    expect(p.roots.map((r) => r.id)).toEqual(['a']);
    expect(p.total.fte).toBe(6);
    expect(p.under('b')!.fte).toBe(2);
  });

  it('walks a 100,000-layer chain without recursion', () => {
    const nodes = Array.from({ length: 100_000 }, (_, i) => ({ id: `n${i}`, kind: 'post' as const, name: `N${i}`, manager: i === 0 ? null : `n${i - 1}`, fte: 1 }));
    const p = peopleMeasures({ id: 'deep', title: 'Deep', nodes });
    expect(p.under('n0')!.fte).toBe(100_000);
    expect(p.under('n99998')!.fte).toBe(2);
  });
});

describe('peopleChange (people.md, Between two structures)', () => {
  it("gives the change in totals and each added, removed or changed node's own cost effect", () => {
    const a = staffed();
    const b: Structure = {
      ...a,
      id: 'b',
      nodes: [
        ...a.nodes
          .filter((n) => n.id !== 'early-years')
          .map((n) => (n.id === 'dcs' ? { ...n, fte: 0.5 } : n.id === 'finance' ? { ...n, manager: 'council' } : n)),
        { id: 'deputy', kind: 'post', name: 'Deputy', manager: 'dcs', fte: 1, pay: { min: 90000, max: 100000 } },
      ],
    };
    const c = peopleChange(a, b);
    expect(c.delta).toEqual({ fte: -49.5, costMin: 90000 - 60000, costMax: 100000 - 65000, unpricedFte: -50 });
    expect(c.nodes).toEqual([
      { node: 'dcs', change: 'changed', effect: { fte: -0.5, costMin: -60000, costMax: -65000, unpricedFte: 0 } },
      { node: 'deputy', change: 'added', effect: { fte: 1, costMin: 90000, costMax: 100000, unpricedFte: 0 } },
      { node: 'early-years', change: 'removed', effect: { fte: -50, costMin: 0, costMax: 0, unpricedFte: -50 } },
    ]);
  });

  it('lists no node when nothing priced or counted changes', () => {
    const a = staffed();
    const b = { ...a, nodes: a.nodes.map((n) => (n.id === 'finance' ? { ...n, pay: { min: 5, max: 9 } } : n)) };
    expect(peopleChange(a, b).nodes).toEqual([]);
  });
});

describe('peopleChange by organisation', () => {
  it('shows staff moving between organisations though the totals do not change', () => {
    const a = staffed();
    const b: Structure = { ...a, nodes: a.nodes.map((n) => (n.id === 'early-years' ? { ...n, manager: 'partnership' } : n)) };
    const c = peopleChange(a, b);
    expect(c.delta).toEqual({ fte: 0, costMin: 0, costMax: 0, unpricedFte: 0 });
    expect(c.organisations).toEqual([
      { id: 'council', from: { fte: 352, costMin: 9300000, costMax: 12330000, unpricedFte: 50 }, to: { fte: 302, costMin: 9300000, costMax: 12330000, unpricedFte: 0 } },
      { id: 'partnership', from: { fte: 2.5, costMin: 100000, costMax: 100000, unpricedFte: 0 }, to: { fte: 52.5, costMin: 100000, costMax: 100000, unpricedFte: 50 } },
    ]);
  });
});
