import { textWidth, wrapText } from './text.ts';

describe('textWidth', () => {
  it('uses Arial advance widths', () => {
    // "Ill" in Arial: I 278 + l 222 + l 222 = 722 thousandths of an em; W alone is 944.
    expect(textWidth('Ill', 1000)).toBeCloseTo(722 * 1.03, 5);
    expect(textWidth('W', 10)).toBeCloseTo(9.44 * 1.03, 5);
    expect(textWidth('Ill', 10, true)).toBeGreaterThan(textWidth('Ill', 10));
  });

  it('counts an emoji as one wide character and ignores joiners', () => {
    expect(textWidth('🎉', 10)).toBeCloseTo(10 * 1.03, 5);
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('e', 10), 5);
  });
});

describe('wrapText', () => {
  const name = 'Deputy Director of Children’s Services (Targeted and Specialist Services for the most vulnerable)';

  it('keeps every line within the width and every word, in order', () => {
    const lines = wrapText(name, 150, 11, true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 11, true)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(name);
  });

  it('breaks a word too long for a line without splitting surrogate pairs', () => {
    const word = '🎉'.repeat(30);
    const lines = wrapText(word, 60, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('collapses whitespace and gives no lines for blank text', () => {
    expect(wrapText('  a \n b  ', 500, 10)).toEqual(['a b']);
    expect(wrapText('   ', 500, 10)).toEqual([]);
  });
});
