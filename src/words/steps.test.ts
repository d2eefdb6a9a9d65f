import type { Structure } from '../model/types.ts';
import { namesIn, stepLine } from './index.ts';

const base: Structure = {
  id: 'b',
  title: 'B',
  nodes: [
    { id: 'dcs', kind: 'post', name: 'Director' },
    { id: 'ey', kind: 'unit', name: 'Early Years', manager: 'dcs' },
  ],
  functions: [{ id: 'sen', name: 'SEN' }],
};
const later: Structure = { ...base, nodes: [{ id: 'dcs', kind: 'post', name: 'Director (new)' }] };

describe('stepLine: each op describes itself (its handler in src/options/steps), in words from src/words', () => {
  const names = namesIn(later, base);

  it('names nodes from the first structure that has them, else quotes the id', () => {
    expect(stepLine({ op: 'move', node: 'ey', to: 'dcs' }, names)).toBe('Early Years to report to Director (new)');
    expect(stepLine({ op: 'move', node: 'ghost', to: null }, names)).toBe('"ghost" to report to no manager (top level)');
  });

  it('says what every op does', () => {
    expect(stepLine({ op: 'add', node: { id: 'x', kind: 'unit', name: 'X', manager: 'dcs' } }, names)).toBe('Add X (unit), reporting to Director (new)');
    expect(stepLine({ op: 'remove', node: 'ey' }, names)).toBe('Remove Early Years');
    expect(stepLine({ op: 'update', node: 'dcs', set: { holder: null, name: 'DCS' } }, names)).toBe('Director (new): holder → vacant, name → DCS');
    // Fields read as change lines name them, not as the format's ids (fte, role, ref).
    expect(stepLine({ op: 'update', node: 'dcs', set: { fte: 1, role: 'HR', ref: 'P1' } }, names)).toBe('Director (new): FTE → 1 FTE, job/team function → HR, reference → P1');
    expect(stepLine({ op: 'merge', nodes: ['ey'], into: 'dcs' }, names)).toBe('Merge Early Years into Director (new)');
    expect(stepLine({ op: 'link', kind: 'strategic', from: 'dcs', to: 'ey' }, names)).toBe('Add strategic link: Director (new) → Early Years');
    expect(stepLine({ op: 'unlink', kind: 'dotted', from: 'dcs', to: 'ey' }, names)).toBe('Remove dotted link: Director (new) → Early Years');
    expect(stepLine({ op: 'assign', function: 'sen', to: null }, names)).toBe('SEN: accountable no one (a gap)');
  });
});
