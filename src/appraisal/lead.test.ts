import type { Structure } from '../model/types.ts';
import { nodeIndex } from '../model/queries.ts';
import { measure } from '../model/measures.ts';
import { inferLead } from './lead.ts';

const structure = (accountable: Record<string, string>): Structure => ({
  id: 's', title: 'S',
  nodes: [
    { id: 'org', kind: 'body', name: 'Org' },
    { id: 'ceo', kind: 'post', name: 'Chief Executive', manager: 'org' },
    { id: 'director', kind: 'post', name: 'Director', manager: 'ceo' },
    { id: 'head-a', kind: 'post', name: 'Head of A', manager: 'director' },
    { id: 'team-a', kind: 'unit', name: 'Team A', manager: 'head-a' },
    { id: 'other', kind: 'post', name: 'Other director', manager: 'ceo' },
    { id: 'company', kind: 'body', name: 'Company' },
    { id: 'company-ceo', kind: 'post', name: 'Company CEO', manager: 'company' },
  ],
  functions: ['f1', 'f2', 'f3', 'f4'].map((id) => ({ id, name: id.toUpperCase() })),
  accountable,
});

const lead = (s: Structure) => inferLead(s, nodeIndex(s), measure(s).chains);

describe('inferLead', () => {
  it('picks the post carrying the most chains and, on a tie, the deepest (the director, not the chief executive above)', () => {
    expect(lead(structure({ f1: 'team-a', f2: 'head-a', f3: 'director', f4: 'other' }))).toBe('ceo');
    expect(lead(structure({ f1: 'team-a', f2: 'head-a', f3: 'director', f4: 'company-ceo' }))).toBe('director');
  });

  it('counts chains through posts only, so a unit holding everything does not lead', () => {
    expect(lead(structure({ f1: 'team-a', f2: 'team-a', f3: 'team-a' }))).toBe('head-a');
  });

  it('goes where the most chains go, even into another organisation', () => {
    expect(lead(structure({ f1: 'company-ceo', f2: 'company-ceo', f3: 'director' }))).toBe('company-ceo');
  });

  it('has no lead when no function is held by or under a post', () => {
    expect(lead(structure({}))).toBeNull();
  });
});
