import type { Structure } from '../../model/types.ts';
import { findUnits } from './findUnits.ts';

const s = (id: string, names: [string, string][]): Structure => ({ id, title: id, nodes: names.map(([nid, name]) => ({ id: nid, kind: 'unit', name })) });

describe('findUnits', () => {
  const a = s('a', [['co', 'Chief Officer, Early Years'], ['ey', 'Early Years'], ['yt', 'Youth Services']]);
  const b = s('b', [['ey', 'Early Years'], ['eys', 'Early Years Support'], ['cafe', 'Café Services']]);

  it('puts exact names first, then names starting with the query, then the rest, each id once', () => {
    expect(findUnits([a, b], 'early years').map((m) => [m.id, m.structure])).toEqual([['ey', 0], ['eys', 1], ['co', 0]]);
  });

  it('ignores case and accents, and finds nothing for a blank query', () => {
    expect(findUnits([b], 'CAFE').map((m) => m.id)).toEqual(['cafe']);
    expect(findUnits([a, null], '   ')).toEqual([]);
    expect(findUnits([a], 'nothing')).toEqual([]);
  });
});

describe('findUnits on people fields', () => {
  const s: Structure = {
    id: 's',
    title: 'S',
    nodes: [
      { id: 'head', kind: 'post', name: 'Head of Service', holder: 'Jane Early', grade: 'SCS1', unit: 'Corporate' },
      { id: 'ey', kind: 'unit', name: 'Early Years', unit: 'Children' },
      { id: 'clerk', kind: 'post', name: 'Clerk', grade: 'AO', unit: 'Early Help Team' },
    ],
  };

  it('searches holders, grades and units as well as names, and says which matched', () => {
    expect(findUnits([s], 'scs1')).toEqual([{ id: 'head', name: 'Head of Service', field: 'grade', value: 'SCS1', structure: 0 }]);
    expect(findUnits([s], 'children').map((m) => [m.id, m.field])).toEqual([['ey', 'unit']]);
    expect(findUnits([s], 'early').map((m) => [m.id, m.field])).toEqual([['ey', 'name'], ['clerk', 'unit'], ['head', 'holder']]);
  });
});
