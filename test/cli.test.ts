import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo, CommandOutput } from '../src/cli/command.ts';
import { UsageError } from '../src/cli/command.ts';
import { commands } from '../src/cli/commands.ts';
import { PROCESS_TIMEOUT, runCli } from './support/runCli.ts';
import { HELP, usageLine } from '../src/words/cli.ts';

const shell = (...args: string[]) => runCli(args);

const io: CliIo = { readText: (p) => readFileSync(p, 'utf8') };
const LEEDS = 'fixtures/leeds.json';

function run(name: string, ...args: string[]): CommandOutput {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.run(args, io);
}

describe('check', () => {
  it('accepts the Leeds workspace', () => {
    const out = run('check', LEEDS);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('valid');
  });

  const broken = readdirSync('fixtures/broken').filter((f) => f.endsWith('.json'));
  it.each(broken)('rejects fixtures/broken/%s with errors that name the file', (file) => {
    const path = join('fixtures/broken', file);
    const out = run('check', path);
    expect(out.code).toBe(1);
    expect(out.stderr?.length).toBeGreaterThan(0);
    for (const line of out.stderr ?? []) expect(line.startsWith(`${path}: `)).toBe(true);
  });

  it('names a missing file', () => {
    expect(run('check', 'no/such.json')).toEqual({ code: 1, stderr: ['no/such.json: cannot read: no such file'] });
  });

  it('refuses the wrong number of arguments as a usage error', () => {
    expect(() => run('check')).toThrow(UsageError);
    expect(() => run('check', 'a', 'b')).toThrow(UsageError);
  });
});

describe('diff', () => {
  it('prints the spec shape with --json, keys in the spec order', () => {
    const out = run('diff', LEEDS, 'leeds-2006', 'option-5', '--json');
    expect(out.code).toBe(0);
    const d = JSON.parse(out.stdout!);
    expect(Object.keys(d)).toEqual(['from', 'to', 'added', 'removed', 'moved', 'changed', 'links', 'accountable']);
    expect(Object.keys(d.links)).toEqual(['added', 'removed']);
    expect(d.from).toBe('leeds-2006');
    expect(d.to).toBe('option-5');
    expect(d.added).toEqual(expect.arrayContaining(['deputy-director-learning', 'deputy-director-targeted']));
    expect(d.links.removed).toContainEqual({ kind: 'contract', from: 'council', to: 'education-leeds' });
    const movedTo = new Map(d.moved.map((m: { node: string; to: string }) => [m.node, m.to]));
    expect(movedTo.get('early-years')).toMatch(/deputy-director-targeted|chief-officer/);
    expect(d.accountable.find((a: { function: string }) => a.function === 'school-improvement')?.to).toBe('deputy-director-learning');
    for (const list of [d.added, d.removed]) expect([...list].sort()).toEqual(list);
    expect(d.moved.map((m: { node: string }) => m.node)).toEqual([...d.moved.map((m: { node: string }) => m.node)].sort());
  });

  it('prints a readable summary without --json', () => {
    const out = run('diff', LEEDS, 'leeds-2006', 'option-5');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/added/);
    expect(out.stdout).toContain('Deputy Director');
  });

  it('names an unknown structure id and the file', () => {
    const out = run('diff', LEEDS, 'leeds-2006', 'option-9');
    expect(out.code).toBe(1);
    expect(out.stderr?.[0]).toMatch(/^fixtures\/leeds\.json: no structure or option "option-9"/);
  });
});

describe('apply', () => {
  it('prints the resolved structure of an option', () => {
    const out = run('apply', LEEDS, 'option-5');
    expect(out.code).toBe(0);
    const s = JSON.parse(out.stdout!);
    expect(s.nodes.some((n: { id: string }) => n.id === 'deputy-director-targeted')).toBe(true);
  });
});

describe('the command line as a process', () => {
  it('exits 0, 1 and 2 as the spec says, with no stack trace', () => {
    expect(shell('check', LEEDS).code).toBe(0);
    const bad = shell('check', join('fixtures/broken', readdirSync('fixtures/broken')[0]!));
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = shell('check');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage:');
    expect(shell('frobnicate').code).toBe(2);
    const json = shell('diff', LEEDS, 'leeds-2006', 'option-5', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).to).toBe('option-5');
  }, PROCESS_TIMEOUT);
});

describe('asking the command line for help', () => {
  const everyCommand = (out: string) => {
    for (const c of commands) expect(out).toContain(`  ${c.usage}`);
    expect(out).toContain(HELP.usage);
  };

  it('prints every command\'s usage on stdout and exits 0 for --help, -h and help', () => {
    for (const asked of ['--help', '-h', 'help']) {
      const r = shell(asked);
      expect([asked, r.code, r.stderr]).toEqual([asked, 0, '']);
      expect(r.stdout.startsWith(usageLine('<command> …'))).toBe(true);
      everyCommand(r.stdout);
    }
  }, PROCESS_TIMEOUT);

  it('prints one command\'s usage for COMMAND --help, COMMAND -h and help COMMAND, even among other arguments', () => {
    const check = commands.find((c) => c.name === 'check')!;
    for (const args of [['check', '--help'], ['check', '-h'], ['help', 'check'], ['check', LEEDS, '--help']]) {
      const r = shell(...args);
      expect([args, r.code, r.stdout, r.stderr]).toEqual([args, 0, `${usageLine(check.usage)}\n`, '']);
    }
  }, PROCESS_TIMEOUT);

  it('treats help for a command it does not have as a usage error (exit 2), listing the commands', () => {
    const r = shell('help', 'frobnicate');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "frobnicate"');
    everyCommand(r.stderr);
  }, PROCESS_TIMEOUT);
});
