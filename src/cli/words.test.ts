import { readFileSync } from 'node:fs';
import { runCli, PROCESS_TIMEOUT } from '../../test/support/runCli.ts';
import type { CliIo } from './command.ts';
import { check } from './check.ts';
import { diff } from './diff.ts';
import { FSI, PDI } from '../words/index.ts';

const io: CliIo = { readText: (p) => readFileSync(p, 'utf8') };
// eslint-disable-next-line no-control-regex -- the test is that none of these reach the terminal
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

describe('the command line speaks with src/words', () => {
  it('diff tells same-titled posts apart (cases/same-titles.json)', () => {
    const out = diff.run(['test/cases/same-titles.json', 'now', 'rebalance'], io);
    expect(out.code).toBe(0);
    expect(out.stdout!.split('\n')).toEqual([
      'Now → Rebalance teams: 0 added, 1 removed, 2 moved, 1 field changed on 1 post or unit, 0 link changes, 1 accountability change',
      '  Moved: Caseworker (Dee Hart): Team Leader (Bea Lomax) → Team Leader (Cal Moreno)',
      '  Moved: Caseworker (vacant): Team Leader (vacant) → Team Leader (Bea Lomax)',
      '  Removed: Team Leader (vacant)',
      '  Changed: Caseworker (Eko Sari): holder Eko Sari → vacant',
      '  Accountability: Duty desk: Team Leader (Cal Moreno) → Team Leader (Bea Lomax)',
    ]);
  });

  it('diff isolates right-to-left names and titles (cases/right-to-left-names.json)', () => {
    const out = diff.run(['test/cases/right-to-left-names.json', 'now', 'merge'], io);
    const lines = out.stdout!.split('\n');
    expect(lines[0]!.startsWith(`${FSI}الهيكل الحالي${PDI} → ${FSI}دمج المالية في التخطيط${PDI}: `)).toBe(true);
    for (const line of lines) expect(line.split(FSI).length).toBe(line.split(PDI).length);
  });

  it('diff shows a bidi override and terminal escapes in names rather than obeying them', () => {
    for (const [file, from, to] of [['test/cases/hostile/bidi-override-in-a-name.json', 'base', 'opt-1'], ['test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1']] as const) {
      const out = diff.run([file, from, to], io);
      expect(out.code).toBe(0);
      expect(out.stdout).not.toMatch(ACTING);
    }
    expect(diff.run(['test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1'], io).stdout).toContain(
      'Changed: Safe \\x1b[2J\\x1b]0;PWNED\\x07\\x1b[31mRED\\x1b[0m: name “Safe \\x1b[2J',
    );
  });

  it('check names a step error by ids, as format.md fixes it, with control characters shown', () => {
    const ws = JSON.parse(readFileSync('test/cases/same-titles.json', 'utf8')) as { options: { steps: unknown[] }[] };
    ws.options[0]!.steps.push({ op: 'move', node: 'cw-1', to: 'ghost\u001b[2J' });
    const out = check.run(['ws.json'], { readText: () => JSON.stringify(ws) });
    expect(out.code).toBe(1);
    expect(out.stderr!.join('\n')).toContain('rebalance step 6 (move): no node "ghost\\x1b[2J"');
  });

  it('as a process, prints no terminal control codes for hostile names', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['diff', 'test/cases/hostile/terminal-escapes-in-names.json', 'base', 'opt-1'], { timeout: PROCESS_TIMEOUT });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ACTING);
    expect(run.stdout).toContain('\\x1b[2J');
  });
});
