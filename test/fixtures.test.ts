import { fileProblemWords } from '../src/words/fileProblems.ts';
import { stepErrorLine } from '../src/words/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parseWorkspace } from '../src/io/index.ts';

/** What each broken fixture gets wrong, as a pattern its one error must match. */
const BROKEN: Record<string, RegExp> = {
  'bad-format': /format.*org-options\/2/,
  'bad-slug': /"Service 1".*slug/,
  'duplicate-node-id': /"service"/,
  'missing-manager': /manager "nowhere"/,
  'manager-loop': /loop/,
  'self-link': /"director".*itself/,
  'duplicate-link': /links\[1\].*partnership/,
  'unknown-link-kind': /"friendship"/,
  'accountable-to-missing-node': /delivery.*"nobody"/,
  'option-from-unknown-id': /option-a.*"option-z"/,
  'derivation-loop': /option-a.*option-b/,
};

const parse = (path: string) => parseWorkspace(readFileSync(path, 'utf8'));

describe('fixtures', () => {
  it('accepts the minimal workspace: one node, no options', () => {
    const r = parse('fixtures/minimal.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.workspace.baseline.nodes).toHaveLength(1);
      expect(r.workspace.options).toEqual([]);
    }
  });

  it('has a broken file for every error class and no other', () => {
    const files = readdirSync('fixtures/broken').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  it('loads conflicts/failing-step.json, a step that no longer applies, as a conflict on its option, not a refusal', () => {
    const r = parse('fixtures/conflicts/failing-step.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.conflicts.map(stepErrorLine)).toEqual([expect.stringMatching(/^option-a step 2 \(move\): .*"deputy-director"/)]);
  });

  it.each(Object.entries(BROKEN))('rejects broken/%s.json for that reason alone', (name, pattern) => {
    const r = parse(`fixtures/broken/${name}.json`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(fileProblemWords(r.errors[0]!)).toMatch(pattern);
    }
  });
});
