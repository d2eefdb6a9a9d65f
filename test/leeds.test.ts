import { fileProblemWords } from '../src/words/fileProblems.ts';
import { readFileSync } from 'node:fs';
import { parseWorkspace } from '../src/io/index.ts';
import { resolveWorkspace } from '../src/options/index.ts';
import { diffStructures } from '../src/diff/index.ts';
import { lineOf, nodeIndex, roots } from '../src/model/queries.ts';
import type { Link, NodeId, Structure, Workspace } from '../src/model/types.ts';

function load(): Workspace {
  const parsed = parseWorkspace(readFileSync('fixtures/leeds.json', 'utf8'));
  if (!parsed.ok) throw new Error(`fixtures/leeds.json is invalid:\n${parsed.errors.map(fileProblemWords).join('\n')}`);
  return parsed.workspace;
}

const ws = load();
const resolved = resolveWorkspace(ws);
const base = ws.baseline;

function structure(id: string): Structure {
  const s = resolved.structures.get(id);
  if (!s) throw new Error(`no structure ${id}`);
  return s;
}

const hasLink = (s: Structure, kind: Link['kind'], from: NodeId, to: NodeId): boolean =>
  (s.links ?? []).some((l) => l.kind === kind && l.from === from && l.to === to);

const managerOf = (s: Structure, id: NodeId): NodeId | null | undefined => nodeIndex(s).get(id)?.manager;

describe('the Leeds workspace', () => {
  it('is valid, and every option resolves without a failing step', () => {
    expect(ws.format).toBe('org-options/1');
    expect(ws.title).toBe("Leeds children's services review, 2009-10");
    expect(resolved.errors).toEqual([]);
    for (const [id, errors] of resolved.stepErrors) expect({ id, errors }).toEqual({ id, errors: [] });
    expect(ws.options.map((o) => o.id)).toEqual(['option-1', 'option-2', 'option-3', 'option-4', 'option-5']);
    for (const o of ws.options) expect(resolved.structures.has(o.id)).toBe(true);
  });

  it('survives a parse of its own serialisation', () => {
    const again = parseWorkspace(JSON.stringify(ws));
    expect(again.ok && again.workspace).toEqual(ws);
  });

  it('sources every node and link, or says it is inferred', () => {
    const unsourced = (x: { source?: string; note?: string }) => !x.source && !x.note?.startsWith('Inferred:');
    const nodes = [...resolved.structures.values()].flatMap((s) => s.nodes.filter(unsourced).map((n) => `${s.id} ${n.id}`));
    expect(nodes).toEqual([]);
    expect((base.links ?? []).filter(unsourced)).toEqual([]);
  });

  it('gives every step of every option a reason', () => {
    const missing = ws.options.flatMap((o) => o.steps.flatMap((step, i) => (step.why?.trim() ? [] : [`${o.id} step ${i + 1}`])));
    expect(missing).toEqual([]);
    expect(ws.options.every((o) => o.steps.length > 0)).toBe(true);
  });

  it('marks Options 1-4 as reconstructions and Option 5 as the paper has it (Covering 4.3-4.5, 5.1, 6.1; domain.md)', () => {
    for (const id of ['option-1', 'option-2', 'option-3', 'option-4']) {
      const o = ws.options.find((x) => x.id === id)!;
      expect(o.title).toMatch(/^Option \d: .*\(reconstructed\)$/);
      expect(`${o.summary ?? ''} ${o.source ?? ''}`).toMatch(/[Rr]econstruct/);
      expect(o.source).toContain('Covering');
    }
    const five = ws.options.find((x) => x.id === 'option-5')!;
    expect(five.title).toBe("Option 5: integrated Children's Services Directorate");
    expect(five.source).toBe('Covering 4.3-4.5, 6.1');
    expect(five.title).not.toMatch(/reconstructed/);
  });
});

