import { stepErrorLine } from '../words/index.ts';
import type { Step } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { applySteps, canMove, checkStep, moveRefusal } from './index.ts';

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
};

describe('applySteps', () => {
  it('skips a failing step, reports it with option, number and op, and still tries later steps', () => {
    const steps: Step[] = [
      { op: 'move', node: 'finance', to: 'dcs' },
      { op: 'move', node: 'early-years', to: 'deputy-director-learning' },
      { op: 'update', node: 'finance', set: { holder: 'A N Other' } },
    ];
    const { structure, errors } = applySteps(sample(), steps, 'option-3');
    expect(errors).toEqual([
      {
        option: 'option-3',
        index: 2,
        op: 'move',
        refusal: { kind: 'no-node', role: 'to', id: 'deputy-director-learning' },
        needs: [{ kind: 'node', id: 'deputy-director-learning', role: 'to' }],
      },
    ]);
    expect(errors.map(stepErrorLine)).toEqual(['option-3 step 2 (move): no node "deputy-director-learning"']);
    expect(structure.nodes.find((n) => n.id === 'finance')).toMatchObject({ manager: 'dcs', holder: 'A N Other' });
    expect(structure.nodes.find((n) => n.id === 'early-years')?.manager).toBe('dcs');
  });

  it('never mutates its input, even when the input is frozen', () => {
    const base = deepFreeze(sample());
    const before = JSON.stringify(base);
    const steps: Step[] = [
      { op: 'merge', nodes: ['dcs'], into: 'finance' },
      { op: 'update', node: 'ceo', set: { holder: null } },
      { op: 'unlink', kind: 'dotted', from: 'early-years', to: 'finance' },
      { op: 'assign', function: 'budget', to: 'ceo' },
      { op: 'remove', node: 'partnership' },
    ];
    const { errors } = applySteps(base, steps, 'o');
    expect(errors).toEqual([]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('keeps node order: new nodes appended, removed ones dropped', () => {
    const steps: Step[] = [
      { op: 'add', node: { id: 'new-a', kind: 'post', name: 'A', manager: 'ceo' } },
      { op: 'remove', node: 'social-care' },
      { op: 'move', node: 'council', to: 'partnership' },
      { op: 'add', node: { id: 'new-b', kind: 'post', name: 'B' } },
    ];
    const { structure } = applySteps(sample(), steps, 'o');
    expect(structure.nodes.map((n) => n.id)).toEqual(['council', 'ceo', 'dcs', 'early-years', 'finance', 'partnership', 'new-a', 'new-b']);
  });

  it('keeps the structure’s other fields, and unchanged nodes are the same objects', () => {
    const base = { ...sample(), asOf: '2006-04-01', extra: { kept: true } };
    const { structure } = applySteps(base, [{ op: 'update', node: 'dcs', set: { holder: null } }], 'o');
    expect(structure).toMatchObject({ id: 'base', title: 'Sample', asOf: '2006-04-01', extra: { kept: true } });
    expect(structure.nodes[0]).toBe(base.nodes[0]);
    expect(structure.nodes[2]).not.toBe(base.nodes[2]);
  });

  it('sees the effect of earlier steps: a node added can be moved, then removed', () => {
    const steps: Step[] = [
      { op: 'add', node: { id: 'temp', kind: 'unit', name: 'Temp', manager: 'ceo' } },
      { op: 'move', node: 'temp', to: 'dcs' },
      { op: 'move', node: 'dcs', to: 'temp' },
      { op: 'remove', node: 'temp' },
    ];
    const { structure, errors } = applySteps(sample(), steps, 'o');
    expect(errors.map(stepErrorLine)).toEqual(['o step 3 (move): would make line management loop: dcs → temp → dcs']);
    expect(structure.nodes.some((n) => n.id === 'temp')).toBe(false);
  });

  it('tracks reports through moves, so remove and merge see the current tree', () => {
    const steps: Step[] = [
      { op: 'move', node: 'social-care', to: 'ceo' },
      { op: 'move', node: 'early-years', to: 'ceo' },
      { op: 'remove', node: 'dcs' },
      { op: 'merge', nodes: ['ceo'], into: 'partnership' },
    ];
    const { structure, errors } = applySteps(sample(), steps, 'o');
    expect(errors).toEqual([]);
    expect(structure.nodes.filter((n) => n.manager === 'partnership').map((n) => n.id)).toEqual(['social-care', 'early-years', 'finance']);
  });
});

describe('checkStep and canMove', () => {
  it('checkStep gives the reason or null and changes nothing', () => {
    const s = sample();
    expect(checkStep(s, { op: 'remove', node: 'finance' })).toBeNull();
    expect(checkStep(s, { op: 'remove', node: 'finance' })).toBeNull();
    expect(s.nodes).toHaveLength(7);
  });
  it('moveRefusal gives a typed refusal (kind and ids) for self, own reports and missing ids; canMove says yes or no', () => {
    const s = sample();
    expect(moveRefusal(s, 'dcs', 'dcs')).toEqual({ kind: 'self-report', node: 'dcs' });
    expect(moveRefusal(s, 'ceo', 'early-years')).toEqual({ kind: 'loop', chain: ['ceo', 'early-years', 'dcs', 'ceo'] });
    expect(moveRefusal(s, 'ghost', 'dcs')).toEqual({ kind: 'no-node', role: 'node', id: 'ghost' });
    expect(moveRefusal(s, 'dcs', 'ghost')).toEqual({ kind: 'no-node', role: 'to', id: 'ghost' });
    expect(moveRefusal(s, 'dcs', null)).toBeNull();
    expect(canMove(s, 'dcs', 'finance')).toBe(true);
    expect(canMove(s, 'dcs', 'dcs')).toBe(false);
  });
});
