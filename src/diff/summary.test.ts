import type { Structure } from '../model/types.ts';
import { diffStructures } from './diff.ts';
import { summariseDiff } from './summary.ts';

const A: Structure = {
  id: 'leeds-2006',
  title: 'Leeds 2006',
  nodes: [
    { id: 'council', kind: 'body', name: 'Leeds City Council', manager: null },
    { id: 'dcs', kind: 'post', name: "Director of Children's Services", holder: 'Rosemary Archer', manager: 'council' },
    { id: 'chief-officer-early-years', kind: 'post', name: 'Chief Officer, Early Years', manager: 'dcs' },
    { id: 'early-years', kind: 'unit', name: 'Early Years', manager: 'chief-officer-early-years' },
    { id: 'education-leeds', kind: 'body', name: 'Education Leeds', manager: null },
    { id: 'education-leeds-ceo', kind: 'post', name: 'Chief Executive, Education Leeds', manager: 'education-leeds' },
    { id: 'education-leeds-board', kind: 'body', name: 'Board of Education Leeds' },
  ],
  links: [{ kind: 'contract', from: 'council', to: 'education-leeds' }],
  functions: [
    { id: 'school-improvement', name: 'School improvement', statutory: true },
    { id: 'youth-services', name: 'Youth services', statutory: true },
  ],
  accountable: { 'school-improvement': 'education-leeds-ceo' },
};

const B: Structure = {
  ...A,
  id: 'option-5',
  title: 'Option 5',
  nodes: [
    { id: 'council', kind: 'body', name: 'Leeds City Council', manager: null },
    { id: 'dcs', kind: 'post', name: "Director of Children's Services", holder: null, manager: 'council' },
    { id: 'deputy-director-learning', kind: 'post', name: 'Deputy Director, Education and Learning', manager: 'dcs' },
    { id: 'deputy-director-targeted', kind: 'post', name: 'Deputy Director, Targeted and Specialist Services', manager: 'dcs' },
    { id: 'chief-officer-early-years', kind: 'post', name: 'Chief Officer, Early Years', manager: null },
    { id: 'early-years', kind: 'unit', name: 'Early Years', manager: 'deputy-director-targeted' },
    { id: 'education-leeds', kind: 'unit', name: 'Learning Services', manager: 'deputy-director-learning' },
    { id: 'education-leeds-ceo', kind: 'post', name: 'Chief Executive, Education Leeds', manager: 'education-leeds' },
    { id: 'leeds-initiative', kind: 'body', name: 'Leeds Initiative' },
  ],
  links: [{ kind: 'partnership', from: 'dcs', to: 'leeds-initiative' }],
  accountable: { 'youth-services': 'deputy-director-targeted' },
};

describe('summariseDiff', () => {
  const lines = summariseDiff(diffStructures(A, B), A, B);

  it('names nodes and functions by name, in the order of the diff', () => {
    expect(lines).toEqual([
      "Added: Deputy Director, Education and Learning (reports to Director of Children's Services)",
      "Added: Deputy Director, Targeted and Specialist Services (reports to Director of Children's Services)",
      'Added: Leeds Initiative (no manager)',
      'Removed: Board of Education Leeds',
      "Chief Officer, Early Years: Director of Children's Services → (no manager)",
      'Early Years: Chief Officer, Early Years → Deputy Director, Targeted and Specialist Services',
      'Learning Services: (no manager) → Deputy Director, Education and Learning',
      "Director of Children's Services: holder Rosemary Archer → vacant",
      'Education Leeds: kind body → unit',
      'Education Leeds: name Education Leeds → Learning Services',
      "Link added (partnership): Director of Children's Services → Leeds Initiative",
      'Link removed (contract): Leeds City Council → Education Leeds',
      'School improvement: Chief Executive, Education Leeds → no one accountable (gap)',
      'Youth services: no one accountable (gap) → Deputy Director, Targeted and Specialist Services',
    ]);
  });

  it('says "vacant" for a post filled in B', () => {
    const filled: Structure = { ...A, nodes: A.nodes.map((n) => (n.id === 'dcs' ? { ...n, holder: 'Nigel Richardson' } : n)) };
    const vacant: Structure = { ...A, nodes: A.nodes.map((n) => (n.id === 'dcs' ? { ...n, holder: null } : n)) };
    expect(summariseDiff(diffStructures(vacant, filled), vacant, filled)).toEqual([
      "Director of Children's Services: holder vacant → Nigel Richardson",
    ]);
  });

  it('is empty for no differences', () => {
    expect(summariseDiff(diffStructures(A, A), A, A)).toEqual([]);
  });
});
