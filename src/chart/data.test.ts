import type { Structure } from '../model/types.ts';
import { ancestorsOf, defaultCollapsed, drawnParents, ROOT_ID } from './data.ts';

const s: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'a', kind: 'post', name: 'A' },
    { id: 'b', kind: 'unit', name: 'B', manager: 'a' },
    { id: 'c', kind: 'unit', name: 'C', manager: 'b' },
    { id: 'd', kind: 'post', name: 'D', manager: 'nowhere' },
  ],
  links: [
    { kind: 'dotted', from: 'c', to: 'a' },
    { kind: 'contract', from: 'a', to: 'ghost' },
  ],
};

describe('drawnParents', () => {
  it('puts roots and nodes with a missing manager under the hidden root', () => {
    expect(Object.fromEntries(drawnParents(s))).toEqual({ a: ROOT_ID, b: 'a', c: 'b', d: ROOT_ID });
  });

  it('breaks a line-management loop so the drawing stays a tree', () => {
    const loop: Structure = { id: 'l', title: 'L', nodes: [
      { id: 'x', kind: 'post', name: 'X', manager: 'y' },
      { id: 'y', kind: 'post', name: 'Y', manager: 'x' },
    ] };
    const parents = drawnParents(loop);
    expect([...parents.values()].filter((p) => p === ROOT_ID)).toHaveLength(1);
    expect(ancestorsOf(parents, 'x').length + ancestorsOf(parents, 'y').length).toBe(1);
  });
});

describe('defaultCollapsed', () => {
  const deep: Structure = {
    id: 'deep',
    title: 'Deep',
    nodes: ['n0', 'n1', 'n2', 'n3', 'n4'].map((id, i) => ({ id, kind: 'unit' as const, name: id, manager: i ? `n${i - 1}` : null })),
  };

  it('folds nothing in a small structure', () => {
    expect(defaultCollapsed(deep, new Map())).toEqual(new Set());
  });

  it('folds below the third level of a large one, except down to marked nodes', () => {
    const folds = { showAllUpTo: 2, depth: 3, budget: 10 };
    expect(defaultCollapsed(deep, new Map(), folds)).toEqual(new Set(['n2', 'n3']));
    expect(defaultCollapsed(deep, new Map([['n4', 'moved']]), folds)).toEqual(new Set());
  });

  it('shows fewer levels, and fewer marked lines, to stay within the budget', () => {
    expect(defaultCollapsed(deep, new Map(), { showAllUpTo: 2, depth: 3, budget: 2 })).toEqual(new Set(['n1', 'n2', 'n3']));
    expect(defaultCollapsed(deep, new Map([['n4', 'moved']]), { showAllUpTo: 2, depth: 3, budget: 4 })).toEqual(new Set(['n2', 'n3']));
  });
});
