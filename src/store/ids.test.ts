import { FORMAT, type Workspace } from '../model/types.ts';
import { nextOptionNumber, uniqueId, variantTitle } from './ids.ts';

const ws: Workspace = {
  format: FORMAT,
  title: 'T',
  baseline: { id: 'base', title: 'Base', nodes: [] },
  options: [
    { id: 'option-1', title: 'One', steps: [] },
    { id: 'option-3', title: 'One (variant)', steps: [] },
    { id: 'option-1-variant', title: 'X', steps: [] },
  ],
};

describe('ids for new options', () => {
  it('gives the first unused slug, numbered from 2', () => {
    expect(uniqueId(ws, 'fresh')).toBe('fresh');
    expect(uniqueId(ws, 'option-1-variant')).toBe('option-1-variant-2');
    expect(uniqueId(ws, 'base')).toBe('base-2');
    expect(uniqueId(ws, 'x'.repeat(80)).length).toBeLessThanOrEqual(64);
  });

  it('numbers new options after the existing ones, skipping used ids', () => {
    expect(nextOptionNumber(ws)).toBe(4);
    expect(nextOptionNumber({ ...ws, options: ws.options.slice(0, 2) })).toBe(4);
  });

  it('titles variants "(variant)", then "(variant 2)"', () => {
    expect(variantTitle(ws, 'Two')).toBe('Two (variant)');
    expect(variantTitle(ws, 'One')).toBe('One (variant 2)');
  });
});
