import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROCESS_TIMEOUT } from './support/runCli.ts';

/**
 * The `cli` script's staleness check (scripts/cli.mjs, scripts/cli-inputs.mjs) in a small project of its own: the
 * real launcher and build scripts, this repository's node_modules, and a src/cli.ts that prints which version it is.
 */
let root: string;
const PAST = new Date('2001-01-01T00:00:00Z');

const run = () => spawnSync(process.execPath, [join(root, 'scripts', 'cli.mjs')], { encoding: 'utf8', timeout: PROCESS_TIMEOUT });
/** A src/cli.ts that prints `v`, held in a module of its own (src/v.ts). */
function version(v: string): void {
  writeFileSync(join(root, 'src', 'cli.ts'), `import { v } from './v.ts';\nconsole.log(v);\n`);
  writeFileSync(join(root, 'src', 'v.ts'), `export const v: string = '${v}';\n`);
}
const bundleTime = () => statSync(join(root, 'build', 'cli.mjs')).mtimeMs;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cli-stale-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  for (const f of ['cli.mjs', 'build-cli.mjs', 'cli-inputs.mjs']) copyFileSync(join('scripts', f), join(root, 'scripts', f));
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json']) writeFileSync(join(root, f), '{}\n');
  version('one');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the cli script rebuilds its bundle when, and only when, what it was built from has changed', () => {
  it('builds a missing bundle, then runs it', () => {
    expect(run().stdout).toBe('one\n');
  }, PROCESS_TIMEOUT);

  it('rebuilds after a source changes even when the source is older than the bundle (a checkout or a copied build)', () => {
    expect(run().stdout).toBe('one\n');
    version('two');
    for (const f of ['cli.ts', 'v.ts']) utimesSync(join(root, 'src', f), PAST, PAST);
    expect(run().stdout).toBe('two\n');
  }, PROCESS_TIMEOUT);

  it('rebuilds when a bundle copied from elsewhere, newer than every source, was built from other sources', () => {
    expect(run().stdout).toBe('one\n');
    const elsewhere = readFileSync(join(root, 'build', 'cli.mjs'), 'utf8');
    version('two');
    expect(run().stdout).toBe('two\n');
    writeFileSync(join(root, 'build', 'cli.mjs'), elsewhere);
    expect(run().stdout).toBe('two\n');
  }, PROCESS_TIMEOUT);

  it('rebuilds when the build recipe or the locked packages change', () => {
    expect(run().stdout).toBe('one\n');
    const before = bundleTime();
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    utimesSync(join(root, 'package-lock.json'), PAST, PAST);
    expect(run().stdout).toBe('one\n');
    expect(bundleTime()).toBeGreaterThan(before);
  }, PROCESS_TIMEOUT);

  it('does not rebuild when sources are only touched (newer times, same contents)', () => {
    expect(run().stdout).toBe('one\n');
    const before = bundleTime();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'v.ts'), later, later);
    expect(run().stdout).toBe('one\n');
    expect(bundleTime()).toBe(before);
  }, PROCESS_TIMEOUT);

  it('rebuilds a bundle with no record of its inputs (an older build)', () => {
    expect(run().stdout).toBe('one\n');
    writeFileSync(join(root, 'build', 'cli.mjs'), "console.log('old');\n");
    expect(run().stdout).toBe('one\n');
  }, PROCESS_TIMEOUT);
});
