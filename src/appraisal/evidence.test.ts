import type { Structure, Workspace } from '../model/types.ts';
import { evidenceFor } from './evidence.ts';

const base: Structure = {
  id: 'base', title: 'Base',
  nodes: [
    { id: 'council', kind: 'body', name: 'Council' },
    { id: 'ceo', kind: 'post', name: 'Chief Executive', manager: 'council' },
    { id: 'dcs', kind: 'post', name: 'Director', manager: 'ceo' },
    { id: 'head-care', kind: 'post', name: 'Head of Care', manager: 'dcs' },
    { id: 'care', kind: 'unit', name: 'Care', manager: 'head-care' },
    { id: 'dcs-unit', kind: 'unit', name: 'DCS Unit', manager: 'dcs' },
    { id: 'company', kind: 'body', name: 'Company' },
    { id: 'company-ceo', kind: 'post', name: 'Company CEO', manager: 'company' },
    { id: 'schools', kind: 'unit', name: 'Schools', manager: 'company-ceo' },
  ],
  links: [
    { kind: 'contract', from: 'council', to: 'company' },
    { kind: 'strategic', from: 'dcs', to: 'company-ceo' },
  ],
  functions: [
    { id: 'care', name: 'Care', statutory: true },
    { id: 'schools', name: 'Schools', statutory: true },
    { id: 'plan', name: 'Plan', statutory: false },
    { id: 'audit', name: 'Audit', statutory: true },
  ],
  accountable: { care: 'head-care', schools: 'company-ceo', plan: 'dcs-unit' },
};

const merged: Structure = {
  ...base, id: 'merged', title: 'Merged',
  nodes: [
    ...base.nodes.filter((n) => !['company', 'company-ceo', 'schools'].includes(n.id)),
    { id: 'head-schools', kind: 'post', name: 'Head of Schools', manager: 'dcs' },
    { id: 'schools', kind: 'unit', name: 'Schools service', manager: 'head-schools' },
  ],
  links: [],
  accountable: { care: 'head-care', schools: 'head-schools', plan: 'dcs-unit', audit: 'dcs' },
};

const ws: Workspace = {
  format: 'org-options/1', title: 'W', baseline: base,
  options: [{ id: 'merged', title: 'Merged', steps: [] }, { id: 'unresolved', title: 'Unresolved', steps: [] }],
};
const structures = new Map([['base', base], ['merged', merged]]);

