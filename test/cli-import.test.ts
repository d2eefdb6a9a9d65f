import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo, CommandOutput } from '../src/cli/command.ts';
import { UsageError } from '../src/cli/command.ts';
import { commands } from '../src/cli/commands.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { sampleReturns, samplesDir } from './support/organograms.ts';
import { importOrganogram } from '../src/import/index.ts';

const io: CliIo = { readText: (p) => readFileSync(p, 'utf8') };
const dir = samplesDir();
const sample = (stem: string, part: 'senior' | 'junior') => join(dir, `${stem}-${part}.csv`);
const pair = (stem: string) => [sample(stem, 'senior'), sample(stem, 'junior')];

function run(...args: string[]): CommandOutput {
  return commands.find((c) => c.name === 'import')!.run(args, io);
}
const tmp = () => mkdtempSync(join(tmpdir(), 'import-'));

/** The real entry point: writes files, exit codes, both streams. */
function shell(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('import --out', () => {
  it.each(sampleReturns(dir))('imports the sample %s, one line of standard error per warning', (stem) => {
    const out = run(...pair(stem), '--out', 'ws.json');
    expect(out.code).toBe(0);
    const direct = importOrganogram({ senior: { name: `${stem}-senior.csv`, text: readFileSync(sample(stem, 'senior'), 'utf8') }, junior: { name: `${stem}-junior.csv`, text: readFileSync(sample(stem, 'junior'), 'utf8') } });
    expect(direct.ok).toBe(true);
    expect(out.stderr).toHaveLength(direct.warnings.length);
    const ws = parseWorkspace(String(out.files![0]!.content));
    expect(ws.ok && ws.workspace.baseline.nodes.length).toBe(direct.ok && direct.structure.nodes.length);
  });

  it('makes a workspace whose baseline is the return, warnings one a line', () => {
    const out = run(...pair('ofsted-2011-03-31'), '--out', 'ws.json', '--title', 'Ofsted in March', '--as-of', '2011-03-31');
    expect(out.code).toBe(0);
    expect(out.stderr).toHaveLength(4);
    for (const line of out.stderr!) expect(line).toMatch(/ofsted-2011-03-31-senior\.csv row \d+, column "[^"]+": /);
    const ws = parseWorkspace(String(out.files![0]!.content));
    expect(ws.ok).toBe(true);
    if (!ws.ok) return;
    expect(ws.workspace.baseline).toMatchObject({ title: 'Ofsted in March', asOf: '2011-03-31' });
    expect(ws.workspace.baseline.nodes).toHaveLength(192);
    expect(ws.workspace.currency).toBe('GBP');
    expect(out.stdout).toContain('208 rows → 192 posts and units, 4 warnings');
  });

  it('--strict turns warnings into errors and writes nothing', () => {
    const out = run(...pair('ofsted-2011-03-31'), '--out', 'ws.json', '--strict');
    expect(out.code).toBe(1);
    expect(out.files).toBeUndefined();
    expect(out.stderr!.at(-1)).toMatch(/--strict: 4 warnings, nothing written/);
    expect(run(...pair('ofsted-2011-09-30'), '--out', 'ws.json', '--strict').code).toBe(0);
  });

  it('imports an HR export with --map', () => {
    const d = tmp();
    const hr = join(d, 'hr.csv');
    writeFileSync(hr, 'Employee ID,Manager ID,Job Title,Full Name,Grade,FTE,Salary\nE1,,Chief Executive,Person A,CE,1,"150,000"\nE2,E1,Director,Person B,D1,0.8,"90,000"\n');
    const out = run(hr, '--map', 'id=Employee ID,manager=Manager ID,name=Job Title,holder=Full Name,grade=Grade,fte=FTE,pay=Salary', '--out', join(d, 'ws.json'));
    expect(out.code).toBe(0);
    const ws = parseWorkspace(String(out.files![0]!.content));
    expect(ws.ok && ws.workspace.baseline.nodes.map((n) => [n.id, n.manager, n.pay?.min])).toEqual([['e1', null, 150000], ['e2', 'e1', 90000]]);
  });

  it('refuses a loop in an HR export naming every row, and writes nothing', () => {
    const d = tmp();
    const hr = join(d, 'hr.csv');
    writeFileSync(hr, 'ID,Boss,Title\nA,C,One\nB,A,Two\nC,B,Three\nD,,Top\n');
    const out = run(hr, '--map', 'id=ID,manager=Boss,name=Title', '--out', join(d, 'ws.json'));
    expect(out.code).toBe(1);
    expect(out.files).toBeUndefined();
    expect(out.stderr).toEqual([`hr.csv, column "Boss": the managers go round in a loop ("A" → "C" → "B" → "A"), rows 2, 3, 4`]);
  });

  it('names a missing file, a missing column and a bad mapping', () => {
    expect(run('nope.csv', '--out', 'x.json').stderr).toEqual(['nope.csv: cannot read: no such file']);
    const d = tmp();
    const f = join(d, 'x.csv');
    writeFileSync(f, 'Name,Job Title\nP,T\n');
    expect(run(f, '--out', 'x.json').stderr![0]).toMatch(/no "Post Unique Reference" column \(the columns are: Name, Job Title\)/);
    expect(run(f, '--map', 'id=Name', '--out', 'x.json').stderr).toEqual(['the column mapping does not say which column is the name']);
  });

  it('refuses muddled arguments as usage errors', () => {
    expect(() => run(...pair('ofsted-2011-03-31'))).toThrow(UsageError);
    expect(() => run(...pair('ofsted-2011-03-31'), '--out', 'a.json', '--into', 'b.json')).toThrow(UsageError);
    expect(() => run(...pair('ofsted-2011-03-31'), '--into', 'b.json')).toThrow(/--option-id/);
    expect(() => run(...pair('ofsted-2011-03-31'), '--out', 'a.json', '--as-of', '31/03/2011')).toThrow(/YYYY-MM-DD/);
  });
});

describe('import --into (returns over time), through the real command line', () => {
  it('adds September as an option derived from March, written in place; a failed import leaves the file untouched', () => {
    const d = tmp();
    const ws = join(d, 'cafcass.json');
    const first = shell('import', ...pair('cafcass-2011-03-31'), '--out', ws);
    expect(first.code).toBe(0);
    const second = shell('import', ...pair('cafcass-2011-09-30'), '--into', ws, '--option-id', 'september', '--title', 'Cafcass, September 2011');
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const text = readFileSync(ws, 'utf8');
    const parsed = parseWorkspace(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const option = parsed.workspace.options[0]!;
    expect(option).toMatchObject({ id: 'september', title: 'Cafcass, September 2011', from: 'children-and-family-court-advisory-and-support-2011-03-31', asOf: '2011-09-30' });
    expect(option.steps.length).toBeGreaterThan(0);
    for (const step of option.steps) expect(step.why).toMatch(/cafcass-2011-09-30-(senior|junior)\.csv/);

    const before = statSync(ws).mtimeMs;
    const taken = shell('import', ...pair('cafcass-2011-09-30'), '--into', ws, '--option-id', 'september');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already has a structure or option "september"/);
    const bad = join(d, 'bad.csv');
    writeFileSync(bad, 'Post Unique Reference,Job Title,Reports to Senior Post\nA,One,B\nB,Two,A\n');
    const looped = shell('import', bad, '--into', ws, '--option-id', 'later');
    expect(looped.code).toBe(1);
    expect(looped.stderr).toMatch(/loop/);
    expect(readFileSync(ws, 'utf8')).toBe(text);
    expect(statSync(ws).mtimeMs).toBe(before);
    expect(readdirSync(d).sort()).toEqual(['bad.csv', 'cafcass.json']);
  }, 120_000);

  it('--from derives the option from another option', () => {
    const d = tmp();
    const ws = join(d, 'ho.json');
    const first = run(...pair('home-office-2011-03-31'), '--out', ws);
    writeFileSync(ws, String(first.files![0]!.content));
    const draft = parseWorkspace(readFileSync(ws, 'utf8'));
    if (!draft.ok) throw new Error('not valid');
    const base = draft.workspace.baseline;
    draft.workspace.options.push({ id: 'plan', title: 'Plan', steps: [{ op: 'remove', node: base.nodes.find((n) => n.kind === 'unit')!.id }] });
    writeFileSync(ws, JSON.stringify(draft.workspace));
    const out = run(...pair('home-office-2011-09-30'), '--into', ws, '--option-id', 'sept', '--from', 'plan');
    expect(out.code).toBe(0);
    const after = parseWorkspace(String(out.files![0]!.content));
    expect(after.ok && after.workspace.options.map((o) => [o.id, o.from])).toEqual([['plan', undefined], ['sept', 'plan']]);
    expect(run(...pair('home-office-2011-09-30'), '--into', ws, '--option-id', 'x', '--from', 'nowhere').stderr!.at(-1)).toBe('the workspace has no structure or option "nowhere"');
  });

  it('reads a CSV saved as Windows-1252 (as Excel does), saying so on standard error', () => {
    const d = tmp();
    const hr = join(d, 'excel.csv');
    const text = 'Employee ID,Job Title,Salary (£)\r\nE1,Café manager,"£30,000"\r\n';
    writeFileSync(hr, Uint8Array.from(text, (c) => c.charCodeAt(0)));
    const out = shell('import', hr, '--map', 'id=Employee ID,name=Job Title,pay=Salary (£)', '--out', join(d, 'ws.json'));
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/"excel\.csv" is not UTF-8: read as Windows-1252/);
    const ws = parseWorkspace(readFileSync(join(d, 'ws.json'), 'utf8'));
    expect(ws.ok && ws.workspace.baseline.nodes[0]).toMatchObject({ name: 'Café manager', pay: { min: 30000, max: 30000 } });
  }, 60_000);

  it('a failed --out import leaves no file', () => {
    const d = tmp();
    const out = shell('import', ...pair('ofsted-2011-03-31'), '--out', join(d, 'ws.json'), '--strict');
    expect(out.code).toBe(1);
    expect(out.stderr.split('\n').filter(Boolean)).toHaveLength(5);
    expect(readdirSync(d)).toEqual([]);
  }, 60_000);
});
