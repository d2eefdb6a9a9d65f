import type { Step, Structure } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { applySteps, checkStep } from './index.ts';
import { ID_NAMES, refusalWords } from '../words/index.ts';

/** The sample with staffing: the DCS post priced, two units with FTE (one priced, one not). */
function staffed(): Structure {
  const s = sample();
  const set = (id: string, fields: object) => Object.assign(s.nodes.find((n) => n.id === id)!, fields);
  set('dcs', { grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } });
  set('social-care', { fte: 300, grade: 'Mixed', pay: { min: 30000, max: 40000 } });
  set('early-years', { fte: 50 });
  return s;
}

const apply1 = (step: Step, base: Structure = staffed()) => {
  const { structure, errors } = applySteps(base, [step], 'opt');
  expect(errors).toEqual([]);
  return structure;
};
const node = (s: Structure, id: string) => s.nodes.find((n) => n.id === id)!;
const reason = (step: Step) => {
  const refusal = checkStep(staffed(), step);
  return refusal && refusalWords(refusal, ID_NAMES);
};

describe('update of grade, fte and pay (people.md)', () => {
  it('sets them', () => {
    const s = apply1({ op: 'update', node: 'finance', set: { grade: 'Band 6', fte: 12.5, pay: { min: 28000, max: 33000 } } });
    expect(node(s, 'finance')).toMatchObject({ grade: 'Band 6', fte: 12.5, pay: { min: 28000, max: 33000 } });
  });
  it('removes them with null, leaving the other fields alone', () => {
    const s = apply1({ op: 'update', node: 'dcs', set: { grade: null, fte: null, pay: null } });
    expect(node(s, 'dcs')).toEqual({ id: 'dcs', kind: 'post', name: 'Director of Children’s Services', holder: 'Rosemary Archer', manager: 'ceo' });
  });
  it('does not change the structure it was applied to', () => {
    const base = staffed();
    applySteps(base, [{ op: 'update', node: 'dcs', set: { fte: null } }], 'opt');
    expect(node(base, 'dcs').fte).toBe(1);
  });
  it.each<[Step, string]>([
    [{ op: 'update', node: 'dcs', set: { fte: -1 } }, 'fte -1 is negative'],
    [{ op: 'update', node: 'dcs', set: { fte: '2' as never } }, 'fte must be a number, not "2"'],
    [{ op: 'update', node: 'dcs', set: { fte: Number.NaN } }, 'fte must be a number, not null'],
    [{ op: 'update', node: 'dcs', set: { pay: { min: 5, max: 4 } } }, 'pay.min 5 is above pay.max 4'],
    [{ op: 'update', node: 'dcs', set: { pay: { min: -5, max: 4 } } }, 'pay.min -5 is negative'],
    [{ op: 'update', node: 'dcs', set: { pay: { min: 5 } as never } }, 'pay.max must be a number, not nothing'],
    [{ op: 'update', node: 'dcs', set: { pay: 30000 as never } }, 'pay must be { "min": number, "max": number }, not 30000'],
    [{ op: 'update', node: 'dcs', set: { grade: 7 as never } }, 'grade must be a string, not 7'],
    [{ op: 'add', node: { id: 'x', kind: 'post', name: 'X', fte: -0.5 } }, 'fte -0.5 is negative'],
    [{ op: 'add', node: { id: 'x', kind: 'post', name: 'X', pay: { min: 2, max: 1 } } }, 'pay.min 2 is above pay.max 1'],
    [{ op: 'add', node: { id: 'x', kind: 'post', name: 'X', ref: 12 as never } }, 'ref must be a string, not 12'],
  ])('refuses %j', (step, why) => {
    expect(reason(step)).toBe(why);
  });
  it('adds a node with its staffing', () => {
    const s = apply1({ op: 'add', node: { id: 'x', kind: 'post', name: 'X', manager: 'dcs', ref: 'P-9', grade: 'G7', fte: 0.6, pay: { min: 1, max: 2 } } });
    expect(node(s, 'x')).toMatchObject({ ref: 'P-9', grade: 'G7', fte: 0.6, pay: { min: 1, max: 2 } });
  });
});

describe('update of unit, role and ref (typed and removed as grade is)', () => {
  it('sets them, and removes them with null', () => {
    const s = apply1({ op: 'update', node: 'social-care', set: { unit: 'Children’s Services', role: 'Safeguarding', ref: 'SC-1' } });
    expect(node(s, 'social-care')).toMatchObject({ unit: 'Children’s Services', role: 'Safeguarding', ref: 'SC-1' });
    const none = apply1({ op: 'update', node: 'social-care', set: { unit: null, role: null, ref: null } }, s);
    expect(['unit', 'role', 'ref'].filter((f) => f in node(none, 'social-care'))).toEqual([]);
    expect(node(none, 'social-care')).toMatchObject({ fte: 300, grade: 'Mixed' });
  });
  it.each<[Step, string]>([
    [{ op: 'update', node: 'dcs', set: { unit: 7 as never } }, 'unit must be a string, not 7'],
    [{ op: 'update', node: 'dcs', set: { role: ['HR'] as never } }, 'role must be a string, not ["HR"]'],
    [{ op: 'update', node: 'dcs', set: { ref: undefined } }, 'ref must be a string or null'],
  ])('refuses %j', (step, why) => {
    expect(reason(step)).toBe(why);
  });
});

describe('merge (people.md)', () => {
  it("keeps the into node's own grade, fte and pay; the merged nodes' go with them", () => {
    const s = apply1({ op: 'merge', nodes: ['social-care', 'early-years'], into: 'dcs' });
    expect(node(s, 'dcs')).toMatchObject({ grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } });
  });
  it('gives an into node without staffing none', () => {
    const s = apply1({ op: 'merge', nodes: ['social-care'], into: 'finance' });
    expect(node(s, 'finance')).toEqual({ id: 'finance', kind: 'unit', name: 'Finance', manager: 'ceo' });
  });
});
