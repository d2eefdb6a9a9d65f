import type { OrgNode, Structure } from '../model/types.ts';
import { diffStructures, isEmptyDiff } from './diff.ts';

const node = (id: string, manager: string | null, extra: Partial<OrgNode> = {}): OrgNode => ({ id, kind: 'post', name: id, manager, ...extra });

const A: Structure = {
  id: 'leeds-2006',
  title: 'Baseline',
  nodes: [
    node('council', null, { kind: 'body' }),
    node('dcs', 'council', { holder: 'Rosemary Archer' }),
    node('chief-officer-early-years', 'dcs'),
    node('early-years', 'chief-officer-early-years', { kind: 'unit' }),
    node('education-leeds', null, { kind: 'body' }),
    node('education-leeds-ceo', 'education-leeds'),
    node('education-leeds-board', null, { kind: 'body' }),
  ],
  links: [
    { kind: 'contract', from: 'council', to: 'education-leeds' },
    { kind: 'governance', from: 'education-leeds-board', to: 'education-leeds' },
  ],
  functions: [
    { id: 'school-improvement', name: 'School improvement', statutory: true },
    { id: 'early-years', name: 'Early years', statutory: true },
    { id: 'sen', name: 'SEN' },
  ],
  accountable: { 'school-improvement': 'education-leeds-ceo', 'early-years': 'chief-officer-early-years' },
};

const B: Structure = {
  id: 'option-5',
  title: 'Option 5',
  nodes: [
    node('council', null, { kind: 'body' }),
    node('dcs', 'council', { holder: null }),
    node('deputy-director-targeted', 'dcs'),
    node('deputy-director-learning', 'dcs'),
    node('chief-officer-early-years', 'dcs'),
    node('early-years', 'deputy-director-targeted', { kind: 'unit' }),
    node('education-leeds', 'council', { kind: 'unit', name: 'Learning Services' }),
    node('education-leeds-ceo', 'education-leeds'),
  ],
  links: [{ kind: 'strategic', from: 'dcs', to: 'education-leeds' }],
  functions: A.functions!,
  accountable: { 'school-improvement': 'deputy-director-learning', sen: 'deputy-director-learning' },
};

describe('diffStructures', () => {
  const d = diffStructures(A, B);

  it('keeps the spec key order', () => {
    expect(Object.keys(d)).toEqual(['from', 'to', 'added', 'removed', 'moved', 'changed', 'links', 'accountable']);
    expect(Object.keys(d.links)).toEqual(['added', 'removed']);
    expect(d.from).toBe('leeds-2006');
    expect(d.to).toBe('option-5');
  });

  it('lists added and removed nodes sorted by id', () => {
    expect(d.added).toEqual(['deputy-director-learning', 'deputy-director-targeted']);
    expect(d.removed).toEqual(['education-leeds-board']);
  });

  it('reports a reporting-line change, null for a root', () => {
    expect(d.moved).toEqual([
      { node: 'early-years', from: 'chief-officer-early-years', to: 'deputy-director-targeted' },
      { node: 'education-leeds', from: null, to: 'council' },
    ]);
  });

  it('reports one entry per changed field, sorted by node then field', () => {
    expect(d.changed).toEqual([
      { node: 'dcs', field: 'holder', from: 'Rosemary Archer', to: null },
      { node: 'education-leeds', field: 'kind', from: 'body', to: 'unit' },
      { node: 'education-leeds', field: 'name', from: 'education-leeds', to: 'Learning Services' },
    ]);
  });

  it('compares links by kind, from and to, and outputs only those three', () => {
    expect(d.links.added).toEqual([{ kind: 'strategic', from: 'dcs', to: 'education-leeds' }]);
    expect(d.links.removed).toEqual([
      { kind: 'contract', from: 'council', to: 'education-leeds' },
      { kind: 'governance', from: 'education-leeds-board', to: 'education-leeds' },
    ]);
  });

  it('reports accountability changes, gaps as null', () => {
    expect(d.accountable).toEqual([
      { function: 'early-years', from: 'chief-officer-early-years', to: null },
      { function: 'school-improvement', from: 'education-leeds-ceo', to: 'deputy-director-learning' },
      { function: 'sen', from: null, to: 'deputy-director-learning' },
    ]);
  });

  it('treats an absent holder or manager as null', () => {
    const x: Structure = { id: 'x', title: 'x', nodes: [{ id: 'a', kind: 'post', name: 'A' }] };
    const y: Structure = { id: 'y', title: 'y', nodes: [{ id: 'a', kind: 'post', name: 'A', holder: null, manager: null }] };
    expect(isEmptyDiff(diffStructures(x, y))).toBe(true);
  });

  it('sees a change of link note as no change', () => {
    const x: Structure = { ...A, links: [{ kind: 'contract', from: 'council', to: 'education-leeds', note: 'old' }] };
    const y: Structure = { ...A, links: [{ kind: 'contract', from: 'council', to: 'education-leeds', note: 'new' }] };
    expect(diffStructures(x, y).links).toEqual({ added: [], removed: [] });
  });

  it('covers functions of either side, and ids that are Object prototype names', () => {
    const x: Structure = { id: 'x', title: 'x', nodes: [node('a', null)], functions: [{ id: 'constructor', name: 'C' }] };
    const y: Structure = { id: 'y', title: 'y', nodes: [node('a', null)], functions: [{ id: 'constructor', name: 'C' }, { id: 'late', name: 'L' }], accountable: { late: 'a' } };
    expect(diffStructures(x, y).accountable).toEqual([{ function: 'late', from: null, to: 'a' }]);
  });

  it('sorts by code unit, not locale', () => {
    const x: Structure = { id: 'x', title: 'x', nodes: [] };
    const y: Structure = { id: 'y', title: 'y', nodes: ['b', 'a-2', 'a10', 'a1', 'B'].map((id) => node(id, null)) };
    expect(diffStructures(x, y).added).toEqual(['B', 'a-2', 'a1', 'a10', 'b']);
  });

  it('is empty for a structure against itself, and not otherwise', () => {
    expect(isEmptyDiff(diffStructures(A, A))).toBe(true);
    expect(isEmptyDiff(diffStructures(A, B))).toBe(false);
    expect(isEmptyDiff(diffStructures(A, { ...A, accountable: {} }))).toBe(false);
    expect(isEmptyDiff(diffStructures(A, { ...A, links: [] }))).toBe(false);
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([A, B]);
    diffStructures(A, B);
    expect(JSON.stringify([A, B])).toBe(before);
  });
});
