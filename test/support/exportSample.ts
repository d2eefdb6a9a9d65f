import type { Step, Structure } from '../../src/model/types.ts';

export const HOSTILE = `<script>alert("x")</script> & 'Q' ]]> 🎉`;

/** A small structure with every node kind, a stack of leaves, hostile text and links of two kinds. */
export const base: Structure = {
  id: 'base',
  title: 'Before <b>&</b>',
  asOf: '2020-01-01',
  nodes: [
    { id: 'ceo', kind: 'post', name: 'Chief Executive', holder: 'Ann Smith' },
    { id: 'dcs', kind: 'post', name: HOSTILE, holder: 'Bob "B" Jones', manager: 'ceo' },
    { id: 'vacant', kind: 'post', name: 'Head of Learning', manager: 'ceo' },
    { id: 'u1', kind: 'unit', name: 'Early Years', manager: 'dcs' },
    { id: 'u2', kind: 'unit', name: 'Youth Services', manager: 'dcs' },
    { id: 'u3', kind: 'unit', name: 'Social Care', manager: 'dcs' },
    { id: 'u4', kind: 'unit', name: 'Business Support', manager: 'dcs' },
    { id: 'board', kind: 'body', name: 'Company Board' },
    { id: 'cllr', kind: 'member', name: 'Executive Member', holder: 'Cllr Green' },
  ],
  links: [
    { kind: 'political', from: 'cllr', to: 'dcs' },
    { kind: 'governance', from: 'board', to: 'ceo' },
  ],
  functions: [{ id: 'ey', name: 'Early years', statutory: true }],
  accountable: { ey: 'dcs' },
};

export const steps: Step[] = [
  { op: 'add', node: { id: 'dd', kind: 'post', name: 'Deputy Director', manager: 'dcs' }, why: 'A deputy leads learning.' },
  { op: 'move', node: 'u1', to: 'dd', why: 'Early years joins learning.' },
  { op: 'remove', node: 'u4', why: 'Support is shared.' },
  { op: 'update', node: 'dcs', set: { holder: null }, why: 'The director retires.' },
  { op: 'link', kind: 'strategic', from: 'dcs', to: 'board', why: 'The director steers the company.' },
  { op: 'assign', function: 'ey', to: 'dd', why: 'The deputy answers for early years.' },
];

/** `base` with `steps` applied, written out by hand so these tests need nothing but the diff. */
export const after: Structure = {
  ...base,
  id: 'after',
  title: 'After',
  nodes: [
    ...base.nodes.filter((n) => n.id !== 'u4').map((n) =>
      n.id === 'u1' ? { ...n, manager: 'dd' } : n.id === 'dcs' ? { ...n, holder: null } : n),
    { id: 'dd', kind: 'post', name: 'Deputy Director', manager: 'dcs' },
  ],
  links: [...base.links!, { kind: 'strategic', from: 'dcs', to: 'board' }],
  accountable: { ey: 'dd' },
};
