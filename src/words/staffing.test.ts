import { countedNames, ownCost, ownFte, ownPay, rowCostEffect, TOTALS_STRIP, largestSpan } from './staffing.ts';

describe('staffing words', () => {
  const pay = { min: 45_000, max: 52_000 };
  it("words a node's own FTE, pay and cost, saying why a cost is missing", () => {
    expect(ownFte(undefined)).toBe('not recorded');
    expect(ownFte(0.8)).toBe('0.8 FTE');
    expect(ownPay(undefined, 'GBP')).toBe('not recorded');
    expect(ownPay(pay, 'GBP')).toBe('£45,000–£52,000 a year for 1.0 FTE');
    expect(ownCost(undefined, pay, { costMin: 0, costMax: 0 }, 'GBP')).toBe('not counted (no FTE)');
    expect(ownCost(2, undefined, { costMin: 0, costMax: 0 }, 'GBP')).toBe('unpriced (no pay recorded)');
    expect(ownCost(2, pay, { costMin: 90_000, costMax: 104_000 }, 'GBP')).toBe('£90k–£104k a year');
  });

  it('words a change row, the totals strip and measure cells', () => {
    expect(rowCostEffect({ fte: -0.5, costMin: -60_000, costMax: -65_000 }, 'GBP')).toBe('(−0.5 FTE, −£60k to −£65k a year)');
    expect(TOTALS_STRIP.against('+1 FTE', 'Option 5')).toBe('(+1 FTE against Option 5)');
    expect(TOTALS_STRIP.label('\u05d0\u05d1')).toBe('Staffing and cost of \u2068\u05d0\u05d1\u2069');
    expect(countedNames([])).toBe('none');
    expect(countedNames(['A', 'B'])).toBe('2: A, B');
    expect(largestSpan(0, null)).toBe('0');
    expect(largestSpan(12, 'Director')).toBe('12 (Director)');
  });
});
