import { readFileSync } from 'node:fs';
import type { CliIo, CommandOutput } from '../src/cli/command.ts';
import { commands } from '../src/cli/commands.ts';
import { casePath, LATER_STEPS, STALE } from './support/cases.ts';

const io: CliIo = { readText: (p) => readFileSync(p, 'utf8') };
function run(name: string, ...args: string[]): CommandOutput {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.run(args, io);
}

describe('a stale step (shared/cases/stale-step-after-baseline-refresh.json)', () => {
  const path = casePath(STALE);

  it('check exits 1 naming rebalance’s step on cw-3, in format.md’s words', () => {
    expect(run('check', path)).toEqual({ code: 1, stderr: [`${path}: rebalance step 2 (move): no node "cw-3"`] });
  });

  it('diff, export and apply work for the option without a conflict', () => {
    const d = run('diff', path, 'now', 'unrelated', '--json');
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout!).changed).toEqual([{ node: 'head', field: 'name', from: 'Head of Service', to: 'Service Director' }]);
    const svg = run('export', path, 'unrelated', '--changes');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Service Director[\s\S]*<\/svg>\s*$/);
    expect(run('apply', path, 'unrelated').code).toBe(0);
  });

  it('diff, export and apply refuse the option with the conflict, naming it', () => {
    for (const out of [run('diff', path, 'now', 'rebalance'), run('export', path, 'rebalance'), run('apply', path, 'rebalance')]) {
      expect(out.code).toBe(1);
      expect(out.stdout).toBeUndefined();
      expect(out.stderr).toEqual([
        `${path}: option "rebalance" has steps that no longer apply; remove or retarget them:`,
        `${path}: rebalance step 2 (move): no node "cw-3"`,
      ]);
    }
  });

  it('appraise appraises the workspace with rebalance left out and flagged, in every format', () => {
    const text = run('appraise', path);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/now\s+unrelated/);
    expect(text.stdout).not.toMatch(/^\s*\S.*\brebalance\s+unrelated/m);
    expect(text.stdout).toContain('"rebalance" not appraised: it has steps that no longer apply (run check)');
    expect(text.stderr).toEqual([`${path}: "rebalance" not appraised: it has steps that no longer apply (run check)`]);
    const json = JSON.parse(run('appraise', path, '--json').stdout!);
    expect(json.rows.map((r: { evidence: { id: string } }) => r.evidence.id)).toEqual(['now', 'unrelated']);
    expect(json.notAppraised).toEqual([{ option: 'rebalance', blockedBy: ['rebalance'] }]);
    const csv = run('appraise', path, '--csv');
    expect(csv.stdout!.trimEnd().split('\r\n')).toHaveLength(3);
    expect(csv.stderr).toHaveLength(1);
  });
});

describe('later steps fail after a step is removed (shared/cases/later-steps-fail-after-a-step-is-removed.json)', () => {
  const path = casePath(LATER_STEPS);

  it('check exits 1 naming the step that no longer applies', () => {
    expect(run('check', path)).toEqual({ code: 1, stderr: [`${path}: rebalance step 2 (remove): node "tl-3" has 1 direct report`] });
  });

  it('the baseline still diffs and exports; the blocked option is refused', () => {
    expect(run('export', path, 'now').code).toBe(0);
    expect(run('diff', path, 'now', 'now').code).toBe(0);
    expect(run('diff', path, 'now', 'rebalance').code).toBe(1);
  });
});
