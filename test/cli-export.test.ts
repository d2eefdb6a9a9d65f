import { fileProblemWords } from '../src/words/fileProblems.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo, CommandOutput } from '../src/cli/command.ts';
import { UsageError } from '../src/cli/command.ts';
import { exportCommand, stepsBetween } from '../src/cli/export.ts';
import { parseWorkspace } from '../src/io/index.ts';
import { PROCESS_TIMEOUT, runCli } from './support/runCli.ts';

const io: CliIo = { readText: (p) => readFileSync(p, 'utf8') };
const LEEDS = 'fixtures/leeds.json';
const run = (...args: string[]): CommandOutput => exportCommand.run(args, io);

describe('export', () => {
  it('writes the chart as standalone SVG to stdout', () => {
    const out = run(LEEDS, 'leeds-2006');
    expect(out.code).toBe(0);
    expect(out.stdout?.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(out.stdout).toContain('>Director of Children&apos;s<');
    expect(out.stdout).toContain('Rosemary Archer');
    expect(out.stdout).toMatch(/Exported \d{4}-\d{2}-\d{2}/);
    expect(out.stdout?.toLowerCase()).not.toContain('foreignobject');
  });

  it('writes to the file given by --out instead, nothing to stdout', () => {
    const out = run(LEEDS, 'option-5', '--out', 'chart.svg');
    expect(out.code).toBe(0);
    expect(out.stdout).toBeUndefined();
    expect(out.files?.[0]?.path).toBe('chart.svg');
    expect(String(out.files?.[0]?.content)).toContain('Deputy Director');
  });

  it("marks with --changes what differs from the option's from, and nothing for the baseline", () => {
    const marked = run(LEEDS, 'option-5', '--changes').stdout!;
    for (const badge of ['>NEW<', '>MOVED<', '>CHANGED<']) expect(marked).toContain(badge);
    expect(marked).toContain('Removed since');
    const baseline = run(LEEDS, 'leeds-2006', '--changes').stdout!;
    expect(baseline).not.toMatch(/>(NEW|MOVED|CHANGED|REMOVED)</);
  });

  it('draws --compare OTHER_ID as current, ID as proposed, with numbered changes', () => {
    const svg = run(LEEDS, 'option-5', '--compare', 'leeds-2006').stdout!;
    expect(svg).toContain('Current: 2006');
    expect(svg).toContain('Proposed: Option 5');
    expect(svg).toMatch(/Changes \(\d+\)/);
    expect(svg).toContain('Why: ');
  });

  it('sets the page with --page and --orientation, and hides holders with --hide-names', () => {
    expect(run(LEEDS, 'option-5', '--page', 'a3').stdout).toContain('width="420mm" height="297mm"');
    const portrait = run(LEEDS, 'leeds-2006', '--page', 'a4', '--orientation', 'portrait', '--out', 'o/chart.svg').files!;
    for (const f of portrait) expect(String(f.content)).toContain('width="210mm" height="297mm"');
    const hidden = run(LEEDS, 'leeds-2006', '--hide-names').stdout!;
    for (const name of ['Rosemary Archer', 'Paul Rogerson', 'Cllr Golton']) expect(hidden).not.toContain(name);
    expect(hidden).toContain('Post holder');
  });

  it('writes a chart that needs several pages as NAME-1.svg, NAME-2.svg … beside --out, and refuses it on stdout', () => {
    const out = run(LEEDS, 'option-5', '--page', 'a4', '--changes', '--out', 'out/chart.svg');
    expect(out.code).toBe(0);
    expect(out.files!.length).toBeGreaterThan(1);
    expect(out.files!.map((f) => f.path)).toEqual(out.files!.map((_, i) => `out/chart-${i + 1}.svg`));
    expect(String(out.files![0]!.content)).toContain(`Page 1 of ${out.files!.length}`);
    expect(out.stderr).toEqual([`export: wrote ${out.files!.length} pages: out/chart-1.svg to out/chart-${out.files!.length}.svg`]);
    const refused = run(LEEDS, 'option-5', '--page', 'a4', '--changes');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBeUndefined();
    expect(refused.stderr?.[0]).toMatch(/^export: this export needs \d+ pages .* give --out NAME\.svg to write NAME-1\.svg/);
  });

  it('names the file and the unknown id', () => {
    const out = run(LEEDS, 'option-9');
    expect(out.code).toBe(1);
    expect(out.stderr?.[0]).toMatch(/^fixtures\/leeds\.json: no structure or option "option-9"/);
    expect(run(LEEDS, 'option-5', '--compare', 'nope').stderr?.[0]).toMatch(/^fixtures\/leeds\.json: no structure or option "nope"/);
    expect(run('no/such.json', 'x')).toEqual({ code: 1, stderr: ['no/such.json: cannot read: no such file'] });
  });

  it('refuses bad usage', () => {
    expect(() => run(LEEDS)).toThrow(UsageError);
    expect(() => run(LEEDS, 'leeds-2006', '--page', 'a5')).toThrow(/--page must be a4, a3 or fit/);
    expect(() => run(LEEDS, 'leeds-2006', '--page', 'a4', '--orientation', 'sideways')).toThrow(/--orientation must be landscape or portrait/);
    expect(() => run(LEEDS, 'leeds-2006', '--orientation', 'portrait')).toThrow(/needs --page a4 or --page a3/);
    expect(() => run(LEEDS, 'option-5', '--changes', '--compare', 'leeds-2006')).toThrow(UsageError);
    expect(() => run(LEEDS, 'option-5', '--out')).toThrow(UsageError);
  });

  it('collects the steps along the derivation between two structures', () => {
    const parsed = parseWorkspace(readFileSync(LEEDS, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.map(fileProblemWords).join('\n'));
    const ws = parsed.workspace;
    const o1 = ws.options.find((o) => o.id === 'option-1')!;
    const o2 = ws.options.find((o) => o.id === 'option-2')!;
    expect(o2.from).toBe('option-1');
    expect(stepsBetween(ws, 'option-1', 'option-2')).toEqual(o2.steps);
    expect(stepsBetween(ws, 'leeds-2006', 'option-2')).toEqual([...o1.steps, ...o2.steps]);
  });

  it('exits 2 on usage errors and writes the file with --out as a process', () => {
    const shell = (...args: string[]) => runCli(['export', ...args]).code;
    expect(shell(LEEDS, 'leeds-2006', '--page', 'a5')).toBe(2);
    const out = join(mkdtempSync(join(tmpdir(), 'export-')), 'leeds.svg');
    expect(shell(LEEDS, 'option-5', '--changes', '--out', out)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('</svg>');
  }, PROCESS_TIMEOUT);
});
