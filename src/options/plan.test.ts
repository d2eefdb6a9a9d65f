import type { Structure } from '../model/types.ts';
import { applySteps } from './apply.ts';
import { checkSteps, removalPlan, suggestNodeId } from './plan.ts';

const s: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'top', kind: 'body', name: 'Council' },
    { id: 'dcs', kind: 'post', name: 'Director', manager: 'top' },
    { id: 'a', kind: 'unit', name: 'Unit A', manager: 'dcs' },
    { id: 'b', kind: 'unit', name: 'Unit B', manager: 'dcs' },
    { id: 'lone', kind: 'unit', name: 'Lone' },
  ],
};

describe('removalPlan', () => {
  it('moves the reports to the node’s manager first, then removes it, each step with the reason', () => {
    const plan = removalPlan(s, 'dcs', 'Covering 4.3');
    expect(plan).toEqual({
      ok: true,
      reports: ['a', 'b'],
      to: 'top',
      steps: [
        { op: 'move', node: 'a', to: 'top', why: 'Covering 4.3' },
        { op: 'move', node: 'b', to: 'top', why: 'Covering 4.3' },
        { op: 'remove', node: 'dcs', why: 'Covering 4.3' },
      ],
    });
    if (!plan.ok) return;
    const { structure, errors } = applySteps(s, plan.steps, 'o');
    expect(errors).toEqual([]);
    expect(structure.nodes.map((n) => [n.id, n.manager ?? null])).toEqual([['top', null], ['a', 'top'], ['b', 'top'], ['lone', null]]);
  });

  it('is one remove step for a node that manages no one', () => {
    expect(removalPlan(s, 'lone')).toEqual({ ok: true, reports: [], to: null, steps: [{ op: 'remove', node: 'lone' }] });
  });

  it('refuses a top-level node with reports (no manager to take them) and a missing node, as typed values', () => {
    expect(removalPlan(s, 'top')).toEqual({ ok: false, refusal: { kind: 'no-manager-for-reports', node: 'top', reports: ['dcs'] } });
    expect(removalPlan(s, 'ghost')).toEqual({ ok: false, refusal: { kind: 'no-node', node: 'ghost' } });
  });
});

describe('checkSteps', () => {
  it('checks each step on the structure the earlier ones leave', () => {
    expect(checkSteps(s, [{ op: 'add', node: { id: 'n', kind: 'unit', name: 'N', manager: 'dcs' } }, { op: 'move', node: 'a', to: 'n' }])).toBeNull();
    expect(checkSteps(s, [{ op: 'remove', node: 'lone' }, { op: 'move', node: 'a', to: 'lone' }])).toEqual({ index: 1, refusal: { kind: 'no-node', role: 'to', id: 'lone' } });
  });

  it('does not change the structure it checks', () => {
    const before = JSON.stringify(s);
    checkSteps(s, [{ op: 'remove', node: 'lone' }, { op: 'merge', nodes: ['a'], into: 'b' }]);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('suggestNodeId', () => {
  it('makes a slug of the name, unique in the structure', () => {
    expect(suggestNodeId(s, 'Deputy Director, Education and Learning')).toBe('deputy-director-education-and-learning');
    expect(suggestNodeId(s, 'Unit A')).toBe('unit-a');
    expect(suggestNodeId(s, 'Director')).toBe('director');
    expect(suggestNodeId(s, 'DCS')).toBe('dcs-2');
    expect(suggestNodeId(s, 'Équipe Ünïté')).toBe('equipe-unite');
    expect(suggestNodeId(s, '—')).toBe('node');
    expect(suggestNodeId(s, 'x'.repeat(100)).length).toBeLessThanOrEqual(64);
  });
});
