import { costChange, costEffect, fteChange, fteText, money, moneyRange, organisationStaffing, payBand, peopleValue, staffingChangeLine, staffingLine, staffingShort } from './money.ts';

describe('money and FTE wording (people.md: rounded only when shown)', () => {
  it('writes money compactly in the currency', () => {
    expect(money(45_100_000)).toBe('£45.1m');
    expect(money(63_749_999)).toBe('£63.7m');
    expect(money(999_999)).toBe('£1m');
    expect(money(452_300)).toBe('£452k');
    expect(money(9_800)).toBe('£9,800');
    expect(money(-1_200_000)).toBe('−£1.2m');
    expect(money(45_100_000, 'EUR')).toBe('€45.1m');
  });

  it('writes a range with an en dash, one figure when both ends read the same', () => {
    expect(moneyRange(45_100_000, 63_700_000)).toBe('£45.1m–£63.7m');
    expect(moneyRange(45_100_000, 45_120_000)).toBe('£45.1m');
  });

  it('writes FTE whole from a hundred up, with one decimal below and two below one', () => {
    expect(fteText(1521.6)).toBe('1,522 FTE');
    expect(fteText(12.5)).toBe('12.5 FTE');
    expect(fteText(0.25)).toBe('0.25 FTE');
    expect(fteText(0.1 + 0.2)).toBe('0.3 FTE');
  });

  it('writes a totals line, naming unpriced FTE and the absence of figures', () => {
    expect(staffingLine({ fte: 1522, costMin: 45_100_000, costMax: 63_700_000, unpricedFte: 0 })).toBe('1,522 FTE · £45.1m–£63.7m a year');
    expect(staffingLine({ fte: 1522, costMin: 45_100_000, costMax: 63_700_000, unpricedFte: 150 })).toBe('1,522 FTE · £45.1m–£63.7m a year · 150 FTE unpriced');
    expect(staffingLine({ fte: 1150, costMin: 0, costMax: 0, unpricedFte: 1150 })).toBe('1,150 FTE, no pay recorded');
    expect(staffingLine({ fte: 0, costMin: 0, costMax: 0, unpricedFte: 0 })).toBe('no FTE recorded');
    expect(staffingShort({ fte: 312, costMin: 9_800_000, costMax: 12_100_000, unpricedFte: 0 })).toBe('312 FTE · £9.8m–£12.1m');
    expect(staffingShort({ fte: 3, costMin: 0, costMax: 0, unpricedFte: 3 })).toBe('3 FTE');
  });

  it('writes changes with signs', () => {
    expect(fteChange(12)).toBe('+12 FTE');
    expect(fteChange(-1150)).toBe('−1,150 FTE');
    expect(fteChange(0.001)).toBe('no change in FTE');
    expect(costChange(400_000, 600_000)).toBe('+£400k to +£600k a year');
    expect(costChange(-1_200_000, -1_200_000)).toBe('−£1.2m a year');
    expect(costChange(0, 0)).toBe('no change in cost');
    expect(costEffect(0, 0)).toBe('no cost effect');
    expect(staffingChangeLine({ fte: -1150, costMin: 0, costMax: 0, unpricedFte: -1150 })).toBe('−1,150 FTE · no change in cost · unpriced −1,150 FTE');
  });

  it('writes pay bands exactly, and a changed value', () => {
    expect(payBand({ min: 45000, max: 52000 })).toBe('£45,000–£52,000 a year');
    expect(payBand({ min: 45000, max: 45000 })).toBe('£45,000 a year');
    expect(peopleValue(0.8)).toBe('0.8 FTE');
    expect(peopleValue(null)).toBe('none');
    expect(organisationStaffing(null, 'to')).toBe('no longer a separate organisation');
  });
});
