import { codePointLength, cutToLength } from './values.ts';

describe('cutToLength', () => {
  it('leaves text within the length alone and cuts longer text to the length, "…" included', () => {
    expect(cutToLength('Head of Finance', 20)).toBe('Head of Finance');
    expect(cutToLength('Head of Finance', 8)).toBe('Head of…');
  });

  it('counts and cuts by code points, so an emoji is never split into a lone surrogate', () => {
    const cut = cutToLength('👩'.repeat(150), 10);
    expect(cut).toBe(`${'👩'.repeat(9)}…`);
    expect(codePointLength(cut)).toBe(10);
  });
});
