import { withNodeNames } from './names.ts';
import type { Structure } from './types.ts';

const s: Structure = {
  id: 's',
  title: 'S',
  nodes: [
    { id: 'dcs', kind: 'post', name: "Director of Children's Services" },
    { id: 'youth-services', kind: 'unit', name: 'Youth Services', manager: 'dcs' },
  ],
};

describe('withNodeNames', () => {
  it('names the nodes of a loop and of quoted ids, and leaves other words alone', () => {
    expect(withNodeNames('would make line management loop: dcs → youth-services → dcs', s)).toBe(
      "would make line management loop: Director of Children's Services → Youth Services → Director of Children's Services",
    );
    expect(withNodeNames('"youth-services" cannot report to itself', s)).toBe('Youth Services cannot report to itself');
    expect(withNodeNames('no node "nowhere"', s)).toBe('no node "nowhere"');
  });
});
