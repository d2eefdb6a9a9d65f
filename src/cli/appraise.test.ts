import { readFileSync } from 'node:fs';
import { UsageError, type CliIo } from './command.ts';
import { appraise } from './appraise.ts';
import { commands } from './commands.ts';

const LEEDS = 'fixtures/leeds.json';
const leeds = JSON.parse(readFileSync(LEEDS, 'utf8')) as Record<string, unknown>;
const scored = JSON.stringify({
  ...leeds,
  appraisal: {
    preferred: 'option-5',
    scores: { 'option-5': { leadership: { score: 5, note: 'One line, to the DCS' } }, 'option-1': { risk: { score: 2, note: '=risky, "very"' } } },
  },
});
const io: CliIo = { readText: (p) => (p === 'scored.json' ? scored : readFileSync(p, 'utf8')) };
const run = (...args: string[]) => appraise.run(args, io);

describe('appraise', () => {
  it('is registered as a command', () => {
    expect(commands).toContain(appraise);
  });

  it('prints a text table with every structure as a column and the criteria as rows', () => {
    const out = run(LEEDS);
    expect(out.code).toBe(0);
    const lines = out.stdout!.split('\n');
    expect(lines[2]).toMatch(/leeds-2006\s+option-1 †\s+option-2 †\s+option-3 †\s+option-4 †\s+option-5 \*$/);
    expect(out.stdout).toContain("† reconstructed: not an option of the source papers");
    expect(out.stdout).toContain('(a) Improving quality and adding value');
    expect(out.stdout).toMatch(/^option-5: .* \(preferred\)$/m);
    expect(out.stdout).toMatch(/Statutory lead: Director of Children's Services$/m);
    expect(out.stdout).not.toContain('(inferred)');
  });

  it('marks the preferred option and shows scores and notes', () => {
    const out = run('scored.json');
    expect(out.stdout).toMatch(/option-5 \*/);
    expect(out.stdout).toContain('(c) Clear and effective leadership and accountability: 5: One line, to the DCS');
  });

  it('writes CSV with a row per structure and guarded notes', () => {
    const out = run('scored.json', '--csv');
    const lines = out.stdout!.trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toContain('(e) Risks, benefits and corporate implications: note');
    expect(lines.find((l) => l.startsWith('option-1,'))).toContain(`"'=risky, ""very"""`);
  });

  it('writes Markdown and JSON', () => {
    const md = run(LEEDS, '--md').stdout!;
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(8);
    const json = JSON.parse(run('scored.json', '--json').stdout!);
    expect(json.preferred).toBe('option-5');
    expect(json.rows).toHaveLength(6);
    expect(json.rows[5].judgements.leadership).toEqual({ score: 5, note: 'One line, to the DCS' });
  });

  it('names the file in errors and refuses two formats or no file', () => {
    expect(run('no/such.json')).toEqual({ code: 1, stderr: ['no/such.json: cannot read: no such file'] });
    expect(() => run(LEEDS, '--csv', '--md')).toThrow(UsageError);
    expect(() => run()).toThrow(UsageError);
    expect(() => run(LEEDS, '--xml')).toThrow(UsageError);
  });
});
