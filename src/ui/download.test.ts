import { pngScale } from './download.ts';

describe('pngScale', () => {
  it('draws a sheet at twice its CSS size (192 dpi)', () => {
    expect(pngScale(1122.52, 793.7)).toBe(2);
  });

  it('scales a large fitted chart down to the canvas limits: 16,000 px a side, 120 million pixels', () => {
    const side = pngScale(40_000, 2_000);
    expect(40_000 * side).toBeLessThanOrEqual(16_000);
    const area = pngScale(12_000, 12_000);
    expect(12_000 * area * 12_000 * area).toBeLessThanOrEqual(120_000_000 + 1);
    expect(area).toBeGreaterThan(0.9);
  });
});
