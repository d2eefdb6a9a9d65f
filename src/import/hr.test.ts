import { errorWords } from '../words/import.ts';
import { applySteps } from '../options/index.ts';
import { deriveSteps } from './derive.ts';
import { importHr } from './hr.ts';
import { formatMapping, guessMapping, parseMapping, type Mapping } from './mapping.ts';

const MAP = 'id=Employee ID,manager=Manager ID,name=Job Title,holder=Full Name,grade=Grade,fte=FTE,pay=Salary';
const HEADER = 'Employee ID,Manager ID,Job Title,Full Name,Grade,FTE,Salary,Department';
const file = (...rows: string[]) => ({ name: 'hr.csv', text: [HEADER, ...rows].join('\n') });
const mapping = (text = MAP): Mapping => {
  const m = parseMapping(text);
  if (!m.ok) throw new Error(errorWords(m.error));
  return m.mapping;
};

describe('parseMapping', () => {
  it('reads field=Column pairs', () => {
    expect(mapping()).toEqual({ id: 'Employee ID', manager: 'Manager ID', name: 'Job Title', holder: 'Full Name', grade: 'Grade', fte: 'FTE', pay: 'Salary' });
    expect(formatMapping(mapping())).toBe(MAP);
  });
  it('refuses a part without "=", an unknown field, no id or name, pay with a band', () => {
    expect(parseMapping('id=A,name')).toMatchObject({ ok: false, error: { kind: 'bad-mapping', reason: 'syntax' } });
    expect(parseMapping('id=A,name=B,boss=C')).toMatchObject({ ok: false, error: { reason: 'unknown-field', field: 'boss' } });
    expect(parseMapping('name=B')).toMatchObject({ ok: false, error: { reason: 'missing-field', field: 'id' } });
    const band = parseMapping('id=A,name=B,pay=C,payMin=D');
    expect(band).toEqual({ ok: false, error: { kind: 'bad-mapping', reason: 'pay-and-band', field: 'pay' } });
    if (!band.ok) expect(errorWords(band.error)).toBe('the column mapping cannot be read at "pay with payMin/payMax" (write field=Column header, separated by commas)');
  });
});

describe('guessMapping', () => {
  it('guesses the usual HR headers, each header used once', () => {
    expect(guessMapping(['Employee ID', 'Manager ID', 'Job Title', 'Full Name', 'Grade', 'FTE', 'Salary', 'Department'])).toEqual({
      id: 'Employee ID', manager: 'Manager ID', name: 'Job Title', holder: 'Full Name', grade: 'Grade', fte: 'FTE', pay: 'Salary', unit: 'Department',
    });
    expect(guessMapping(['Staff Number', 'Line Manager', 'Position', 'Name', 'Pay Floor', 'Pay Ceiling'])).toEqual({
      id: 'Staff Number', manager: 'Line Manager', name: 'Position', holder: 'Name', payMin: 'Pay Floor', payMax: 'Pay Ceiling',
    });
  });
});

