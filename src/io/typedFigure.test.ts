import { readTypedFigure } from './typedFigure.ts';

describe('readTypedFigure', () => {
  it.each([
    ['1.5', 1.5],
    ['.5', 0.5],
    ['120', 120],
    ['1,150', 1150],
    ['£50,000', 50000],
    ['£ 24,000.50', 24000.5],
    ['1,234,567', 1234567],
    [' 2 ', 2],
  ])('reads %j as %d', (typed, value) => {
    expect(readTypedFigure(typed)).toEqual({ kind: 'number', value });
  });

  it.each(['1,5', '12,34', '0,75', '1,5000'])('refuses %j as ambiguous (a decimal comma?)', (typed) => {
    expect(readTypedFigure(typed)).toEqual({ kind: 'ambiguous' });
  });

  it.each(['1.2.3', '1,50,000', 'many', '£', '1,', ',5', '-1', '1e3', '1 5', '1,150.2.3'])('refuses %j as malformed', (typed) => {
    expect(readTypedFigure(typed)).toEqual({ kind: 'malformed' });
  });

  it('leaves blank text out', () => {
    expect(readTypedFigure('  ')).toEqual({ kind: 'blank' });
  });
});
