import type { Structure } from '../../model/types.ts';
import { nameLookup } from '../../store/names.ts';
import { stepSummary } from './stepSummary.ts';

const base: Structure = {
  id: 'b',
  title: 'B',
  nodes: [
    { id: 'dcs', kind: 'post', name: 'Director' },
    { id: 'ey', kind: 'unit', name: 'Early Years', manager: 'dcs' },
  ],
};
const later: Structure = { ...base, nodes: [{ id: 'dcs', kind: 'post', name: 'Director (new)' }] };

describe('stepSummary', () => {
  const name = nameLookup(later, base);

  it('names nodes from the first structure that has them, else quotes the id', () => {
    expect(stepSummary({ op: 'move', node: 'ey', to: 'dcs' }, name)).toBe('Early Years to report to Director (new)');
    expect(stepSummary({ op: 'move', node: 'ghost', to: null }, name)).toBe('"ghost" to report to no manager (top level)');
  });

  it('says what every op does', () => {
    expect(stepSummary({ op: 'add', node: { id: 'x', kind: 'unit', name: 'X', manager: 'dcs' } }, name)).toBe('Add X (unit), reporting to Director (new)');
    expect(stepSummary({ op: 'remove', node: 'ey' }, name)).toBe('Remove Early Years');
    expect(stepSummary({ op: 'update', node: 'dcs', set: { holder: null, name: 'DCS' } }, name)).toBe('Director (new): holder → Vacant, name → DCS');
    expect(stepSummary({ op: 'merge', nodes: ['ey'], into: 'dcs' }, name)).toBe('Merge Early Years into Director (new)');
    expect(stepSummary({ op: 'link', kind: 'strategic', from: 'dcs', to: 'ey' }, name)).toBe('Add strategic link: Director (new) → Early Years');
    expect(stepSummary({ op: 'unlink', kind: 'dotted', from: 'dcs', to: 'ey' }, name)).toBe('Remove dotted link: Director (new) → Early Years');
    expect(stepSummary({ op: 'assign', function: 'sen', to: null }, name, () => 'SEN')).toBe('SEN: accountable no one (gap)');
  });
});