describe('importHr', () => {
  it('imports an export with a mapping: ids from the id column, pay a single figure, roots and managers', () => {
    const r = importHr(file('E1,,Chief Executive,Person A,CE,1,"150,000",Office', 'E2,E1,Director,Person B,D1,0.8,90000,Office', 'e3,E2,Officer,Vacant,G7,1,,Office'), mapping());
    if (!r.ok) throw new Error(r.errors.map(errorWords).join('\n'));
    expect(r.structure.nodes).toEqual([
      { id: 'e1', kind: 'post', name: 'Chief Executive', manager: null, ref: 'E1', holder: 'Person A', grade: 'CE', fte: 1, pay: { min: 150000, max: 150000 } },
      { id: 'e2', kind: 'post', name: 'Director', manager: 'e1', ref: 'E2', holder: 'Person B', grade: 'D1', fte: 0.8, pay: { min: 90000, max: 90000 } },
      { id: 'e3', kind: 'post', name: 'Officer', manager: 'e2', ref: 'e3', holder: null, grade: 'G7', fte: 1 },
    ]);
    expect(r.warnings).toEqual([{ kind: 'pay-unusable', file: 'hr.csv', row: 4, column: 'Salary', ref: 'e3', value: '', title: 'Officer' }]);
    expect(r.structure.id).toBe('hr');
  });

  it('takes a band from payMin/payMax and a kind column', () => {
    const text = 'ID,Boss,Title,Kind,Min,Max\nT1,,Team,unit,20000,30000\nT2,T1,Board,committee,1,2\n';
    const r = importHr({ name: 'x.csv', text }, mapping('id=ID,manager=Boss,name=Title,kind=Kind,payMin=Min,payMax=Max'));
    if (!r.ok) throw new Error('failed');
    expect(r.structure.nodes.map((n) => [n.kind, n.pay])).toEqual([['unit', { min: 20000, max: 30000 }], ['post', { min: 1, max: 2 }]]);
    expect(r.warnings).toMatchObject([{ kind: 'unknown-kind', row: 3, column: 'Kind', value: 'committee' }]);
  });

  it('refuses a loop in the managers, naming every row in it', () => {
    const r = importHr(file('E1,,Chief,P,,1,1,', 'E2,E4,A,P,,1,1,', 'E3,E2,B,P,,1,1,', 'E4,E3,C,P,,1,1,', 'E5,E1,D,P,,1,1,'), mapping());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ kind: 'management-loop', file: 'hr.csv', column: 'Manager ID', rows: [3, 4, 5], refs: ['E2', 'E4', 'E3'] }]);
    expect(errorWords(r.errors[0]!)).toBe('hr.csv, column "Manager ID": the managers go round in a loop ("E2" → "E4" → "E3" → "E2"), rows 3, 4, 5');
  });

  it('refuses a mapped column the file does not have, naming it', () => {
    const r = importHr(file('E1,,Chief,P,,1,1,'), mapping('id=Employee ID,name=Post Name'));
    expect(r).toMatchObject({ ok: false, errors: [{ kind: 'missing-column', file: 'hr.csv', column: 'Post Name' }] });
  });

  it('warns about unknown managers and makes them roots', () => {
    const r = importHr(file('E1,E9,Chief,P,,1,1,'), mapping());
    expect(r).toMatchObject({ ok: true, warnings: [{ kind: 'unknown-manager', row: 2, column: 'Manager ID', manager: 'E9' }] });
  });
});

describe('importHr at depth', () => {
  it('imports a 20,000-long line of management and derives the steps that turn it upside down, with no recursion', () => {
    const n = 20_000;
    const chain = (order: (i: number) => number) =>
      ['ID,Boss,Title', ...Array.from({ length: n }, (_, i) => `P${order(i)},${i === 0 ? '' : `P${order(i - 1)}`},Post ${order(i)}`)].join('\n');
    const down = importHr({ name: 'down.csv', text: chain((i) => i) }, mapping('id=ID,manager=Boss,name=Title'));
    const up = importHr({ name: 'up.csv', text: chain((i) => n - 1 - i) }, mapping('id=ID,manager=Boss,name=Title'));
    if (!down.ok || !up.ok) throw new Error('import failed');
    expect(down.structure.nodes).toHaveLength(n);
    const steps = deriveSteps(down.structure, up.structure, { file: 'up.csv', origins: up.origins });
    expect(steps.every((s) => s.op === 'move')).toBe(true);
    const { structure, errors } = applySteps(down.structure, steps, 'upside-down');
    expect(errors).toEqual([]);
    expect(new Map(structure.nodes.map((x) => [x.id, x.manager ?? null]))).toEqual(new Map(up.structure.nodes.map((x) => [x.id, x.manager ?? null])));
  });

  it('finds a loop closing 10,000 rows down', () => {
    const rows = ['ID,Boss,Title', ...Array.from({ length: 10_000 }, (_, i) => `P${i},P${i === 0 ? 9999 : i - 1},Post`)];
    const r = importHr({ name: 'ring.csv', text: rows.join('\n') }, mapping('id=ID,manager=Boss,name=Title'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ kind: 'management-loop', rows: Array.from({ length: 10_000 }, (_, i) => i + 2) });
  });
});
