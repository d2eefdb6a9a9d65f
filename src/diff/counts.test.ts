import type { StructureDiff } from './diff.ts';
import { diffCounts } from './counts.ts';

describe('diffCounts', () => {
  it('counts each list, and changed nodes rather than changed fields', () => {
    const d: StructureDiff = {
      from: 'a',
      to: 'b',
      added: ['p', 'q', 'r'],
      removed: ['s'],
      moved: [{ node: 't', from: null, to: 'p' }, { node: 'u', from: 't', to: 'p' }],
      changed: [
        { node: 't', field: 'holder', from: null, to: 'X' },
        { node: 't', field: 'name', from: 'T', to: 'T2' },
        { node: 'v', field: 'kind', from: 'unit', to: 'post' },
      ],
      links: { added: [{ kind: 'dotted', from: 'p', to: 'q' }], removed: [{ kind: 'contract', from: 'p', to: 'q' }, { kind: 'dotted', from: 'q', to: 'p' }] },
      accountable: [{ function: 'f', from: null, to: 'p' }],
    };
    expect(diffCounts(d)).toEqual({ added: 3, removed: 1, moved: 2, changed: 2, linksAdded: 1, linksRemoved: 2, accountable: 1 });
  });
});
