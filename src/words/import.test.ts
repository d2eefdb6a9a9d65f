import { errorWords, warningWords } from './import.ts';

describe('import warnings and errors', () => {
  it('quote a value from the file cut short and shown safely: no terminal escapes obeyed, right-to-left text isolated', () => {
    const line = warningWords({ kind: 'fte-not-number', file: 'staff.csv', row: 3, column: 'FTE', value: `\u001b[2J${'x'.repeat(1_000_000)}`, ref: '\u05D0\u05D1' });
    expect(line.length).toBeLessThan(200);
    expect(line).not.toContain('\u001b');
    expect(line).toContain('post "\u2068\u05D0\u05D1\u2069" has no FTE');
    expect(errorWords({ kind: 'missing-column', file: 'f.csv', column: 'Grade', headers: ['A', 'B'] })).toBe('f.csv: no "Grade" column (the columns are: A, B)');
  });
});
