import { FORMAT, type Workspace } from '../../src/model/types.ts';
import { sample } from '../sampleStructure.ts';

/**
 * The sample structure with staffing and pay (people.md), in pounds, and two options:
 * `cut` removes Early Years (50 FTE, unpriced) and halves the DCS post; `grow` adds a priced deputy.
 */
export function staffedWorkspace(): Workspace {
  const baseline = sample();
  const set = (id: string, fields: object) => Object.assign(baseline.nodes.find((n) => n.id === id)!, fields);
  set('ceo', { grade: 'Chief Executive', fte: 1, pay: { min: 180000, max: 200000 } });
  set('dcs', { grade: 'Director', fte: 1, pay: { min: 120000, max: 130000 } });
  set('social-care', { fte: 300, pay: { min: 30000, max: 40000 } });
  set('early-years', { fte: 50 });
  set('partnership', { fte: 2.5, pay: { min: 40000, max: 40000 } });
  return {
    format: FORMAT,
    title: 'Staffed sample',
    currency: 'GBP',
    baseline,
    options: [
      {
        id: 'cut',
        title: 'Cut',
        steps: [
          { op: 'remove', node: 'early-years', why: 'Early years commissioned out' },
          { op: 'update', node: 'dcs', set: { fte: 0.5 }, why: 'Shared with another council' },
        ],
      },
      {
        id: 'grow',
        title: 'Grow',
        steps: [{ op: 'add', node: { id: 'deputy', kind: 'post', name: 'Deputy Director', manager: 'dcs', grade: 'Deputy', fte: 1, pay: { min: 90000, max: 100000 } } }],
      },
    ],
  };
}
