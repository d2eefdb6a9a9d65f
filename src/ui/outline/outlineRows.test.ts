import type { OrgNode, Structure } from '../../model/types.ts';
import { initialExpanded, outlineRows } from './outlineRows.ts';

const s: Structure = {
  id: 's', title: 'S',
  nodes: [
    { id: 'org', kind: 'body', name: 'Org' },
    { id: 'a', kind: 'post', name: 'A', manager: 'org' },
    { id: 'a1', kind: 'unit', name: 'A1', manager: 'a' },
    { id: 'b', kind: 'post', name: 'B', manager: 'org' },
    { id: 'other', kind: 'body', name: 'Other' },
  ],
};

describe('outlineRows', () => {
  it('lists roots and the reports of open nodes, in node order, with level, position and set size', () => {
    const rows = outlineRows(s, new Set(['org']));
    expect(rows.map((r) => [r.node.id, r.level, r.posInSet, r.setSize, r.hasChildren, r.expanded, r.parent])).toEqual([
      ['org', 1, 1, 2, true, true, null],
      ['a', 2, 1, 2, true, false, 'org'],
      ['b', 2, 2, 2, false, false, 'org'],
      ['other', 1, 2, 2, false, false, null],
    ]);
  });

  it('walks a 20,000-layer chain without recursion', () => {
    const nodes: OrgNode[] = Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, kind: 'post', name: `N${i}`, manager: i === 0 ? null : `n${i - 1}` }));
    const chain: Structure = { id: 'c', title: 'C', nodes };
    const open = initialExpanded(chain, 0, ['n19999']);
    expect(open.size).toBe(19_999);
    const rows = outlineRows(chain, open);
    expect(rows).toHaveLength(20_000);
    expect(rows.at(-1)!.level).toBe(20_000);
  });
});

describe('initialExpanded', () => {
  it('opens the top levels and the line down to each node to reveal', () => {
    expect([...initialExpanded(s, 1)]).toEqual([]);
    expect([...initialExpanded(s, 2)].sort()).toEqual(['org', 'other']);
    expect([...initialExpanded(s, 0, ['a1'])].sort()).toEqual(['a', 'org']);
  });
});
