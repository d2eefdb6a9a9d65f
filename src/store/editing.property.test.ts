import fc from 'fast-check';
import { LINK_KINDS, NODE_KINDS, type Step, type Workspace } from '../model/types.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import { removalPlan, resolveWorkspace, suggestNodeId } from '../options/index.ts';
import { MemoryStorage } from '../../test/support/memoryStorage.ts';
import { createAppStore, type AppStore } from './createAppStore.ts';
import { readSaved, STORAGE_KEY } from './persistence.ts';
import { leedsWorkspace } from './leeds.ts';

/**
 * One thing an officer does with the editors, as numbers: which option (by position), which nodes (by position in
 * the option's structure, modulo its size), what text. Interpreted against the store as it then stands, so most
 * actions apply and some are refused, as on screen.
 */
type Action =
  | { do: 'add'; at: number; kind: number; name: string; why: string; vacant: boolean; fte: number | null }
  | { do: 'update'; at: number; name: string; holder: string | null; note: string; why: string }
  | { do: 'remove' | 'move' | 'merge' | 'drag'; at: number; other: number; why: string }
  | { do: 'link'; at: number; other: number; kind: number; why: string }
  | { do: 'unlink'; at: number }
  | { do: 'assign'; at: number; fn: number; clear: boolean }
  | { do: 'editWhy' | 'reorder'; step: number; to: number; why: string }
  | { do: 'newOption' | 'duplicate' | 'undo' | 'redo'; at: number };

const text = fc.string({ minLength: 0, maxLength: 12 });
const name = fc.string({ minLength: 1, maxLength: 16 });
const n = fc.nat({ max: 1000 });

const arbAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ do: fc.constant('add' as const), at: n, kind: n, name, why: text, vacant: fc.boolean(), fte: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('update' as const), at: n, name, holder: fc.option(name, { nil: null }), note: text, why: text }) },
  { weight: 4, arbitrary: fc.record({ do: fc.constantFrom('remove' as const, 'move' as const, 'merge' as const, 'drag' as const), at: n, other: n, why: text }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('link' as const), at: n, other: n, kind: n, why: text }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('unlink' as const), at: n }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('assign' as const), at: n, fn: n, clear: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constantFrom('editWhy' as const, 'reorder' as const), step: n, to: n, why: text }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constantFrom('newOption' as const, 'duplicate' as const, 'undo' as const, 'redo' as const), at: n }) },
);

const withWhy = <S extends Step>(s: S, why: string): S => (why.trim() ? { ...s, why: why.trim() } : s);

/** Does one action through the store, as the editors would. */
function perform(store: AppStore, a: Action): void {
  const state = store.getState();
  const ws = state.workspace;
  if (a.do === 'undo') return void state.undo();
  if (a.do === 'redo') return void state.redo();
  if (a.do === 'newOption') return void state.newOptionFrom(ws.baseline.id);
  if (ws.options.length === 0) return;
  if (a.do === 'duplicate') return void state.duplicateOption(ws.options[a.at % ws.options.length]!.id);
  const option = ws.options[('at' in a ? a.at : a.step) % ws.options.length]!;
  const s = resolveWorkspace(ws).structures.get(option.id);
  if (!s || s.nodes.length === 0) return;
  const node = s.nodes[('at' in a ? a.at : 0) % s.nodes.length]!;
  const other = 'other' in a ? s.nodes[a.other % s.nodes.length]! : node;
  switch (a.do) {
    case 'add': {
      const id = suggestNodeId(s, a.name);
      const kind = NODE_KINDS[a.kind % NODE_KINDS.length]!;
      const added = { id, kind, name: a.name, manager: node.id, ...(a.vacant ? { holder: null } : {}), ...(a.fte === null ? {} : { fte: a.fte }) };
      state.addSteps(option.id, [withWhy({ op: 'add', node: added }, a.why)], 'Add');
      return;
    }
    case 'update':
      state.addSteps(option.id, [withWhy({ op: 'update', node: node.id, set: { name: a.name, holder: a.holder, note: a.note } }, a.why)], 'Edit');
      return;
    case 'remove': {
      const plan = removalPlan(s, node.id, a.why.trim() || undefined);
      if (plan.ok) state.addSteps(option.id, plan.steps, 'Remove');
      return;
    }
    case 'move':
      state.addSteps(option.id, [withWhy({ op: 'move', node: node.id, to: other.id }, a.why)], 'Move');
      return;
    case 'drag':
      state.moveNode(option.id, node.id, other.id);
      return;
    case 'merge':
      state.addSteps(option.id, [withWhy({ op: 'merge', nodes: [node.id], into: other.id }, a.why)], 'Merge');
      return;
    case 'link':
      state.addSteps(option.id, [withWhy({ op: 'link', kind: LINK_KINDS[a.kind % LINK_KINDS.length]!, from: node.id, to: other.id }, a.why)], 'Link');
      return;
    case 'unlink': {
      const links = s.links ?? [];
      const l = links[a.at % Math.max(1, links.length)];
      if (l) state.addSteps(option.id, [{ op: 'unlink', kind: l.kind, from: l.from, to: l.to }], 'Unlink');
      return;
    }
    case 'assign': {
      const fns = s.functions ?? [];
      const fn = fns[a.fn % Math.max(1, fns.length)];
      if (fn) state.addSteps(option.id, [{ op: 'assign', function: fn.id, to: a.clear ? null : node.id }], 'Assign');
      return;
    }
    case 'editWhy':
    case 'reorder': {
      const count = option.steps.length;
      if (count === 0) return;
      const i = a.step % count;
      if (a.do === 'editWhy') state.setStepWhy(option.id, i, a.why);
      else state.moveStep(option.id, i, a.to % count);
    }
  }
}

const failing = (ws: Workspace) => [...resolveWorkspace(ws).stepErrors.values()].flat().length;

describe('any sequence of editor actions', () => {
  it('leaves a workspace that saves, reloads and round-trips, with no step failing', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbAction, { minLength: 1, maxLength: 25 }), (actions) => {
        const storage = new MemoryStorage();
        const initial = leedsWorkspace();
        const store = createAppStore({ storage, initial });
        for (const a of actions) perform(store, a);
        const ws = store.getState().workspace;
        expect(failing(ws)).toBe(0);
        const text = storage.getItem(STORAGE_KEY);
        if (text === null) expect(ws).toBe(initial);
        else {
          const saved = readSaved(text);
          if (!saved.ok) throw new Error(saved.errors.join('\n'));
          expect(saved.workspace).toEqual(ws);
        }
        const parsed = parseWorkspace(serializeWorkspace(ws));
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        expect(parsed.workspace).toEqual(ws);
        if (storage.getItem(STORAGE_KEY) !== null) {
          const reloaded = createAppStore({ storage });
          expect(reloaded.getState().notices).toEqual([]);
          expect(reloaded.getState().workspace).toEqual(ws);
        }
      }),
      { numRuns: 60 },
    );
  });
});
