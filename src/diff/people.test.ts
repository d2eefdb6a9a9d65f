import type { Structure } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { diffStructures } from './index.ts';
import { changeSummary } from '../words/changes.ts';

function withPeople(s: Structure, fields: Record<string, object>): Structure {
  return { ...s, nodes: s.nodes.map((n) => (fields[n.id] ? { ...n, ...fields[n.id] } : n)) };
}

describe('diff of grade, fte and pay (people.md)', () => {
  const a = withPeople(sample(), {
    dcs: { grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } },
    'social-care': { fte: 300, pay: { min: 30000, max: 40000 } },
    finance: { fte: 10 },
  });
  const b = withPeople({ ...sample(), id: 'next' }, {
    dcs: { grade: 'Strategic Director', name: 'Director of Children’s Services', fte: 0.8, pay: { min: 120000, max: 130000 } },
    'social-care': { fte: 300, pay: { min: 31000, max: 40000 } },
    finance: { fte: 10, grade: 'Band 5' },
    'early-years': { holder: 'Someone' },
  });
  const d = diffStructures(a, b);

  it('reports each changed field with its values, null when absent, sorted by node then field', () => {
    expect(d.changed).toEqual([
      { node: 'dcs', field: 'fte', from: 1, to: 0.8 },
      { node: 'dcs', field: 'grade', from: 'Director', to: 'Strategic Director' },
      { node: 'early-years', field: 'holder', from: null, to: 'Someone' },
      { node: 'finance', field: 'grade', from: null, to: 'Band 5' },
      { node: 'social-care', field: 'pay', from: { min: 30000, max: 40000 }, to: { min: 31000, max: 40000 } },
    ]);
  });

  it('sees no change in an equal pay band held in another object', () => {
    const copy = withPeople(a, { dcs: { pay: { min: 120000, max: 130000 } } });
    expect(diffStructures(a, copy).changed).toEqual([]);
  });

  it('reports a pay or fte removed as null', () => {
    const none = { ...a, nodes: a.nodes.map((n) => (n.id === 'dcs' ? { id: n.id, kind: n.kind, name: n.name, holder: n.holder, manager: n.manager, grade: n.grade } : n)) };
    expect(diffStructures(a, none).changed).toEqual([
      { node: 'dcs', field: 'fte', from: 1, to: null },
      { node: 'dcs', field: 'pay', from: { min: 120000, max: 130000 }, to: null },
    ]);
  });

  it('reports unit, role and ref, and words them in change lines', () => {
    const c = withPeople({ ...a, id: 'later' }, { dcs: { ...a.nodes.find((n) => n.id === 'dcs'), unit: 'Children’s Services', role: 'Leadership', ref: 'DCS-2' } });
    const from = withPeople(a, { dcs: { ...a.nodes.find((n) => n.id === 'dcs'), unit: 'Education', ref: 'DCS-1' } });
    const dc = diffStructures(from, c);
    expect(dc.changed).toEqual([
      { node: 'dcs', field: 'ref', from: 'DCS-1', to: 'DCS-2' },
      { node: 'dcs', field: 'role', from: null, to: 'Leadership' },
      { node: 'dcs', field: 'unit', from: 'Education', to: 'Children’s Services' },
    ]);
    expect(changeSummary(dc, from, c)).toEqual([
      'Changed: Director of Children’s Services: reference DCS-1 → DCS-2',
      'Changed: Director of Children’s Services: job/team function none → Leadership',
      'Changed: Director of Children’s Services: unit Education → Children’s Services',
    ]);
  });

  it('words FTE and pay in the summary in the currency given', () => {
    const lines = changeSummary(d, a, b, 'EUR');
    expect(lines).toContain('Changed: Director of Children’s Services: FTE 1 → 0.8');
    expect(lines).toContain('Changed: Social Care: pay €30,000–€40,000 a year → €31,000–€40,000 a year');
  });
});
