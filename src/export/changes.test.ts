import { diffStructures } from '../diff/index.ts';
import type { Step, Structure } from '../model/types.ts';
import { numberChanges } from './changes.ts';

const a: Structure = {
  id: 'a', title: 'A',
  nodes: [
    { id: 'top', kind: 'post', name: 'Top' },
    { id: 'old', kind: 'post', name: 'Old boss', manager: 'top' },
    { id: 'team', kind: 'unit', name: 'Team', manager: 'old' },
    { id: 'other', kind: 'unit', name: 'Other', manager: 'old' },
  ],
  links: [{ kind: 'dotted', from: 'old', to: 'top' }],
  functions: [{ id: 'f', name: 'Function F' }],
  accountable: { f: 'old' },
};
const b: Structure = {
  ...a, id: 'b', title: 'B',
  nodes: [{ id: 'top', kind: 'post', name: 'Top' }, { id: 'team', kind: 'unit', name: 'Team', manager: 'top' }, { id: 'other', kind: 'unit', name: 'Other', manager: 'top' }],
  links: [],
  accountable: { f: 'top' },
};
const steps: Step[] = [
  { op: 'move', node: 'other', to: 'top', why: 'Other goes first.' },
  { op: 'merge', nodes: ['old'], into: 'top', why: 'One boss is enough.' },
];

describe('numberChanges', () => {
  const rows = numberChanges(diffStructures(a, b), { from: a, to: b, steps, hideNames: false });

  it('numbers from 1 in the spec order', () => {
    expect(rows.map((r) => [r.n, r.category])).toEqual([[1, 'moved'], [2, 'moved'], [3, 'removed'], [4, 'accountable'], [5, 'link-removed']]);
  });

  it('prefers the step that names the change to one that caused it on the way', () => {
    const other = rows.find((r) => r.text.startsWith('Other'))!;
    expect(other.why).toEqual(['Other goes first.']);
    const team = rows.find((r) => r.text.startsWith('Team'))!;
    expect(team.why).toEqual(['One boss is enough.']);
  });

  it('explains removals, accountability and links dropped by a merge', () => {
    for (const r of rows.slice(2)) expect(r.why).toEqual(['One boss is enough.']);
    expect(rows[4]!.link).toEqual({ side: 'from', key: 'dotted\u0000old\u0000top' });
  });

  it('gives no reason where no step explains the change', () => {
    expect(numberChanges(diffStructures(a, b), { from: a, to: b, steps: [], hideNames: false }).every((r) => r.why.length === 0)).toBe(true);
  });
});
