import fc from 'fast-check';
import { caseText, LATER_STEPS, STALE } from '../../test/support/cases.ts';
import { Tabs } from '../../test/support/tabs.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import type { Workspace } from '../model/types.ts';
import { createAppStore, type AppStore } from './createAppStore.ts';
import { leedsWorkspace } from './leeds.ts';
import { readSaved, STORAGE_KEY } from './persistence.ts';

/** One thing an officer does; numbers pick an option, node or step by position, whatever the workspace then holds. */
type Action =
  | { do: 'move'; option: number; node: number; to: number }
  | { do: 'removeStep'; option: number; step: number }
  | { do: 'moveStep'; option: number; from: number; to: number }
  | { do: 'retarget'; option: number; step: number; to: number }
  | { do: 'why'; option: number; step: number; why: string }
  | { do: 'rename'; option: number; title: string }
  | { do: 'newOption'; option: number }
  | { do: 'duplicate'; option: number }
  | { do: 'delete'; option: number }
  | { do: 'undo' }
  | { do: 'redo' }
  | { do: 'reload' }
  | { do: 'otherTab'; option: number; title: string };

const n = fc.nat({ max: 60 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ do: fc.constant('move' as const), option: n, node: n, to: n }), weight: 3 },
  { arbitrary: fc.record({ do: fc.constant('removeStep' as const), option: n, step: n }), weight: 4 },
  fc.record({ do: fc.constant('moveStep' as const), option: n, from: n, to: n }),
  fc.record({ do: fc.constant('retarget' as const), option: n, step: n, to: n }),
  fc.record({ do: fc.constant('why' as const), option: n, step: n, why: fc.string({ maxLength: 12 }) }),
  fc.record({ do: fc.constant('rename' as const), option: n, title: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ do: fc.constant('newOption' as const), option: n }),
  fc.record({ do: fc.constant('duplicate' as const), option: n }),
  fc.record({ do: fc.constant('delete' as const), option: n }),
  fc.constant({ do: 'undo' as const }),
  fc.constant({ do: 'redo' as const }),
  { arbitrary: fc.constant({ do: 'reload' as const }), weight: 2 },
  fc.record({ do: fc.constant('otherTab' as const), option: n, title: fc.string({ minLength: 1, maxLength: 12 }) }),
);

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

function perform(store: AppStore, a: Action): void {
  const s = store.getState();
  const ws = s.workspace;
  const option = 'option' in a ? pick(ws.options, a.option) : undefined;
  const nodes = ws.baseline.nodes;
  switch (a.do) {
    case 'move':
      if (option) s.moveNode(option.id, pick(nodes, a.node)!.id, pick(nodes, a.to)!.id, 'property test');
      return;
    case 'removeStep':
      if (option && option.steps.length > 0) s.removeStep(option.id, a.step % option.steps.length);
      return;
    case 'moveStep':
      if (option && option.steps.length > 1) s.moveStep(option.id, a.from % option.steps.length, a.to % option.steps.length);
      return;
    case 'retarget': {
      const step = option && option.steps.length > 0 ? a.step % option.steps.length : -1;
      const target = option?.steps[step];
      if (option && target && 'node' in target && typeof target.node === 'string') s.retargetStep(option.id, step, target.node, pick(nodes, a.to)!.id);
      return;
    }
    case 'why':
      if (option && option.steps.length > 0) s.setStepWhy(option.id, a.step % option.steps.length, a.why);
      return;
    case 'rename':
      if (option) s.renameOption(option.id, a.title);
      return;
    case 'newOption':
      s.newOptionFrom(option?.id ?? ws.baseline.id);
      return;
    case 'duplicate':
      if (option) s.duplicateOption(option.id);
      return;
    case 'delete':
      if (option) s.deleteOption(option.id);
      return;
    case 'undo':
      s.undo();
      return;
    case 'redo':
      s.redo();
      return;
    case 'reload':
    case 'otherTab':
      return;
  }
}

/** The saved record reads back as the workspace on screen, and the workspace file round-trips. */
function expectSavedAndRoundTrips(store: AppStore, storage: Storage): void {
  const s = store.getState();
  expect(s.save.kind).toBe('saved');
  const text = storage.getItem(STORAGE_KEY);
  if (text !== null) {
    const read = readSaved(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.workspace).toEqual(s.workspace);
  }
  const exported = s.exportWorkspace();
  const parsed = parseWorkspace(exported);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  expect(parsed.workspace).toEqual(s.workspace);
  expect(serializeWorkspace(parsed.workspace)).toBe(exported);
}

const start = (name: string): Workspace => {
  const r = parseWorkspace(caseText(name));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.workspace;
};

describe('saved work under any sequence of edits', () => {
  it('edits, removed steps, reloads and a second tab always leave a workspace that saves, reloads and round-trips', () => {
    const starts = [leedsWorkspace(), start(STALE), start(LATER_STEPS)];
    fc.assert(
      fc.property(fc.nat({ max: starts.length - 1 }), fc.array(action, { minLength: 1, maxLength: 25 }), (which, actions) => {
        const tabs = new Tabs();
        let store = createAppStore({ ...tabs.tab(), versions: null });
        store.getState().importWorkspace(serializeWorkspace(starts[which]!));
        const other = createAppStore({ ...tabs.tab(), versions: null });
        tabs.deliver();
        for (const a of actions) {
          if (a.do === 'reload') {
            const before = store.getState().workspace;
            store = createAppStore({ ...tabs.tab(), versions: null });
            expect(store.getState().workspace).toEqual(before);
          } else if (a.do === 'otherTab') {
            const o = pick(other.getState().workspace.options, a.option);
            if (o) other.getState().renameOption(o.id, a.title);
            tabs.deliver();
            expect(store.getState().workspace).toEqual(other.getState().workspace);
          } else {
            perform(store, a);
            tabs.deliver();
          }
          expectSavedAndRoundTrips(store, tabs.storage);
        }
        expect(createAppStore({ storage: tabs.storage, versions: null }).getState().workspace).toEqual(store.getState().workspace);
      }),
      { numRuns: 40 },
    );
  });
});
