import { holderDetail } from './details.ts';
import { choiceLabel } from './editors.ts';
import { namesIn } from './names.ts';
import type { Structure } from '../model/types.ts';

describe('holderDetail: the one rule of chart and paper (format.md: null or absent is vacant)', () => {
  it('says the holder, or Vacant for a post or member with none; nothing for a unit or body no one holds', () => {
    expect(holderDetail({ kind: 'post', holder: 'Ann Lee' })).toBe('Ann Lee');
    expect(holderDetail({ kind: 'post' })).toBe('Vacant');
    expect(holderDetail({ kind: 'member', holder: null })).toBe('Vacant');
    expect(holderDetail({ kind: 'unit' })).toBeNull();
    expect(holderDetail({ kind: 'unit', holder: null })).toBe('Vacant');
  });

  it('shows control characters in a holder instead of obeying them', () => {
    expect(holderDetail({ kind: 'post', holder: 'Eve\u001b[2J' })).toBe('Eve\\x1b[2J');
  });
});

describe('choiceLabel: a node in a picker', () => {
  const s: Structure = {
    id: 's',
    title: 'S',
    nodes: [
      { id: 'a', kind: 'post', name: 'Chief Executive', holder: 'Paul Rogerson' },
      { id: 'b', kind: 'post', name: 'Team Leader', holder: 'Bea Lomax', manager: 'a' },
      { id: 'c', kind: 'post', name: 'Team Leader', manager: 'a' },
      { id: 'd', kind: 'unit', name: 'Early Years', manager: 'a' },
    ],
  };
  const names = namesIn(s);
  it('gives the holder after a unique name, and tells same-named nodes apart once', () => {
    expect(s.nodes.map((n) => choiceLabel(names, n))).toEqual(['Chief Executive (Paul Rogerson)', 'Team Leader (Bea Lomax)', 'Team Leader (vacant)', 'Early Years']);
  });
});
