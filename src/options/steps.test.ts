import { ID_NAMES, refusalWords } from '../words/index.ts';
import type { Step, Structure } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { applySteps, checkStep } from './index.ts';

const apply1 = (step: Step, base: Structure = sample()) => {
  const { structure, errors } = applySteps(base, [step], 'opt');
  expect(errors).toEqual([]);
  return structure;
};
const node = (s: Structure, id: string) => s.nodes.find((n) => n.id === id);
const reason = (step: Step, base: Structure = sample()) => {
  const refusal = checkStep(base, step);
  return refusal && refusalWords(refusal, ID_NAMES);
};

describe('add', () => {
  it('appends a node under its manager', () => {
    const s = apply1({ op: 'add', node: { id: 'deputy', kind: 'post', name: 'Deputy Director', holder: null, manager: 'dcs' } });
    expect(s.nodes.at(-1)).toEqual({ id: 'deputy', kind: 'post', name: 'Deputy Director', holder: null, manager: 'dcs' });
    expect(s.nodes).toHaveLength(8);
  });
  it('adds a root when the manager is absent', () => {
    expect(node(apply1({ op: 'add', node: { id: 'board', kind: 'body', name: 'Board' } }), 'board')?.manager).toBeUndefined();
  });
  it('refuses an id already in use', () => {
    expect(reason({ op: 'add', node: { id: 'dcs', kind: 'post', name: 'Again' } })).toBe('node "dcs" already exists');
  });
  it('refuses a missing manager', () => {
    expect(reason({ op: 'add', node: { id: 'x', kind: 'post', name: 'X', manager: 'nowhere' } })).toBe('manager: no node "nowhere"');
  });
  it('refuses invalid values: slug, kind, name, holder', () => {
    expect(reason({ op: 'add', node: { id: 'Bad Id', kind: 'post', name: 'X' } })).toMatch(/id "Bad Id" is not a slug/);
    expect(reason({ op: 'add', node: { id: 'a'.repeat(65), kind: 'post', name: 'X' } })).toMatch(/longer than 64/);
    expect(reason({ op: 'add', node: { id: 'x', kind: 'boss' as never, name: 'X' } })).toMatch(/kind "boss" is not one of post, unit, body, member/);
    expect(reason({ op: 'add', node: { id: 'x', kind: 'post', name: '' } })).toBe('name is empty');
    expect(reason({ op: 'add', node: { id: 'x', kind: 'post', name: 'n'.repeat(201) } })).toMatch(/longer than 200/);
    expect(reason({ op: 'add', node: { id: 'x', kind: 'post', name: 'X', holder: 3 as never } })).toMatch(/holder must be a string or null/);
  });
});

describe('remove', () => {
  it('removes a node that manages nobody, with its links; its accountabilities become gaps', () => {
    const s = apply1({ op: 'remove', node: 'early-years' });
    expect(node(s, 'early-years')).toBeUndefined();
    expect(s.links).toEqual([
      { kind: 'partnership', from: 'dcs', to: 'partnership' },
      { kind: 'strategic', from: 'dcs', to: 'finance' },
    ]);
    expect(s.accountable).toEqual({ safeguarding: 'dcs' });
  });
  it('refuses a node that manages others, saying how many', () => {
    expect(reason({ op: 'remove', node: 'dcs' })).toBe('node "dcs" has 2 direct reports');
    expect(reason({ op: 'remove', node: 'council' })).toBe('node "council" has 1 direct report');
  });
  it('refuses a missing node', () => {
    expect(reason({ op: 'remove', node: 'ghost' })).toBe('no node "ghost"');
  });
});

describe('move', () => {
  it('changes the line manager', () => {
    expect(node(apply1({ op: 'move', node: 'early-years', to: 'ceo' }), 'early-years')?.manager).toBe('ceo');
  });
  it('makes a root with null', () => {
    expect(node(apply1({ op: 'move', node: 'finance', to: null }), 'finance')?.manager).toBeNull();
  });
  it('refuses missing nodes at either end', () => {
    expect(reason({ op: 'move', node: 'ghost', to: 'dcs' })).toBe('no node "ghost"');
    expect(reason({ op: 'move', node: 'dcs', to: 'deputy-director-learning' })).toBe('no node "deputy-director-learning"');
  });
  it('refuses a move under itself', () => {
    expect(reason({ op: 'move', node: 'dcs', to: 'dcs' })).toBe('"dcs" cannot report to itself');
  });
  it('refuses a move under one of its own reports, naming the loop', () => {
    expect(reason({ op: 'move', node: 'ceo', to: 'social-care' })).toBe('would make line management loop: ceo → social-care → dcs → ceo');
  });
});

describe('update', () => {
  it('sets name, holder, kind and note', () => {
    const s = apply1({ op: 'update', node: 'dcs', set: { name: 'Director', holder: null, kind: 'unit', note: 'vacant' } });
    expect(node(s, 'dcs')).toMatchObject({ name: 'Director', holder: null, kind: 'unit', note: 'vacant', manager: 'ceo' });
  });
  it('refuses an empty set, unknown fields and invalid values', () => {
    expect(reason({ op: 'update', node: 'dcs', set: {} })).toMatch(/changes nothing/);
    expect(reason({ op: 'update', node: 'dcs', set: { manager: 'ceo' } as never })).toBe('cannot set "manager" (only name, holder, kind, note, grade, fte, pay, unit, role, ref)');
    expect(reason({ op: 'update', node: 'dcs', set: { name: '' } })).toBe('name is empty');
    expect(reason({ op: 'update', node: 'dcs', set: { kind: 'boss' as never } })).toMatch(/kind "boss" is not one of/);
    expect(reason({ op: 'update', node: 'dcs', set: { holder: 5 as never } })).toMatch(/holder must be a string or null/);
    expect(reason({ op: 'update', node: 'dcs', set: { note: null as never } })).toMatch(/note must be a string/);
  });
  it('refuses a missing node', () => {
    expect(reason({ op: 'update', node: 'ghost', set: { name: 'X' } })).toBe('no node "ghost"');
  });
});