describe('evidenceFor', () => {
  const [b, m] = evidenceFor(ws, structures);

  it('gives one row per resolved structure, the baseline first', () => {
    expect(evidenceFor(ws, structures).map((e) => [e.id, e.isBaseline])).toEqual([['base', true], ['merged', false]]);
  });

  it('finds the lead, its span and the posts reporting to it', () => {
    expect(b!.lead).toEqual({ id: 'dcs', name: 'Director', inferred: true });
    expect(b!.leadSpan).toBe(2);
    expect(b!.leadReports).toEqual([{ id: 'head-care', name: 'Head of Care' }]);
    expect(m!.leadSpan).toBe(3);
    expect(m!.leadReports.map((r) => r.id)).toEqual(['head-care', 'head-schools']);
  });

  it('counts layers, organisations, gaps and links', () => {
    expect(b!.layers).toBe(5);
    expect(b!.organisations.map((o) => o.id)).toEqual(['council', 'company']);
    expect(m!.organisations.map((o) => o.id)).toEqual(['council']);
    expect(b!.gaps).toEqual([{ id: 'audit', name: 'Audit' }]);
    expect(m!.gaps).toEqual([]);
    expect(b!.links).toBe(2);
    expect(b!.linksByKind.contract).toBe(1);
    expect(m!.links).toBe(0);
  });

  it("names statutory functions held outside the lead's organisation, with who holds them", () => {
    expect(b!.home?.id).toBe('council');
    expect(b!.outsideHome).toEqual([
      { id: 'schools', name: 'Schools', heldBy: { id: 'company-ceo', name: 'Company CEO' }, organisation: { id: 'company', name: 'Company' } },
    ]);
    expect(m!.outsideHome).toEqual([]);
  });

  it('takes the home from the lead, not from the larger organisation', () => {
    const big: Structure = {
      ...base, id: 'big',
      nodes: [...base.nodes, ...[1, 2, 3, 4, 5, 6].map((i) => ({ id: `c${i}`, kind: 'unit' as const, name: `C${i}`, manager: 'company-ceo' }))],
    };
    const [e] = evidenceFor({ ...ws, baseline: big, options: [] }, new Map([['big', big]]));
    expect(e!.home?.id).toBe('council');
    expect(e!.outsideHome.map((f) => f.id)).toEqual(['schools']);
  });

  it('counts disruption against the baseline', () => {
    expect(b!.disruption).toEqual({ added: 0, removed: 0, moved: 0, changed: 0, linksAdded: 0, linksRemoved: 0, accountable: 0 });
    expect(m!.disruption).toMatchObject({ added: 1, removed: 2, moved: 1, changed: 1, linksRemoved: 2, accountable: 2 });
  });

  it('uses appraisal.lead where the structure has that node', () => {
    const rows = evidenceFor({ ...ws, appraisal: { lead: 'ceo', scores: {} } }, structures);
    expect(rows.map((r) => [r.lead?.id, r.lead?.inferred, r.leadSpan])).toEqual([['ceo', false, 1], ['ceo', false, 1]]);
  });

  it("falls back to the baseline's lead, then to the structure's own", () => {
    const noDcs: Structure = {
      ...merged, id: 'no-dcs',
      nodes: merged.nodes.filter((n) => n.id !== 'dcs' && n.id !== 'dcs-unit').map((n) => (n.manager === 'dcs' ? { ...n, manager: 'ceo' } : n)),
      accountable: { care: 'head-care' },
    };
    const rows = evidenceFor(
      { ...ws, appraisal: { lead: 'nobody', scores: {} }, options: [{ id: 'no-dcs', title: 'No DCS', steps: [] }] },
      new Map([['base', base], ['no-dcs', noDcs]]),
    );
    expect(rows.map((r) => r.lead?.id)).toEqual(['dcs', 'head-care']);
    expect(rows[1]!.lead?.inferred).toBe(true);
  });
});

describe('organisations, transfers and reconstructions (leeds-fidelity.md A1, A6, A8)', () => {
  const withBoard: Structure = {
    ...base,
    nodes: [...base.nodes, { id: 'board', kind: 'body', name: 'Company Board' }, { id: 'forum', kind: 'body', name: 'Forum' }],
    links: [...(base.links ?? []), { kind: 'governance', from: 'board', to: 'company' }, { kind: 'partnership', from: 'council', to: 'forum' }],
  };
  const ws = (options: Workspace['options']): Workspace => ({ format: 'org-options/1', title: 'T', baseline: withBoard, options });

  it('does not count a board that only governs a company as a separate organisation, but counts a partnership', () => {
    const [row] = evidenceFor(ws([]), new Map([[withBoard.id, withBoard]]));
    expect(row!.organisations.map((o) => o.id)).toEqual(['council', 'company', 'forum']);
  });

  it('counts a board that also manages someone, or is linked otherwise, as an organisation', () => {
    const busy: Structure = { ...withBoard, links: [...(withBoard.links ?? []), { kind: 'dotted', from: 'ceo', to: 'board' }] };
    const [row] = evidenceFor({ ...ws([]), baseline: busy }, new Map([[busy.id, busy]]));
    expect(row!.organisations.map((o) => o.id)).toContain('board');
  });

  it('names the nodes that move between organisations, and flags reconstructed options', () => {
    const o = { id: 'o', title: 'O', reconstructed: true, steps: [] };
    const moved: Structure = { ...merged, id: 'o' };
    const rows = evidenceFor(ws([o]), new Map([[withBoard.id, withBoard], ['o', moved]]));
    expect(rows[0]!.reconstructed).toBe(false);
    expect(rows[1]!.reconstructed).toBe(true);
    expect(rows[1]!.movedAcross.map((n) => n.id)).toEqual(['schools']);
  });
});
