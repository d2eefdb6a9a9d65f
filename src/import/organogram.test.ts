import type { OrgNode } from '../model/types.ts';
import { warningWords } from '../words/import.ts';
import { importOrganogram } from './organogram.ts';
import type { ImportResult, ImportWarning } from './types.ts';

const SENIOR_HEADER = 'Post Unique Reference,Name,Grade (or equivalent),Job Title,Job/Team Function,Unit,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£)';
const JUNIOR_HEADER = 'Unit,Reporting Senior Post,Grade,Payscale Minimum (£),Payscale Maximum (£),Generic Job Title,Number of Posts in FTE,Professional/Occupational Group';

const senior = (...rows: string[]) => ({ name: 's.csv', text: [SENIOR_HEADER, ...rows].join('\r\n') });
const junior = (...rows: string[]) => ({ name: 'j.csv', text: [JUNIOR_HEADER, ...rows].join('\r\n') });

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.errors)}`);
  return r;
}
const byRef = (nodes: OrgNode[], ref: string) => nodes.find((n) => n.ref === ref);
const kinds = (ws: ImportWarning[]) => ws.map((w) => w.kind);

describe('importOrganogram: senior posts', () => {
  it('makes one post per reference with name, holder, grade, FTE, pay, unit and function, and ids from references', () => {
    const r = ok(importOrganogram({ senior: senior('CEO1,Person A,SCS3,Chief Executive,Runs it,Office,XX,1,"140,000","144,999"', 'HR1,Person B,SCS1,Head of HR,People,HR,CEO1,1,70000,74999') }));
    expect(r.warnings).toEqual([]);
    expect(r.structure.nodes).toEqual([
      { id: 'ceo1', kind: 'post', name: 'Chief Executive', manager: null, ref: 'CEO1', holder: 'Person A', grade: 'SCS3', fte: 1, pay: { min: 140000, max: 144999 }, unit: 'Office', role: 'Runs it' },
      { id: 'hr1', kind: 'post', name: 'Head of HR', manager: 'ceo1', ref: 'HR1', holder: 'Person B', grade: 'SCS1', fte: 1, pay: { min: 70000, max: 74999 }, unit: 'HR', role: 'People' },
    ]);
    expect(r.origins.get('hr1')).toEqual({ file: 's.csv', rows: [3] });
  });

  it('matches references case-insensitively: the same post has the same id whatever the case', () => {
    const march = ok(importOrganogram({ senior: senior('DfE-2002,P,SCS2,Director,,,XX,1,1,2', 'DfE-3,Q,SCS1,Deputy,,,DFE-2002,1,1,2') }));
    const sept = ok(importOrganogram({ senior: senior('DFE-2002,P,SCS2,Director,,,XX,1,1,2', 'dfe-3,Q,SCS1,Deputy,,,dfe-2002,1,1,2') }));
    expect(march.structure.nodes.map((n) => [n.id, n.manager])).toEqual([['dfe-2002', null], ['dfe-3', 'dfe-2002']]);
    expect(sept.structure.nodes.map((n) => [n.id, n.manager])).toEqual(march.structure.nodes.map((n) => [n.id, n.manager]));
  });

  it('pools a job share into one post: holders joined, FTE summed, pay weighted so cost is the rows\' sum', () => {
    const r = ok(importOrganogram({ senior: senior('JS1,Person A,SCS1,Deputy,,,XX,0.6,60000,64999', 'js1,Person B,SCS1,Deputy,,,XX,0.4,70000,74999') }));
    const n = r.structure.nodes[0]!;
    expect(r.structure.nodes).toHaveLength(1);
    expect(n.holder).toBe('Person A / Person B');
    expect(n.fte).toBeCloseTo(1);
    expect(n.fte! * n.pay!.min).toBeCloseTo(0.6 * 60000 + 0.4 * 70000, 0);
    expect(n.fte! * n.pay!.max).toBeCloseTo(0.6 * 64999 + 0.4 * 74999, 0);
    expect(r.origins.get(n.id)).toEqual({ file: 's.csv', rows: [2, 3] });
  });

  it('leaves a job share unpriced when one of its rows has no pay', () => {
    const r = ok(importOrganogram({ senior: senior('JS1,Person A,SCS1,Deputy,,,XX,0.5,60000,64999', 'JS1,Person B,SCS1,Deputy,,,XX,0.5,N/D,N/D') }));
    expect(r.structure.nodes[0]!.pay).toBeUndefined();
    expect(r.structure.nodes[0]!.fte).toBe(1);
  });

  it('reads N/D and ND as not disclosed, blank, Vacant and N/A as vacant, and drops quotes', () => {
    const r = ok(importOrganogram({ senior: senior('A,N/D,S,T,,,XX,1,1,2', 'B,ND,S,T,,,XX,1,1,2', "C,'Vacant',S,\"'Quoted, title'\",,,XX,1,1,2", 'D,,S,T,,,XX,1,1,2', 'E,N/A,S,T,,,XX,1,1,2') }));
    expect(r.structure.nodes.map((n) => n.holder)).toEqual(['Not disclosed', 'Not disclosed', null, null, null]);
    expect(byRef(r.structure.nodes, 'C')!.name).toBe('Quoted, title');
  });

  it('leaves out eliminated posts, quoted or not, with a warning; their reports become roots with a warning naming the row', () => {
    const r = ok(importOrganogram({ senior: senior("E1,'Eliminated',S,Gone,,,XX,1,1,2", 'E2,Eliminated,S,Gone too,,,XX,1,1,2', 'K,Person,S,Kept,,,E1,1,1,2') }));
    expect(r.structure.nodes.map((n) => n.ref)).toEqual(['K']);
    expect(r.structure.nodes[0]!.manager).toBeNull();
    expect(r.warnings).toEqual([
      { kind: 'eliminated', file: 's.csv', row: 2, column: 'Name', ref: 'E1', title: 'Gone' },
      { kind: 'eliminated', file: 's.csv', row: 3, column: 'Name', ref: 'E2', title: 'Gone too' },
      { kind: 'unknown-manager', file: 's.csv', row: 4, column: 'Reports to Senior Post', ref: 'K', manager: 'E1', eliminated: true, title: 'Kept' },
    ]);
    expect(warningWords(r.warnings[2]!)).toBe('s.csv row 4, column "Reports to Senior Post": reports to "E1", an eliminated post; Kept (ref "K") made a root');
  });

  it('makes a post reporting to a reference not in the file a root, with a warning; XX, X, N/A and blank are roots without one', () => {
    const r = ok(importOrganogram({ senior: senior('A,P,S,T,,,NOPE,1,1,2', 'B,P,S,T,,,xx,1,1,2', 'C,P,S,T,,,X,1,1,2', 'D,P,S,T,,,N/A,1,1,2', 'E,P,S,T,,,,1,1,2') }));
    expect(r.structure.nodes.every((n) => n.manager === null)).toBe(true);
    expect(r.warnings).toEqual([{ kind: 'unknown-manager', file: 's.csv', row: 2, column: 'Reports to Senior Post', ref: 'A', manager: 'NOPE', eliminated: false, title: 'T' }]);
  });

  it('leaves out a row without a reference or with 0, with a warning', () => {
    const r = ok(importOrganogram({ senior: senior(',P,S,T,,,XX,1,1,2', '0,P,S,Paid not posted,,,XX,1,1,2', 'A,P,S,T,,,XX,1,1,2') }));
    expect(r.structure.nodes.map((n) => n.ref)).toEqual(['A']);
    expect(kinds(r.warnings)).toEqual(['no-reference', 'no-reference']);
    expect(r.warnings.map((w) => [w.row, w.column])).toEqual([[2, 'Post Unique Reference'], [3, 'Post Unique Reference']]);
  });

  it('leaves FTE absent when blank or not a number, with a warning', () => {
    const r = ok(importOrganogram({ senior: senior('A,P,S,T,,,XX,,1,2', 'B,P,S,T,,,XX,full,1,2') }));
    expect(r.structure.nodes.map((n) => n.fte)).toEqual([undefined, undefined]);
    expect(r.warnings.map((w) => [w.kind, w.row, w.column])).toEqual([['fte-not-number', 2, 'FTE'], ['fte-not-number', 3, 'FTE']]);
  });

  it('leaves pay absent when given as 0, with a warning; N/D pay without one', () => {
    const r = ok(importOrganogram({ senior: senior('A,P,S,T,,,XX,1,0,0', 'B,P,S,T,,,XX,1,N/D,N/D', 'C,P,S,T,,,XX,1,0,"5,000"') }));
    expect(r.structure.nodes.map((n) => n.pay)).toEqual([undefined, undefined, { min: 0, max: 5000 }]);
    expect(r.warnings).toEqual([{ kind: 'pay-unusable', file: 's.csv', row: 2, column: 'Actual Pay Ceiling (£)', ref: 'A', value: '0', title: 'T' }]);
  });

  it('makes a post that reports to itself a root, with a warning', () => {
    const r = ok(importOrganogram({ senior: senior('1,P,S,Chief Executive,,,1,1,1,2') }));
    expect(r.structure.nodes[0]!.manager).toBeNull();
    expect(kinds(r.warnings)).toEqual(['reports-to-itself']);
  });

  it('reads the older layout: a leading unnamed index column and a plain Grade header', () => {
    const text = ',Post Unique Reference,Name,Grade,Job Title,Reports to Senior Post,FTE,Actual Pay Floor (£),Actual Pay Ceiling (£),,Notes\n0,5,P,SCS1,Director,1,1,0,0,0,\n1,1,Q,SCS2,Chief,xx,1,110000,114999,0,\n';
    const r = ok(importOrganogram({ senior: { name: 'old.csv', text } }));
    expect(r.structure.nodes.map((n) => [n.id, n.name, n.grade, n.manager])).toEqual([['5', 'Director', 'SCS1', '1'], ['1', 'Chief', 'SCS2', null]]);
  });
});

describe('importOrganogram: junior staff', () => {
  const top = senior('HR1,P,SCS1,Head of HR,,HR,XX,1,70000,74999');

  it('makes one unit per (senior post, grade, title), case-insensitively, summing FTE and weighting pay', () => {
    const r = ok(importOrganogram({ senior: top, junior: junior('HR,HR1,Band A,30000,34000,Officer,2,HR', 'HR,hr1,band a,40000,44000,officer,1,HR', 'HR,HR1,Band B,20000,24000,Assistant,3.5,HR') }));
    const units = r.structure.nodes.filter((n) => n.kind === 'unit');
    expect(units.map((n) => [n.id, n.name, n.manager, n.fte])).toEqual([
      ['hr1--band-a--officer', 'Officer (Band A)', 'hr1', 3],
      ['hr1--band-b--assistant', 'Assistant (Band B)', 'hr1', 3.5],
    ]);
    expect(units[0]!.fte! * units[0]!.pay!.min).toBeCloseTo(2 * 30000 + 40000, 0);
    expect(units[0]!.holder).toBeUndefined();
    expect(units[0]).toMatchObject({ unit: 'HR', role: 'HR', grade: 'Band A' });
    expect(r.origins.get('hr1--band-a--officer')).toEqual({ file: 'j.csv', rows: [2, 3] });
    expect(r.rows).toBe(4);
  });

  it('counts blank FTE as 0 with a warning, and makes groups under unknown posts roots with a warning', () => {
    const r = ok(importOrganogram({ senior: top, junior: junior('HR,HR1,Band A,1,2,Officer,,HR', 'HR,GONE,Band A,1,2,Officer,1,HR') }));
    const units = r.structure.nodes.filter((n) => n.kind === 'unit');
    expect(units.map((n) => [n.fte, n.manager])).toEqual([[0, 'hr1'], [1, null]]);
    expect(r.warnings.map((w) => [w.kind, w.file, w.row, w.column])).toEqual([
      ['junior-fte-blank', 'j.csv', 2, 'Number of Posts in FTE'],
      ['unknown-manager', 'j.csv', 3, 'Reporting Senior Post'],
    ]);
  });

  it('gives the same ids to the same groups in another return', () => {
    const a = ok(importOrganogram({ senior: top, junior: junior('HR,HR1,Band A,1,2,Officer,1,HR') }));
    const b = ok(importOrganogram({ senior: senior('hr1,P,SCS1,Head of HR,,HR,XX,1,70000,74999'), junior: junior('Other,hr1,BAND A,1,2,OFFICER,4,HR') }));
    expect(b.structure.nodes.map((n) => n.id)).toEqual(a.structure.nodes.map((n) => n.id));
  });
});

describe('importOrganogram: errors change nothing', () => {
  it('refuses a file without a Post Unique Reference column, naming it', () => {
    const r = importOrganogram({ senior: { name: 'x.csv', text: 'Name,Job Title\nP,T\n' } });
    expect(r).toMatchObject({ ok: false, errors: [{ kind: 'missing-column', file: 'x.csv', column: 'Post Unique Reference' }] });
  });
  it('refuses a junior file without a Reporting Senior Post column', () => {
    const r = importOrganogram({ senior: senior('A,P,S,T,,,XX,1,1,2'), junior: { name: 'j.csv', text: 'Grade,FTE\nA,1\n' } });
    expect(r).toMatchObject({ ok: false, errors: [{ kind: 'missing-column', file: 'j.csv', column: 'Reporting Senior Post' }] });
  });
  it('refuses two references whose ids collide, naming both rows', () => {
    const r = importOrganogram({ senior: senior('HR_1,P,S,T,,,XX,1,1,2', 'HR 1,P,S,T,,,XX,1,1,2') });
    expect(r).toMatchObject({ ok: false, errors: [{ kind: 'id-collision', id: 'hr-1', refs: [{ ref: 'HR_1', row: 2 }, { ref: 'HR 1', row: 3 }] }] });
  });
  it('refuses a loop in Reports to Senior Post, naming every row in it', () => {
    const r = importOrganogram({ senior: senior('TOP,P,S,T,,,XX,1,1,2', 'A,P,S,T,,,C,1,1,2', 'B,P,S,T,,,A,1,1,2', 'C,P,S,T,,,B,1,1,2') });
    expect(r).toMatchObject({ ok: false, errors: [{ kind: 'management-loop', rows: [3, 4, 5], column: 'Reports to Senior Post' }] });
  });
  it('refuses an unreadable file', () => {
    expect(importOrganogram({ senior: { name: 'e.csv', text: '' } })).toMatchObject({ ok: false, errors: [{ kind: 'unreadable', reason: 'empty' }] });
  });
});