describe('merge', () => {
  it('moves reports, accountabilities and links to `into`, dropping self-links and duplicates', () => {
    const s = apply1({ op: 'merge', nodes: ['early-years', 'finance'], into: 'social-care' });
    expect(s.nodes.map((n) => n.id)).toEqual(['council', 'ceo', 'dcs', 'social-care', 'partnership']);
    expect(s.accountable).toEqual({ safeguarding: 'dcs', 'early-years': 'social-care' });
    expect(s.links).toEqual([
      { kind: 'partnership', from: 'dcs', to: 'partnership' },
      { kind: 'strategic', from: 'dcs', to: 'social-care' },
    ]);
  });
  it('re-points reports of merged nodes', () => {
    const s = apply1({ op: 'merge', nodes: ['dcs'], into: 'finance' });
    expect(node(s, 'social-care')?.manager).toBe('finance');
    expect(node(s, 'early-years')?.manager).toBe('finance');
    expect(s.accountable?.safeguarding).toBe('finance');
    expect(s.links).toEqual([
      { kind: 'partnership', from: 'finance', to: 'partnership' },
      { kind: 'dotted', from: 'early-years', to: 'finance', note: 'budget' },
    ]);
  });
  it('drops a re-pointed link that duplicates one `into` already has', () => {
    const base = sample();
    base.links!.push({ kind: 'partnership', from: 'ceo', to: 'partnership' });
    const s = apply1({ op: 'merge', nodes: ['dcs'], into: 'ceo' }, base);
    expect(s.links!.filter((l) => l.kind === 'partnership')).toEqual([{ kind: 'partnership', from: 'ceo', to: 'partnership' }]);
  });
  it('refuses no nodes, missing nodes, repeats, a missing `into` and `into` among the nodes', () => {
    expect(reason({ op: 'merge', nodes: [], into: 'dcs' })).toBe('no posts and units to merge');
    expect(reason({ op: 'merge', nodes: ['ghost'], into: 'dcs' })).toBe('no node "ghost"');
    expect(reason({ op: 'merge', nodes: ['finance', 'finance'], into: 'dcs' })).toBe('node "finance" is listed twice');
    expect(reason({ op: 'merge', nodes: ['finance'], into: 'ghost' })).toBe('into: no node "ghost"');
    expect(reason({ op: 'merge', nodes: ['finance', 'dcs'], into: 'dcs' })).toBe('cannot merge "dcs" into itself');
  });
  it('refuses a merge into one of the merged nodes’ own reports: a loop', () => {
    expect(reason({ op: 'merge', nodes: ['ceo'], into: 'social-care' })).toBe('would make line management loop: dcs → social-care → dcs');
    expect(reason({ op: 'merge', nodes: ['dcs'], into: 'early-years' })).toBe('would make line management loop: early-years → early-years');
  });
});

describe('link and unlink', () => {
  it('adds a link, with its note', () => {
    const s = apply1({ op: 'link', kind: 'political', from: 'council', to: 'dcs', note: 'lead member' });
    expect(s.links?.at(-1)).toEqual({ kind: 'political', from: 'council', to: 'dcs', note: 'lead member' });
  });
  it('adds the same ends with another kind', () => {
    expect(apply1({ op: 'link', kind: 'dotted', from: 'dcs', to: 'finance' }).links).toHaveLength(4);
  });
  it('refuses missing ends, self-links, duplicates and unknown kinds', () => {
    expect(reason({ op: 'link', kind: 'dotted', from: 'ghost', to: 'dcs' })).toBe('no node "ghost"');
    expect(reason({ op: 'link', kind: 'dotted', from: 'dcs', to: 'ghost' })).toBe('no node "ghost"');
    expect(reason({ op: 'link', kind: 'dotted', from: 'dcs', to: 'dcs' })).toBe('"dcs" cannot link to itself');
    expect(reason({ op: 'link', kind: 'strategic', from: 'dcs', to: 'finance' })).toBe('strategic link "dcs" → "finance" already exists');
    expect(reason({ op: 'link', kind: 'friendship' as never, from: 'dcs', to: 'ceo' })).toMatch(/link kind "friendship" is not one of/);
  });
  it('removes a link', () => {
    expect(apply1({ op: 'unlink', kind: 'strategic', from: 'dcs', to: 'finance' }).links).toHaveLength(2);
  });
  it('refuses to remove a link that is not there', () => {
    expect(reason({ op: 'unlink', kind: 'dotted', from: 'dcs', to: 'finance' })).toBe('no dotted link "dcs" → "finance"');
  });
});

describe('assign', () => {
  it('sets the accountable node, and makes a gap with null', () => {
    expect(apply1({ op: 'assign', function: 'budget', to: 'finance' }).accountable).toEqual({ safeguarding: 'dcs', 'early-years': 'early-years', budget: 'finance' });
    expect(apply1({ op: 'assign', function: 'safeguarding', to: null }).accountable).toEqual({ 'early-years': 'early-years' });
  });
  it('refuses a missing function or node', () => {
    expect(reason({ op: 'assign', function: 'ghost', to: 'dcs' })).toBe('no function "ghost"');
    expect(reason({ op: 'assign', function: 'budget', to: 'ghost' })).toBe('no node "ghost"');
  });
});

it('refuses an unknown op', () => {
  expect(reason({ op: 'jump', node: 'dcs' } as never)).toBe('unknown op "jump"');
});