describe('the 2006 baseline', () => {
  const index = nodeIndex(base);

  it('is dated and has the council and Education Leeds as separate organisations, the council the largest (Scoping 1.1-1.2, dated 1 October 2009)', () => {
    expect(base.id).toBe('leeds-2006');
    expect(base.asOf).toBe('2009-10-01');
    expect(roots(base)).toEqual(expect.arrayContaining(['council', 'education-leeds']));
    const size = (root: NodeId) => base.nodes.filter((n) => lineOf(index, n.id).at(-1) === root).length;
    const largest = Math.max(...roots(base).map(size));
    expect(size('council')).toBe(largest);
    expect(roots(base).filter((r) => size(r) === largest)).toEqual(['council']);
  });

  it('puts the DCS under the Chief Executive, with the DCS Unit and both Chief Officers under the DCS (Scoping 1.1, 4.1; Covering 3.3; lines inferred)', () => {
    expect(lineOf(index, 'dcs')).toEqual(['dcs', 'chief-executive', 'council']);
    expect(index.get('dcs')?.holder).toBe('Rosemary Archer');
    expect(index.get('chief-executive')?.holder).toBe('Paul Rogerson');
    for (const id of ['dcs-unit', 'chief-officer-social-care', 'chief-officer-early-years']) expect(managerOf(base, id)).toBe('dcs');
    expect(managerOf(base, 'childrens-social-care')).toBe('chief-officer-social-care');
    expect(managerOf(base, 'early-years')).toBe('chief-officer-early-years');
    expect(managerOf(base, 'youth-services')).toBe('chief-officer-early-years');
  });

  it('has Education Leeds under contract, governed by its Board, its Chief Executive under the DCS strategically only (Scoping 1.1-1.2; Covering 3.3)', () => {
    expect(index.get('education-leeds')?.kind).toBe('body');
    expect(index.get('education-leeds')?.manager ?? null).toBeNull();
    expect(hasLink(base, 'contract', 'council', 'education-leeds')).toBe(true);
    expect(index.get('education-leeds-board')?.kind).toBe('body');
    expect(hasLink(base, 'governance', 'education-leeds-board', 'education-leeds')).toBe(true);
    expect(managerOf(base, 'education-leeds-ceo')).toBe('education-leeds');
    expect(hasLink(base, 'strategic', 'dcs', 'education-leeds-ceo')).toBe(true);
    expect(lineOf(index, 'education-leeds-ceo')).not.toContain('dcs');
  });

  it('has the two Executive Members with political links, the Scrutiny Board, Children Leeds and the ISCB (Scoping 1.3-1.4, 2.3)', () => {
    expect(index.get('exec-member-childrens-services')).toMatchObject({ kind: 'member', holder: 'Cllr Golton' });
    expect(index.get('exec-member-learning')).toMatchObject({ kind: 'member', holder: 'Cllr Harker' });
    expect(hasLink(base, 'political', 'exec-member-childrens-services', 'dcs')).toBe(true);
    expect(hasLink(base, 'political', 'exec-member-learning', 'education-leeds')).toBe(true);
    expect(index.get('scrutiny-board')?.kind).toBe('body');
    expect(index.get('children-leeds')?.kind).toBe('body');
    expect(lineOf(index, 'iscb')).toContain('children-leeds');
    expect(hasLink(base, 'partnership', 'dcs', 'children-leeds')).toBe(true);
  });

  it('has at least eight functions, every one accountable to a node that exists (domain.md, functions inferred from the papers)', () => {
    const fns = base.functions ?? [];
    expect(fns.length).toBeGreaterThanOrEqual(8);
    for (const id of ['childrens-social-care', 'safeguarding', 'early-years', 'youth-services', 'school-improvement', 'sen', 'admissions', 'commissioning']) {
      expect(fns.map((f) => f.id)).toContain(id);
    }
    expect(fns.find((f) => f.id === 'safeguarding')?.statutory).toBe(true);
    for (const f of fns) expect(index.has(base.accountable?.[f.id] ?? '')).toBe(true);
  });

  it('marks the Chief Officers\' line to the DCS as inferred (Scoping 1.1, 1.4; Covering 3.3; D1)', () => {
    for (const id of ['chief-officer-social-care', 'chief-officer-early-years']) expect(index.get(id)?.note).toMatch(/^Inferred:.*DCS/);
  });

  it('puts performance management with children\'s social care, where Covering 3.2 finds it failing (D2)', () => {
    expect(base.accountable?.['performance-management']).toBe('chief-officer-social-care');
  });

  it('keeps one link per relationship (D11)', () => {
    const pairs = (base.links ?? []).map((l) => [l.from, l.to].join('→'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('gives Education Leeds about 1,150 staff, sourced, and no invented pay (Yorkshire Evening Post, 18 March 2010)', () => {
    const staff = base.nodes.filter((n) => n.fte !== undefined);
    expect(staff.map((n) => [n.id, n.fte])).toEqual([['el-staff', 1150]]);
    expect(lineOf(index, 'el-staff').at(-1)).toBe('education-leeds');
    expect(index.get('el-staff')?.source).toMatch(/Yorkshire Evening Post.*18 March 2010/);
    expect(base.nodes.filter((n) => n.pay !== undefined)).toEqual([]);
  });

  it('holds school improvement inside the Education Leeds organisation, outside the DCS line (Covering 3.3; Scoping 1.2)', () => {
    const holder = base.accountable?.['school-improvement'];
    expect(holder).toBe('education-leeds-ceo');
    const line = lineOf(index, holder!);
    expect(line.at(-1)).toBe('education-leeds');
    expect(line).not.toContain('dcs');
  });
});

describe('Option 5, resolved', () => {
  const five = structure('option-5');
  const index = nodeIndex(five);

  it('adds the two deputies, to be appointed, under the new DCS (Covering 4.3-4.4)', () => {
    expect(index.get('deputy-director-learning')).toMatchObject({ name: 'Deputy Director, Education and Learning', manager: 'dcs', holder: null });
    expect(index.get('deputy-director-targeted')).toMatchObject({ name: 'Deputy Director, Targeted and Specialist Services', manager: 'dcs', holder: null });
    for (const id of ['deputy-director-learning', 'deputy-director-targeted']) expect(index.get(id)?.note).toMatch(/in due course/i);
  });

  it('names only the holders in post on its date, 1 April 2011, from the public record, and no 2009 holder (fidelity review D6)', () => {
    expect(index.get('dcs')?.holder).toBe('Nigel Richardson'); // DCS from the end of September 2010
    expect(index.get('chief-executive')?.holder).toBe('Tom Riordan'); // from August 2010
    expect(index.get('exec-member-childrens-services')?.holder).toBe('Cllr Judith Blake'); // from 27 May 2010
    expect(index.get('exec-member-learning')?.holder ?? null).toBeNull(); // no Learning portfolio after 27 May 2010
    const in2009 = ['Rosemary Archer', 'Paul Rogerson', 'Cllr Golton', 'Cllr Harker', 'Chris Edwards'];
    expect(five.nodes.filter((n) => in2009.includes(n.holder ?? ''))).toEqual([]);
    // Interim or unconfirmed holders are not used (domain.md; fidelity review section 6).
    expect(JSON.stringify(ws.options.find((o) => o.id === 'option-5'))).not.toMatch(/Brazil|Pexton/);
  });

  it('takes effect in April 2011, when the contract has ended (Covering 4.5, 6.1)', () => {
    expect(five.asOf).toBe('2011-04-01');
  });

  it('moves the services under the deputies (Covering 4.3; placements inferred, D3-D4)', () => {
    for (const id of ['el-school-improvement', 'el-sen', 'el-admissions']) expect(managerOf(five, id)).toBe('deputy-director-learning');
    for (const id of ['childrens-social-care', 'early-years', 'youth-services']) expect(managerOf(five, id)).toBe('deputy-director-targeted');
  });

  it('brings Education Leeds\'s staff into the council (public record: about 1,150 staff to switch to the council)', () => {
    expect(lineOf(index, 'el-staff')).toEqual(['el-staff', 'deputy-director-learning', 'dcs', 'chief-executive', 'council']);
  });

  it('marks what goes beyond the paper as inferred: placements and the company wind-up (D3, D5)', () => {
    const steps = ws.options.find((o) => o.id === 'option-5')!.steps;
    const why = (pred: (s: (typeof steps)[number]) => boolean) => steps.filter(pred).map((s) => s.why ?? '');
    for (const w of why((s) => s.op === 'move')) expect(w).toMatch(/inferred/i);
    for (const w of why((s) => s.op === 'remove' || (s.op === 'merge' && s.nodes.includes('education-leeds-ceo')))) expect(w).toMatch(/inferred|public record/i);
  });

  it('ends the contract and leaves no Education Leeds organisation (Covering 6.1 ii; wind-up from the public record, D5)', () => {
    expect((five.links ?? []).filter((l) => l.kind === 'contract')).toEqual([]);
    for (const id of ['education-leeds', 'education-leeds-board', 'education-leeds-ceo']) expect(index.has(id)).toBe(false);
    expect(roots(five)).not.toContain('education-leeds');
    for (const n of five.nodes) expect(lineOf(index, n.id).at(-1)).not.toBe('education-leeds');
  });

  it('leaves no gap, and every function accountable within the DCS line (Covering 3.3, 4.3)', () => {
    for (const f of five.functions ?? []) {
      const holder = five.accountable?.[f.id];
      expect({ function: f.id, holder }).toEqual({ function: f.id, holder: expect.any(String) });
      expect({ function: f.id, line: lineOf(index, holder!) }).toEqual({ function: f.id, line: expect.arrayContaining(['dcs']) });
    }
  });

  it('re-points the Executive Member for Learning to the learning deputy (Scoping 1.3; inferred)', () => {
    expect(hasLink(five, 'political', 'exec-member-learning', 'deputy-director-learning')).toBe(true);
    expect(hasLink(five, 'political', 'exec-member-childrens-services', 'dcs')).toBe(true);
  });

  it('differs from the baseline by the deputies, the moves, the contract and the accountabilities (Covering 4.3-4.5, 6.1)', () => {
    const d = diffStructures(base, five);
    expect(d.added).toEqual(expect.arrayContaining(['deputy-director-learning', 'deputy-director-targeted']));
    expect(d.removed).toEqual(expect.arrayContaining(['education-leeds', 'education-leeds-board', 'education-leeds-ceo']));
    expect(d.moved).toEqual(expect.arrayContaining([
      { node: 'el-school-improvement', from: 'education-leeds-ceo', to: 'deputy-director-learning' },
      { node: 'childrens-social-care', from: 'chief-officer-social-care', to: 'deputy-director-targeted' },
      { node: 'early-years', from: 'chief-officer-early-years', to: 'deputy-director-targeted' },
    ]));
    expect(d.links.removed).toContainEqual({ kind: 'contract', from: 'council', to: 'education-leeds' });
    expect(d.accountable).toEqual(expect.arrayContaining([
      { function: 'school-improvement', from: 'education-leeds-ceo', to: 'deputy-director-learning' },
      { function: 'safeguarding', from: 'chief-officer-social-care', to: 'deputy-director-targeted' },
    ]));
    expect(d.changed).toContainEqual({ node: 'dcs', field: 'holder', from: 'Rosemary Archer', to: 'Nigel Richardson' });
  });
});

describe('the reconstructed options', () => {
  it('keep Education Leeds under contract in Options 1 to 3 and end it in Option 4 (domain.md, the reconstructions)', () => {
    for (const id of ['option-1', 'option-2', 'option-3']) expect(hasLink(structure(id), 'contract', 'council', 'education-leeds')).toBe(true);
    expect(hasLink(structure('option-4'), 'contract', 'council', 'education-leeds')).toBe(false);
  });

  it('appoint a new DCS in every option: vacant in the undated reconstructions, named on Option 5\'s date', () => {
    for (const id of ['option-1', 'option-2', 'option-3', 'option-4']) expect(nodeIndex(structure(id)).get('dcs')?.holder ?? null).toBeNull();
    expect(nodeIndex(structure('option-5')).get('dcs')?.holder).not.toBe('Rosemary Archer');
  });

  it('are flagged as reconstructions in the file, for every table to mark (fidelity review A8)', () => {
    expect(ws.options.filter((o) => o.reconstructed).map((o) => o.id)).toEqual(['option-1', 'option-2', 'option-3', 'option-4']);
  });

  it('model Option 2\'s extra resource as a note, not a unit, and move performance management, not safeguarding (Covering 3.2; D8, D9)', () => {
    const two = structure('option-2');
    expect(two.nodes.map((n) => n.id)).not.toContain('social-care-front-line');
    expect(nodeIndex(two).get('childrens-social-care')?.note).toMatch(/additional resource/);
    expect(two.accountable?.['safeguarding']).toBe('chief-officer-social-care');
    expect(two.accountable?.['performance-management']).toBe('head-safeguarding-performance');
  });
});
