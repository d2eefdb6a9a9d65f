import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanWords, SCANNED } from './scan.ts';

// ONE VOICE: every word an officer reads is made in src/words (README, "One voice"). The scanner lists every
// officer-facing literal outside src/words in the layers that make words (JSX text, visible attributes, worded
// strings; the core and the entry points included, each op handler's `describe` excepted), and the last test fails on
// any: put the wording in a file under src/words and import it. (The list of words not yet moved that this test kept
// while they moved emptied on 30 November 2026, and went with its last entry.)

const key = (file: string): string => file.replace(/\\/g, '/').replace(/^\.\//, '');

describe('one voice: officer-facing words come from src/words', () => {
  it('finds words where officers see them, and not in code they never see', () => {
    const root = mkdtempSync(join(tmpdir(), 'words-'));
    for (const dir of SCANNED) if (!/\.tsx?$/.test(dir)) mkdirSync(join(root, dir), { recursive: true });
    for (const file of SCANNED.filter((d) => /\.tsx?$/.test(d))) writeFileSync(join(root, file), '');
    writeFileSync(join(root, 'src/ui/Sample.tsx'), [
      "import { x } from './some module.ts';",
      'export const A = () => <p className="panel wide" data-x="a b">Nothing to compare yet <b title="Shown on hover">!</b></p>;',
      "export const n = (notify: (t: string) => void) => notify('Your work was saved');",
      "export const same = (k: string) => k === 'two words' ? 1 : 2;",
      "export const svg = '<path d=\"M0,0L10,5\"/>';",
    ].join('\n'));
    writeFileSync(join(root, 'src/ui/Sample.test.tsx'), "export const t = 'A test name is not shown';");
    expect(scanWords(root).map((f) => f.text).sort()).toEqual(['Nothing to compare yet', 'Shown on hover', 'Your work was saved']);
  });

  it('scans the core and the entry points too, exempting only the describe method of an op handler in src/options/steps', () => {
    const root = mkdtempSync(join(tmpdir(), 'words-'));
    for (const dir of SCANNED) if (!/\.tsx?$/.test(dir)) mkdirSync(join(root, dir), { recursive: true });
    for (const file of SCANNED.filter((d) => /\.tsx?$/.test(d))) writeFileSync(join(root, file), '');
    mkdirSync(join(root, 'src/options/steps'), { recursive: true });
    writeFileSync(join(root, 'src/options/steps/grow.ts'), [
      'export const grow = {',
      "  check(step: { node: string }) { return step.node === '' ? 'Grow needs a node' : null; },",
      '  describe(step: { node: string }) { return `Grow ${step.node} by one post`; },',
      '};',
      "export const shrink = { describe: (s: { node: string }) => `Shrink ${s.node} by one post` };",
      "export const label = { describe: 'Shown in a list of ops' };",
    ].join('\n'));
    writeFileSync(join(root, 'src/options/plan.ts'), 'export const plan = { describe(n: string) { return `Plan for ${n} alone`; } };');
    writeFileSync(join(root, 'src/io/read.ts'), "export const why = (place: string) => `${place}: is not a workspace`;");
    writeFileSync(join(root, 'src/import/cells.ts'), "export const NONE = 'Not given';");
    writeFileSync(join(root, 'src/model/names.ts'), "export const noManager = 'no manager';");
    writeFileSync(join(root, 'src/diff/lines.ts'), "export const moved = (a: string) => `${a} moved up`;");
    writeFileSync(join(root, 'src/cli.ts'), "process.stderr.write('Nothing to read here');");
    expect(scanWords(root).map((f) => `${f.file.slice(root.length + 1).replace(/\\/g, '/')}: ${f.text}`).sort()).toEqual([
      'src/cli.ts: Nothing to read here',
      'src/diff/lines.ts: ${…} moved up',
      'src/import/cells.ts: Not given',
      'src/io/read.ts: ${…}: is not a workspace',
      'src/model/names.ts: no manager',
      'src/options/plan.ts: Plan for ${…} alone',
      'src/options/steps/grow.ts: Grow needs a node',
      'src/options/steps/grow.ts: Shown in a list of ops',
    ]);
  });

  it('leaves no officer-facing literal outside src/words', () => {
    const found = scanWords('.').map((f) => `${key(f.file)}: ${f.text}`);
    expect(found, 'Officer-facing words outside src/words: put them in a file under src/words and import them.').toEqual([]);
  });
});
