import { fileProblemWords } from '../words/fileProblems.ts';
import { stepErrorLine } from '../words/index.ts';
import type { Option, Workspace } from '../model/types.ts';
import { FORMAT } from '../model/types.ts';
import { sample } from '../../test/sampleStructure.ts';
import { resolveWorkspace } from './index.ts';

const workspace = (options: Option[]): Workspace => ({ format: FORMAT, title: 'T', baseline: sample(), options });

describe('resolveWorkspace', () => {
  it('resolves options from the baseline and from other options, in any order', () => {
    const ws = workspace([
      { id: 'b', title: 'B', from: 'a', steps: [{ op: 'move', node: 'early-years', to: 'deputy' }] },
      { id: 'a', title: 'A', steps: [{ op: 'add', node: { id: 'deputy', kind: 'post', name: 'Deputy', manager: 'dcs' } }] },
    ]);
    const { structures, errors, stepErrors } = resolveWorkspace(ws);
    expect(errors).toEqual([]);
    expect(stepErrors.size).toBe(0);
    expect([...structures.keys()].sort()).toEqual(['a', 'b', 'base']);
    expect(structures.get('base')).toBe(ws.baseline);
    expect(structures.get('b')).toMatchObject({ id: 'b', title: 'B' });
    expect(structures.get('b')!.nodes.find((n) => n.id === 'early-years')?.manager).toBe('deputy');
  });

  it('dates an option by its own asOf, else by the option it derives from, never by the baseline', () => {
    const ws = workspace([
      { id: 'a', title: 'A', asOf: '2011-04-01', steps: [] },
      { id: 'b', title: 'B', from: 'a', steps: [] },
      { id: 'c', title: 'C', steps: [] },
    ]);
    ws.baseline.asOf = '2009-10-01';
    const { structures } = resolveWorkspace(ws);
    expect(structures.get('a')?.asOf).toBe('2011-04-01');
    expect(structures.get('b')?.asOf).toBe('2011-04-01');
    expect(structures.get('c')).not.toHaveProperty('asOf');
  });

  it('names an unknown `from`, and leaves that option out', () => {
    const { structures, errors } = resolveWorkspace(workspace([{ id: 'a', title: 'A', from: 'x', steps: [] }]));
    expect(errors).toEqual([{ kind: 'unknown-from', option: { at: 0, id: 'a' }, from: 'x' }]);
    expect(errors.map(fileProblemWords)).toEqual(['options[0] "a".from: no structure or option "x"']);
    expect(structures.has('a')).toBe(false);
  });

  it('names a derivation loop by its chain, and options built on it', () => {
    const { errors } = resolveWorkspace(
      workspace([
        { id: 'c', title: 'C', from: 'a', steps: [] },
        { id: 'a', title: 'A', from: 'b', steps: [] },
        { id: 'b', title: 'B', from: 'a', steps: [] },
        { id: 'self', title: 'S', from: 'self', steps: [] },
      ]),
    );
    expect(errors.map(fileProblemWords)).toEqual([
      'options[1] "a".from: derivation loops: a → b → a',
      'options[0] "c".from: "a" cannot be resolved',
      'options[3] "self".from: derivation loops: self → self',
    ]);
  });

  it('resolves an option whose steps partly fail as far as they go, and options derived from it', () => {
    const ws = workspace([
      { id: 'a', title: 'A', steps: [{ op: 'remove', node: 'ghost' }, { op: 'remove', node: 'finance' }] },
      { id: 'b', title: 'B', from: 'a', steps: [{ op: 'move', node: 'early-years', to: 'ceo' }] },
    ]);
    const { structures, stepErrors } = resolveWorkspace(ws);
    expect(stepErrors.get('a')?.map(stepErrorLine)).toEqual(['a step 1 (remove): no node "ghost"']);
    expect(structures.get('b')!.nodes.map((n) => n.id)).not.toContain('finance');
  });

  it('memoises per workspace and per option object, so an edit recomputes only what changed', () => {
    const a: Option = { id: 'a', title: 'A', steps: [{ op: 'remove', node: 'finance' }] };
    const b: Option = { id: 'b', title: 'B', steps: [{ op: 'remove', node: 'partnership' }] };
    const ws = workspace([a, b]);
    const first = resolveWorkspace(ws);
    expect(resolveWorkspace(ws)).toBe(first);
    const edited = { ...ws, options: [a, { ...b, steps: [] }] };
    const second = resolveWorkspace(edited);
    expect(second.structures.get('a')).toBe(first.structures.get('a'));
    expect(second.structures.get('b')).not.toBe(first.structures.get('b'));
    const rebased = { ...ws, baseline: sample(), options: [a, b] };
    expect(resolveWorkspace(rebased).structures.get('a')).not.toBe(first.structures.get('a'));
  });
});

