import { wrapText } from './text.ts';

const fits = (max: number) => (s: string) => s.length <= max;

describe('wrapText', () => {
  it('wraps words greedily within the width', () => {
    expect(wrapText('Deputy Director, Targeted and Specialist Services', 3, fits(20)))
      .toEqual(['Deputy Director,', 'Targeted and', 'Specialist Services']);
  });

  it('ends the last line with an ellipsis when text is left over', () => {
    expect(wrapText('one two three four five', 2, fits(9))).toEqual(['one two', 'three…']);
  });

  it('cuts a single word too long for the line', () => {
    expect(wrapText('Supercalifragilistic', 1, fits(8))).toEqual(['Superca…']);
  });

  it('never cuts an emoji in half (hostile/emoji-name-length.json drew "�…" on boxes)', () => {
    const [line] = wrapText('👩'.repeat(150), 1, fits(9));
    expect(line).toBe(`${'👩'.repeat(4)}…`);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
