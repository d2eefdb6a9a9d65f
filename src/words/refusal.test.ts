import type { Structure } from '../model/types.ts';
import { checkStep, moveRefusal } from '../options/index.ts';
import { explainMove, explainStep, ID_NAMES, namesIn, refusal, refusalWords, stepErrorLine } from './index.ts';

/** The review's reproduction (code-review.md §2.2): node ids that are also English words. */
const words: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'a', kind: 'post', name: 'Alpha' },
    { id: 'make', kind: 'post', name: 'Head of Making', manager: 'a' },
    { id: 'report', kind: 'unit', name: 'Reporting Team', manager: 'make' },
    { id: 'line', kind: 'unit', name: 'Line Unit', manager: 'a' },
  ],
};

describe('refusals: typed in the core, worded here', () => {
  it('never rewrites ordinary words that happen to be node ids', () => {
    expect(explainMove(words, 'make', 'report')).toBe('would make line management loop: Head of Making → Reporting Team → Head of Making');
    expect(explainMove(words, 'a', 'a')).toBe('Alpha cannot report to itself');
    expect(explainMove(words, 'a', 'line')).toBe('would make line management loop: Alpha → Line Unit → Alpha');
    expect(explainMove(words, 'line', 'make')).toBeNull();
  });

  it('the core gives kinds and ids, no words', () => {
    expect(moveRefusal(words, 'make', 'report')).toEqual({ kind: 'loop', chain: ['make', 'report', 'make'] });
    expect(checkStep(words, { op: 'remove', node: 'a' })).toEqual({ kind: 'manages', node: 'a', count: 2 });
  });

  it('words a refusal with names for officers and with ids for the command line', () => {
    const r = checkStep(words, { op: 'remove', node: 'make' })!;
    expect(refusal(r, words)).toBe('Head of Making has 1 direct report');
    expect(refusalWords(r, ID_NAMES)).toBe('node "make" has 1 direct report');
    expect(explainStep(words, { op: 'add', node: { id: 'make', kind: 'post', name: 'X' } })).toBe('the id "make" is already used by Head of Making');
    expect(explainStep(words, { op: 'link', kind: 'dotted', from: 'make', to: 'make' })).toBe('Head of Making cannot link to itself');
    expect(explainStep(words, { op: 'unlink', kind: 'dotted', from: 'make', to: 'line' })).toBe('no dotted link Head of Making → Line Unit');
    expect(explainStep(words, { op: 'remove', node: 'line' })).toBeNull();
  });

  it('names a missing post by its id in quotes, in the field\'s words, and says which reference it was', () => {
    expect(explainMove(words, 'ghost', 'a')).toBe('no post or unit "ghost"');
    expect(explainStep(words, { op: 'merge', nodes: ['line'], into: 'ghost' })).toBe('merge into: no post or unit "ghost"');
    expect(explainStep(words, { op: 'add', node: { id: 'x', kind: 'post', name: 'X', manager: 'ghost' } })).toBe('line manager: no post or unit "ghost"');
    // The command line keeps format.md's own wording ("Steps": `no node "deputy-director-learning"`).
    expect(refusalWords(checkStep(words, { op: 'move', node: 'ghost', to: 'a' })!, ID_NAMES)).toBe('no node "ghost"');
  });

  it('tells same-named nodes apart in a refusal', () => {
    const twins: Structure = {
      id: 't',
      title: 'T',
      nodes: [
        { id: 'head', kind: 'post', name: 'Head', holder: 'Iris' },
        { id: 'tl-1', kind: 'post', name: 'Team Leader', holder: 'Bea', manager: 'head' },
        { id: 'tl-2', kind: 'post', name: 'Team Leader', holder: null, manager: 'tl-1' },
      ],
    };
    expect(explainMove(twins, 'tl-1', 'tl-2')).toBe('would make line management loop: Team Leader (Bea) → Team Leader (vacant) → Team Leader (Bea)');
  });

  it('shows control characters in names and values instead of obeying them', () => {
    const evil: Structure = { id: 'e', title: 'E', nodes: [{ id: 'x', kind: 'post', name: 'Safe \u001b[2J\u202eevil' }] };
    expect(explainMove(evil, 'x', 'x')).toBe('Safe \\x1b[2J\\u202eevil cannot report to itself');
    expect(refusal({ kind: 'no-node', role: 'node', id: 'a\u0007b' }, namesIn(evil))).toBe('no post or unit "a\\x07b"');
  });

  it('words a bad value for officers with the field\'s word and money and FTE formats; the command line keeps field paths', () => {
    const fte = checkStep(words, { op: 'update', node: 'a', set: { fte: -1 } })!;
    expect(refusal(fte, words)).toBe('FTE cannot be negative (\u22121)');
    expect(refusalWords(fte, ID_NAMES)).toBe('fte -1 is negative');
    const band = checkStep(words, { op: 'update', node: 'a', set: { pay: { min: 70000, max: 60000 } } })!;
    expect(refusal(band, words)).toBe("the pay band's minimum (£70,000) is above its maximum (£60,000)");
    expect(refusalWords(band, ID_NAMES)).toBe('pay.min 70000 is above pay.max 60000');
    expect(refusal(checkStep(words, { op: 'update', node: 'a', set: { pay: { min: -5, max: 4 } } })!, words)).toBe("the pay band's minimum cannot be negative (\u2212£5)");
    expect(refusal(checkStep(words, { op: 'update', node: 'a', set: { name: '' } })!, words)).toBe('name cannot be empty');
    expect(refusal(checkStep(words, { op: 'update', node: 'a', set: { grade: 7 as never } })!, words)).toBe('grade must be text, not 7');
    expect(refusal(checkStep(words, { op: 'add', node: { id: 'Bad Id', kind: 'post', name: 'X' } })!, words)).toBe(
      'identifier "Bad Id" may hold only lower-case letters, digits and "-", starting with a letter or digit',
    );
  });

  it('prints a failed step as format.md fixes it, step numbers from 1', () => {
    expect(stepErrorLine({ option: 'option-3', index: 4, op: 'move', refusal: { kind: 'no-node', role: 'to', id: 'deputy-director-learning' }, needs: [] })).toBe(
      'option-3 step 4 (move): no node "deputy-director-learning"',
    );
  });
});