describe('conflicts: steps that no longer apply', () => {
  it('block their own option and the options derived from it, and nothing else', () => {
    const ws = workspace([
      { id: 'stale', title: 'Stale', steps: [{ op: 'move', node: 'ghost', to: 'dcs' }, { op: 'remove', node: 'finance' }] },
      { id: 'child', title: 'Child', from: 'stale', steps: [{ op: 'update', node: 'ceo', set: { holder: null } }] },
      { id: 'grandchild', title: 'Grandchild', from: 'child', steps: [{ op: 'remove', node: 'nobody' }] },
      { id: 'fine', title: 'Fine', steps: [{ op: 'remove', node: 'finance' }] },
    ]);
    const { structures, sound, stepErrors, blockedBy, errors } = resolveWorkspace(ws);
    expect(errors).toEqual([]);
    expect([...stepErrors.keys()]).toEqual(['stale', 'grandchild']);
    expect(stepErrors.get('stale')).toEqual([
      { option: 'stale', index: 1, op: 'move', refusal: { kind: 'no-node', role: 'node', id: 'ghost' }, needs: [{ kind: 'node', id: 'ghost', role: 'node' }] },
    ]);
    expect(Object.fromEntries(blockedBy)).toEqual({ stale: ['stale'], child: ['stale'], grandchild: ['grandchild', 'stale'] });
    expect([...sound.keys()]).toEqual(['base', 'fine']);
    // Blocked options are still there to show and repair, their stale steps skipped and the rest applied.
    expect(structures.get('stale')!.nodes.map((n) => n.id)).not.toContain('finance');
    expect(structures.get('child')!.nodes.find((n) => n.id === 'ceo')?.holder).toBeNull();
  });

  it('say what each step needs, typed', () => {
    const needs = (steps: Option['steps']) => resolveWorkspace(workspace([{ id: 'a', title: 'A', steps }])).stepErrors.get('a')?.map((e) => e.needs);
    expect(needs([{ op: 'remove', node: 'dcs' }])).toEqual([[{ kind: 'no-reports', node: 'dcs', reports: ['early-years', 'social-care'] }]]);
    expect(needs([{ op: 'move', node: 'ceo', to: 'dcs' }])).toEqual([[{ kind: 'no-loop', node: 'ceo', under: 'dcs' }]]);
    expect(needs([{ op: 'merge', nodes: ['x', 'finance'], into: 'y' }])).toEqual([[{ kind: 'node', id: 'x', role: 'node' }, { kind: 'node', id: 'y', role: 'into' }]]);
    expect(needs([{ op: 'add', node: { id: 'dcs', kind: 'post', name: 'D', manager: 'gone' } }])).toEqual([[{ kind: 'free-id', id: 'dcs' }, { kind: 'node', id: 'gone', role: 'manager' }]]);
    expect(needs([{ op: 'unlink', kind: 'dotted', from: 'ceo', to: 'dcs' }])).toEqual([[{ kind: 'link', link: { kind: 'dotted', from: 'ceo', to: 'dcs' } }]]);
    expect(needs([{ op: 'assign', function: 'nothing', to: 'ghost' }])).toEqual([[{ kind: 'function', id: 'nothing' }, { kind: 'node', id: 'ghost', role: 'to' }]]);
    expect(needs([{ op: 'update', node: 'ghost', set: { name: 'X' } }])).toEqual([[{ kind: 'node', id: 'ghost', role: 'node' }]]);
  });
});
