import type { Structure } from '../../model/types.ts';
import { findUnits } from './findUnits.ts';

const s = (id: string, names: [string, string][]): Structure => ({ id, title: id, nodes: names.map(([nid, name]) => ({ id: nid, kind: 'unit', name })) });

describe('findUnits', () => {
  const a = s('a', [['co', 'Chief Officer, Early Years'], ['ey', 'Early Years'], ['yt', 'Youth Services']]);
  const b = s('b', [['ey', 'Early Years'], ['eys', 'Early Years Support'], ['cafe', 'Café Services']]);

  it('puts exact names first, then names starting with the query, then the rest, each id once', () => {
    expect(findUnits([a, b], 'early years').map((m) => m.id)).toEqual(['ey', 'eys', 'co']);
  });

  it('ignores case and accents, and finds nothing for a blank query', () => {
    expect(findUnits([b], 'CAFE').map((m) => m.id)).toEqual(['cafe']);
    expect(findUnits([a, null], '   ')).toEqual([]);
    expect(findUnits([a], 'nothing')).toEqual([]);
  });
});
