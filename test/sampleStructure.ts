import type { Structure } from '../src/model/types.ts';

/**
 * council
 * ├─ ceo
 * │  ├─ dcs
 * │  │  ├─ social-care
 * │  │  └─ early-years
 * │  └─ finance
 * partnership (a second root)
 */
export function sample(): Structure {
  return {
    id: 'base',
    title: 'Sample',
    nodes: [
      { id: 'council', kind: 'body', name: 'Council', manager: null },
      { id: 'ceo', kind: 'post', name: 'Chief Executive', holder: 'Paul Rogerson', manager: 'council' },
      { id: 'dcs', kind: 'post', name: 'Director of Children’s Services', holder: 'Rosemary Archer', manager: 'ceo' },
      { id: 'social-care', kind: 'unit', name: 'Social Care', manager: 'dcs' },
      { id: 'early-years', kind: 'unit', name: 'Early Years', manager: 'dcs' },
      { id: 'finance', kind: 'unit', name: 'Finance', manager: 'ceo' },
      { id: 'partnership', kind: 'body', name: 'Children Leeds' },
    ],
    links: [
      { kind: 'partnership', from: 'dcs', to: 'partnership' },
      { kind: 'strategic', from: 'dcs', to: 'finance' },
      { kind: 'dotted', from: 'early-years', to: 'finance', note: 'budget' },
    ],
    functions: [
      { id: 'safeguarding', name: 'Safeguarding', statutory: true },
      { id: 'early-years', name: 'Early years provision' },
      { id: 'budget', name: 'Budget' },
    ],
    accountable: { safeguarding: 'dcs', 'early-years': 'early-years' },
  };
}
