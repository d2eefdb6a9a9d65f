import type { StructureDiff } from './diff.ts';
import { changeMarks } from './marks.ts';

const d: StructureDiff = {
  from: 'a',
  to: 'b',
  added: ['new-post'],
  removed: ['old-board'],
  moved: [{ node: 'early-years', from: 'x', to: 'y' }, { node: 'both', from: 'x', to: null }],
  changed: [{ node: 'both', field: 'name', from: 'P', to: 'Q' }, { node: 'dcs', field: 'holder', from: 'R', to: null }],
  links: { added: [{ kind: 'dotted', from: 'p', to: 'q' }], removed: [] },
  accountable: [{ function: 'f', from: 'p', to: 'q' }],
};

describe('changeMarks', () => {
  it("marks A's nodes on the 'from' side: removed, moved, changed", () => {
    expect(Object.fromEntries(changeMarks(d, 'from'))).toEqual({
      'old-board': 'removed',
      'early-years': 'moved',
      both: 'moved',
      dcs: 'changed',
    });
  });

  it("marks B's nodes on the 'to' side: added, moved, changed", () => {
    expect(Object.fromEntries(changeMarks(d, 'to'))).toEqual({
      'new-post': 'added',
      'early-years': 'moved',
      both: 'moved',
      dcs: 'changed',
    });
  });

  it('leaves unchanged nodes out, including ends of changed links and accountabilities', () => {
    const marks = changeMarks(d, 'to');
    for (const id of ['p', 'q', 'x', 'y', 'old-board']) expect(marks.has(id)).toBe(false);
  });
});
