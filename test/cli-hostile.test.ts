import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from '../bench/generate.ts';
import { PROCESS_TIMEOUT, runCli, type CliRun } from './support/runCli.ts';

/** Copies of ../shared/cases/hostile, the inputs of a review that attacked the command line. */
const HOSTILE = 'test/cases/hostile';
const LEEDS = 'fixtures/leeds.json';
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** What every run must keep to, whatever the input: exit 0 or 1, bounded output, no stack trace, no control codes obeyed. */
function wellBehaved(r: CliRun): void {
  expect(r.signal).toBeNull();
  expect([0, 1]).toContain(r.code);
  expect(r.stdout.length + r.stderr.length).toBeLessThan(2_000_000);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  // eslint-disable-next-line no-control-regex -- a raw escape or other control character would be obeyed by the terminal
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
}

const cases = readdirSync(HOSTILE).filter((f) => f.endsWith('.json'));

describe('hostile cases through the command line', () => {
  it.each(cases)('%s: check, diff, appraise and export behave', (name) => {
    const path = join(HOSTILE, name);
    const check = runCli(['check', path]);
    wellBehaved(check);
    if (check.code !== 0) return;
    const ws = JSON.parse(readFileSync(path, 'utf8')) as { baseline: { id: string }; options: { id: string }[] };
    for (const o of ws.options.slice(0, 3)) {
      wellBehaved(runCli(['diff', path, ws.baseline.id, o.id]));
      wellBehaved(runCli(['export', path, o.id, '--out', join(dir, `${name}.svg`)]));
    }
    wellBehaved(runCli(['appraise', path]));
  }, PROCESS_TIMEOUT);

  it('latin-1-bytes.json: "not UTF-8" with the byte offset', () => {
    const r = runCli(['check', join(HOSTILE, 'latin-1-bytes.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not UTF-8: byte 0x[0-9A-F]{2} at offset \d+/);
  }, PROCESS_TIMEOUT);

  it('score-1e400.json: names the number as written', () => {
    const r = runCli(['check', join(HOSTILE, 'score-1e400.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the number 1e400');
    expect(r.stderr).toContain('is too large');
  }, PROCESS_TIMEOUT);

  it('terminal-escapes-in-names.json: control characters shown as \\x1b, not obeyed', () => {
    const ws = JSON.parse(readFileSync(join(HOSTILE, 'terminal-escapes-in-names.json'), 'utf8')) as { baseline: { id: string }; options: { id: string }[] };
    const r = runCli(['diff', join(HOSTILE, 'terminal-escapes-in-names.json'), ws.baseline.id, ws.options[0]!.id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\x1b');
    expect(r.stdout).not.toContain('\x1b');
  }, PROCESS_TIMEOUT);

  it('emoji-name-length.json: one way of counting a name (code points), in the baseline and in steps', () => {
    expect(runCli(['check', join(HOSTILE, 'emoji-name-length.json')]).code).toBe(0);
  }, PROCESS_TIMEOUT);
});

describe('files the command line will not read', () => {
  it('check /dev/zero ends at once with a clear error', () => {
    const r = runCli(['check', '/dev/zero'], { timeout: 20_000 });
    wellBehaved(r);
    expect(r.stderr).toBe('/dev/zero: cannot read: not a regular file (a device, pipe or socket); give a workspace file\n');
  }, PROCESS_TIMEOUT);

  it('names UTF-16, with or without a byte-order mark', () => {
    const text = readFileSync(LEEDS, 'utf8');
    const bom = runCli(['check', file('bom16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))]);
    expect(bom.stderr).toContain('not UTF-8: the file is UTF-16 (little-endian');
    const bare = runCli(['check', file('bare16.json', Buffer.from(text, 'utf16le'))]);
    expect(bare.stderr).toContain('looks like UTF-16');
    expect([bom.code, bare.code]).toEqual([1, 1]);
  }, PROCESS_TIMEOUT);

  it('reports a duplicate key with its line and place', () => {
    const text = readFileSync(LEEDS, 'utf8').replace('"title":', '"title": "first", "title":');
    const r = runCli(['check', file('dup.json', text)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dup\.json: line \d+, column \d+: field "title" appears twice at the top level/);
  }, PROCESS_TIMEOUT);

  it('gives a clear error for 100,000 levels of nesting inside a field', () => {
    const ws = JSON.parse(readFileSync(LEEDS, 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify({ ...ws, title: 'X' }).replace('"title":"X"', `"title":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const r = runCli(['check', file('deep.json', text)]);
    wellBehaved(r);
    expect(r.stderr).toMatch(/nested more than 200 levels deep in title/);
  }, PROCESS_TIMEOUT);
});

describe('output the command line keeps bounded', () => {
  it('caps errors at the first 100 and counts the rest', () => {
    const ws = JSON.parse(readFileSync(LEEDS, 'utf8')) as { baseline: { nodes: { manager: string | null }[] } };
    for (let i = 0; i < 500; i++) ws.baseline.nodes.push({ id: `bad-${i}`, kind: 'post', name: 'X', holder: null, manager: 'nowhere' } as never);
    const r = runCli(['check', file('many.json', JSON.stringify(ws))]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[100]).toMatch(/^… and \d+ more errors$/);
  }, PROCESS_TIMEOUT);

  it('cuts a 1 MB id to a few lines', () => {
    const ws = JSON.parse(readFileSync(LEEDS, 'utf8')) as { baseline: { nodes: { id: string }[] } };
    ws.baseline.nodes[3]!.id = 'x'.repeat(1_000_000);
    const r = runCli(['check', file('long-id.json', JSON.stringify(ws))]);
    wellBehaved(r);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(100_000);
  }, PROCESS_TIMEOUT);

  it('ends quietly when the reader closes the pipe (| head)', () => {
    const big = file('big.json', JSON.stringify(generateWorkspace({ nodes: 3000, steps: 50 })));
    const err = join(dir, 'pipe-stderr.txt');
    const out = execFileSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" scripts/cli.mjs apply "${big}" generated 2>"${err}" | head -c 100`], { encoding: 'utf8' });
    expect(out).toHaveLength(100);
    expect(readFileSync(err, 'utf8')).toBe('');
  }, PROCESS_TIMEOUT);
});

describe('the command line never harms a file', () => {
  it('refuses --out onto its own input, by path or through a link, and leaves it as it was', () => {
    const input = file('ws.json', readFileSync(LEEDS, 'utf8'));
    const r = runCli(['export', input, 'option-5', '--out', input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to write');
    const viaDots = runCli(['export', input, 'option-5', '--out', join(dir, '.', 'ws.json')]);
    expect(viaDots.code).toBe(1);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(LEEDS, 'utf8'));
  }, PROCESS_TIMEOUT);

  it('leaves the old file in place when the write fails', () => {
    const r = runCli(['export', LEEDS, 'option-5', '--out', join(dir, 'no-such-folder', 'x.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*ENOENT; nothing was changed there/);
  }, PROCESS_TIMEOUT);
});
