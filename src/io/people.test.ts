import { fileProblemWords } from '../words/fileProblems.ts';
import type { Workspace } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { resolveWorkspace } from '../options/index.ts';
import { parseWorkspace, serializeWorkspace, validateWorkspace } from './index.ts';

/** A workspace with staffing and pay (people.md), as plain JSON data to break one rule at a time. */
function staffed(): Record<string, unknown> & { baseline: { nodes: Record<string, unknown>[] }; options: { steps: unknown[] }[] } {
  const baseline = sample();
  const dcs = baseline.nodes.find((n) => n.id === 'dcs')!;
  Object.assign(dcs, { ref: 'DCS-1', grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } });
  Object.assign(baseline.nodes.find((n) => n.id === 'social-care')!, { fte: 312.5, grade: 'Mixed', unit: 'Social care', role: 'Care' });
  return JSON.parse(
    JSON.stringify({
      format: 'org-options/1',
      title: 'Staffed',
      currency: 'GBP',
      baseline,
      options: [{ id: 'option-1', title: 'One', steps: [{ op: 'update', node: 'dcs', set: { fte: 0.8, pay: null, grade: null } }] }],
    }),
  );
}

const errorsOf = (data: unknown): string[] => {
  const r = validateWorkspace(data);
  return r.ok ? [] : r.errors.map(fileProblemWords);
};

function withNode(field: string, value: unknown): string[] {
  const d = staffed();
  d.baseline.nodes[2]![field] = value;
  return errorsOf(d);
}

describe('people fields in the format (people.md, Fields)', () => {
  it('accepts ref, grade, fte, pay, unit, role and currency, and keeps them', () => {
    const r = validateWorkspace(staffed());
    expect(r.ok && r.workspace.baseline.nodes[2]).toMatchObject({ ref: 'DCS-1', grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } });
    expect(r.ok && r.workspace.currency).toBe('GBP');
  });

  it('round-trips a workspace with staffing and pay unchanged', () => {
    const r = validateWorkspace(staffed());
    if (!r.ok) throw new Error(r.errors.map(fileProblemWords).join('\n'));
    const again = parseWorkspace(serializeWorkspace(r.workspace));
    expect(again.ok && again.workspace).toEqual(r.workspace);
  });

  it('loads a file without any people field as before, with no currency added', () => {
    const d = staffed();
    delete d.currency;
    for (const n of d.baseline.nodes) for (const f of ['ref', 'grade', 'fte', 'pay', 'unit', 'role']) delete n[f];
    d.options = [];
    const r = validateWorkspace(d);
    if (!r.ok) throw new Error(r.errors.map(fileProblemWords).join('\n'));
    expect('currency' in r.workspace).toBe(false);
    expect(JSON.parse(serializeWorkspace(r.workspace))).toEqual(d);
  });

  it.each([
    ['fte', -1, 'baseline.nodes[2] "dcs".fte: fte -1 is negative'],
    ['fte', '1', 'baseline.nodes[2] "dcs".fte: must be a number, not "1"'],
    ['fte', Number.POSITIVE_INFINITY, 'baseline.nodes[2] "dcs".fte'],
    ['pay', { min: 50000, max: 40000 }, 'baseline.nodes[2] "dcs".pay: min 50000 is above max 40000'],
    ['pay', { min: 'a lot', max: 40000 }, 'baseline.nodes[2] "dcs".pay.min: must be a number, not "a lot"'],
    ['pay', { min: -5, max: 40000 }, 'baseline.nodes[2] "dcs".pay.min: pay.min -5 is negative'],
    ['pay', { min: 1 }, 'baseline.nodes[2] "dcs".pay.max: must be a number, not nothing'],
    ['pay', 40000, 'baseline.nodes[2] "dcs".pay'],
    ['grade', 7, 'baseline.nodes[2] "dcs".grade: must be a string, not 7'],
    ['ref', null, 'baseline.nodes[2] "dcs".ref'],
  ])('refuses %s = %j, naming the place', (field, value, message) => {
    const errors = withNode(field, value);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([['gbp'], ['POUNDS'], ['ZZZ'], [826]])('refuses currency %j as not ISO 4217', (value) => {
    const d = staffed();
    d.currency = value;
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^currency: .*ISO 4217/);
  });

  it('refuses a bad fte or pay in an update step, naming the option and step', () => {
    const d = staffed();
    d.options[0]!.steps = [{ op: 'update', node: 'dcs', set: { fte: -0.5 } }, { op: 'update', node: 'dcs', set: { pay: { min: 2, max: 1 } } }];
    expect(errorsOf(d)).toEqual([
      'options[0] "option-1" step 1 (update).set.fte: fte -0.5 is negative',
      'options[0] "option-1" step 2 (update).set.pay: min 2 is above max 1',
    ]);
  });

  it('refuses an added node with a pay whose min is above its max', () => {
    const d = staffed();
    d.options[0]!.steps = [{ op: 'add', node: { id: 'new', kind: 'post', name: 'New', pay: { min: 3, max: 1 } } }];
    expect(errorsOf(d)).toEqual(['options[0] "option-1" step 1 (add).node.pay: min 3 is above max 1']);
  });

  it('an update sets fte and removes pay and grade with null', () => {
    const r = validateWorkspace(staffed());
    if (!r.ok) throw new Error(r.errors.map(fileProblemWords).join('\n'));
    const dcs = resolveWorkspace(r.workspace as Workspace).structures.get('option-1')!.nodes.find((n) => n.id === 'dcs')!;
    expect(dcs.fte).toBe(0.8);
    expect('pay' in dcs).toBe(false);
    expect('grade' in dcs).toBe(false);
    expect(dcs.ref).toBe('DCS-1');
  });

  it('an update sets unit and role and removes ref with null, as for grade', () => {
    const d = staffed();
    d.options[0]!.steps = [{ op: 'update', node: 'dcs', set: { unit: 'Children’s Services', role: 'Leadership', ref: null } }];
    const r = validateWorkspace(d);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const dcs = resolveWorkspace(r.workspace as Workspace).structures.get('option-1')!.nodes.find((n) => n.id === 'dcs')!;
    expect(dcs).toMatchObject({ unit: 'Children’s Services', role: 'Leadership' });
    expect('ref' in dcs).toBe(false);
  });

  it('refuses an update of unit, role or ref that is not a string or null, naming the place', () => {
    const d = staffed();
    d.options[0]!.steps = [{ op: 'update', node: 'dcs', set: { unit: 7 } }];
    expect(errorsOf(d)).toHaveLength(1);
    expect(errorsOf(d)[0]).toMatch(/^options\[0\] "option-1" step 1 \(update\)\.set\.unit: /);
  });
});
