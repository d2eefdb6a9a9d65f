import { stepErrorLine } from '../words/index.ts';
import { conflictLine } from '../words/workspaceNames.ts';
import { resolveWorkspace } from '../options/index.ts';
import { parseWorkspace } from '../io/index.ts';
import type { MoveStep } from '../model/types.ts';
import { MemoryStorage } from '../../test/support/memoryStorage.ts';
import { createAppStore } from './createAppStore.ts';
import { STORAGE_KEY, UNREADABLE_PREFIX } from './persistence.ts';
import { VIEW_KEY, VIEW_UNREADABLE_PREFIX } from './viewPersistence.ts';
import { selectComparison, selectEditingOption } from './selectors.ts';
import { leedsWorkspace } from './leeds.ts';

const fresh = () => createAppStore({ storage: null, initial: leedsWorkspace() });
const option = (store: ReturnType<typeof fresh>, id: string) => {
  const o = store.getState().workspace.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
};

describe('the app store', () => {
  it('starts on the baseline against the last option, Option 5', () => {
    const { view } = fresh().getState();
    expect([view.left, view.right, view.mode]).toEqual(['leeds-2006', 'option-5', 'split']);
  });

  it('appends one move step and one undo entry for a move, and undo/redo walk it back and forth', () => {
    const store = fresh();
    const before = option(store, 'option-5').steps.length;
    expect(store.getState().moveNode('option-5', 'scrutiny-board', 'chief-executive', 'test')).toBe(true);
    const steps = option(store, 'option-5').steps;
    expect(steps).toHaveLength(before + 1);
    expect(steps.at(-1)).toEqual({ op: 'move', node: 'scrutiny-board', to: 'chief-executive', why: 'test' } satisfies MoveStep);
    expect(store.getState().history.past).toHaveLength(1);
    expect(selectComparison(store.getState())?.diff.moved.map((m) => m.node)).toContain('scrutiny-board');

    expect(store.getState().undo()).toBe(true);
    expect(option(store, 'option-5').steps).toHaveLength(before);
    expect(store.getState().redo()).toBe(true);
    expect(option(store, 'option-5').steps).toHaveLength(before + 1);
    expect(store.getState().redo()).toBe(false);
  });

  it('refuses a move onto the node’s own report, with a notice, and changes nothing', () => {
    const store = fresh();
    const ws = store.getState().workspace;
    expect(store.getState().moveNode('option-5', 'dcs', 'dcs-unit')).toBe(false);
    expect(store.getState().workspace).toBe(ws);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().notices.at(-1)?.text).toMatch(/Move refused: Director of Children's Services to report to DCS Unit: would make line management loop/);
  });

  it('does not edit the baseline, and a new option from it starts with the move', () => {
    const store = fresh();
    expect(store.getState().moveNode('leeds-2006', 'early-years', 'dcs')).toBe(false);
    const id = store.getState().newOptionFrom('leeds-2006', { op: 'move', node: 'early-years', to: 'dcs' });
    expect(id).toBe('option-6');
    expect(option(store, 'option-6')).toMatchObject({ steps: [{ op: 'move', node: 'early-years', to: 'dcs' }] });
    expect(option(store, 'option-6').from).toBeUndefined();
    expect(store.getState().view.right).toBe('option-6');
    expect(store.getState().newOptionFrom('option-6', { op: 'move', node: 'dcs', to: 'dcs-unit' })).toBeNull();
  });

  it('duplicates an option as "(variant)" with a new unique id, then renames it', () => {
    const store = fresh();
    const a = store.getState().duplicateOption('option-5');
    const b = store.getState().duplicateOption('option-5');
    expect(a).toBe('option-5-variant');
    expect(b).toBe('option-5-variant-2');
    expect(option(store, 'option-5-variant').title).toBe("Option 5: integrated Children's Services Directorate (variant)");
    expect(option(store, 'option-5-variant-2').title).toMatch(/\(variant 2\)$/);
    expect(option(store, 'option-5-variant').steps).toEqual(option(store, 'option-5').steps);
    expect(store.getState().renameOption('option-5-variant', '  Option 5b  ')).toBe(true);
    expect(option(store, 'option-5-variant').title).toBe('Option 5b');
    expect(store.getState().renameOption('option-5-variant', '   ')).toBe(false);
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('refuses to delete an option others start from, naming them; deletes one nothing starts from', () => {
    const store = fresh();
    expect(store.getState().deleteOption('option-1')).toBe(false);
    const notice = store.getState().notices.at(-1);
    expect(notice?.details).toEqual([option(store, 'option-2').title, option(store, 'option-3').title, option(store, 'option-4').title]);
    store.getState().setPreferred('option-5');
    expect(store.getState().deleteOption('option-5')).toBe(true);
    const ws = store.getState().workspace;
    expect(ws.options.map((o) => o.id)).toEqual(['option-1', 'option-2', 'option-3', 'option-4']);
    expect(ws.appraisal?.preferred).toBeUndefined();
    expect(store.getState().view.right).toBe('option-4');
    store.getState().undo();
    expect(store.getState().workspace.appraisal?.preferred).toBe('option-5');
  });

  it('removing a step shows later steps that now fail as errors; none is dropped', () => {
    const store = fresh();
    const steps = option(store, 'option-5').steps;
    const addAt = steps.findIndex((s) => s.op === 'add' && s.node.id === 'deputy-director-learning');
    expect(store.getState().removeStep('option-5', addAt)).toBe(true);
    const after = option(store, 'option-5').steps;
    expect(after).toHaveLength(steps.length - 1);
    const errors = resolveWorkspace(store.getState().workspace).stepErrors.get('option-5') ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => e.op === 'move' && stepErrorLine(e).includes('deputy-director-learning')).map((e) => e.index)).toEqual([3, 4, 5, 6, 7]);
    expect(errors.every((e) => e.index > addAt)).toBe(true);
    const notice = store.getState().notices.at(-1);
    expect(notice?.text).toMatch(/later steps? now fail/);
    // It lists them as the Conflicts strip says them, naming the removed deputy (the add step still writes its name).
    expect(notice?.details).toEqual(errors.map((e) => conflictLine(store.getState().workspace, e)));
    expect(notice?.details[0]).toMatch(/^“Option 5[^”]*”: Step 3 \(move\) no longer applies: it needs Deputy Director, Education and Learning \("deputy-director-learning"\), the post or unit it points to, which is no longer there\.$/);
    expect(store.getState().removeStep('option-5', 99)).toBe(false);
  });

  it('keeps the workspace when an import is invalid, listing every problem by place', () => {
    const store = fresh();
    const ws = store.getState().workspace;
    const bad = JSON.stringify({ ...ws, baseline: { ...ws.baseline, nodes: [...ws.baseline.nodes, { id: 'x', kind: 'unit', name: 'X', manager: 'nowhere' }] } });
    const result = store.getState().importWorkspace(bad);
    expect(result.ok).toBe(false);
    expect(store.getState().workspace).toBe(ws);
    const notice = store.getState().notices.at(-1);
    expect(notice?.tone).toBe('error');
    expect(notice?.details.some((d) => d.includes('nowhere'))).toBe(true);
    expect(store.getState().importWorkspace('{ not json').ok).toBe(false);
    expect(store.getState().workspace).toBe(ws);
  });

  it('imports a valid workspace as one undoable change and points the panes at it', () => {
    const store = fresh();
    const text = JSON.stringify({ format: 'org-options/1', title: 'Tiny', baseline: { id: 'base', title: 'Base', nodes: [{ id: 'a', kind: 'unit', name: 'A' }] }, options: [] });
    expect(store.getState().importWorkspace(text)).toEqual({ ok: true });
    expect(store.getState().workspace.title).toBe('Tiny');
    expect([store.getState().view.left, store.getState().view.right]).toEqual(['base', 'base']);
    store.getState().undo();
    expect(store.getState().workspace.baseline.id).toBe('leeds-2006');
  });

  it('exports text that parses back to the same workspace', () => {
    const store = fresh();
    store.getState().moveNode('option-5', 'scrutiny-board', 'dcs');
    const parsed = parseWorkspace(store.getState().exportWorkspace());
    expect(parsed.ok && parsed.workspace).toEqual(store.getState().workspace);
  });

  it('records judgements and the preferred option as undoable edits', () => {
    const store = fresh();
    store.getState().setJudgement('option-5', 'quality', { score: 4, note: 'strong' });
    store.getState().setScore('option-5', 'quality', 5);
    store.getState().setNote('option-3', 'risk', 'depends on recruitment');
    store.getState().setPreferred('option-3');
    const appraisal = store.getState().workspace.appraisal;
    expect(appraisal?.scores['option-5']?.quality).toEqual({ score: 5, note: 'strong' });
    expect(appraisal?.scores['option-3']?.risk).toEqual({ score: null, note: 'depends on recruitment' });
    expect(appraisal?.preferred).toBe('option-3');
    store.getState().setPreferred('nope');
    expect(store.getState().workspace.appraisal?.preferred).toBe('option-3');
    expect(store.getState().history.past).toHaveLength(4);
  });

  it('lists the right pane’s option for editing, else the left pane’s', () => {
    const store = fresh();
    expect(selectEditingOption(store.getState())?.id).toBe('option-5');
    store.getState().setPane('right', 'leeds-2006');
    store.getState().setPane('left', 'option-2');
    expect(selectEditingOption(store.getState())?.id).toBe('option-2');
  });

  it('memoises derived data on the workspace and panes', () => {
    const store = fresh();
    const first = selectComparison(store.getState());
    store.getState().select('dcs', true);
    expect(selectComparison(store.getState())).toBe(first);
    store.getState().moveNode('option-5', 'scrutiny-board', 'dcs');
    expect(selectComparison(store.getState())).not.toBe(first);
  });
});

describe('saved work', () => {
  it('saves each change and a new store reads it back', () => {
    const storage = new MemoryStorage();
    const a = createAppStore({ storage });
    expect(a.getState().workspace.baseline.id).toBe('leeds-2006');
    a.getState().moveNode('option-5', 'scrutiny-board', 'chief-executive');
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull();
    const b = createAppStore({ storage });
    expect(b.getState().workspace).toEqual(a.getState().workspace);
    expect(b.getState().notices).toEqual([]);
  });

  it('keeps unreadable saved work aside, says where, and loads Leeds', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"format": "org-options/1", "title": 3');
    const store = createAppStore({ storage });
    expect(store.getState().workspace.baseline.id).toBe('leeds-2006');
    const aside = storage.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX));
    expect(aside).toHaveLength(1);
    expect(storage.getItem(aside[0] ?? '')).toBe('{"format": "org-options/1", "title": 3');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    const notice = store.getState().notices[0];
    expect(notice?.tone).toBe('error');
    expect(notice?.text).toContain(aside[0]);
    expect(notice?.details.length).toBeGreaterThan(0);
  });

  it('brings the panes back as they were left, defaults for structures no longer there', () => {
    const storage = new MemoryStorage();
    const a = createAppStore({ storage });
    a.getState().setPane('left', 'option-1');
    a.getState().setPane('right', 'option-3');
    a.getState().setMode('single');
    const b = createAppStore({ storage });
    expect(b.getState().view).toMatchObject({ left: 'option-1', right: 'option-3', mode: 'single', sync: false });
    storage.setItem(VIEW_KEY, JSON.stringify({ mode: 'split', left: 'option-9', right: 'option-3', sync: true }));
    const c = createAppStore({ storage });
    expect(c.getState().view).toMatchObject({ left: 'leeds-2006', right: 'option-3', mode: 'split', sync: true });
  });

  it('keeps an unreadable pane choice aside, says so, and shows the default panes', () => {
    const storage = new MemoryStorage();
    storage.setItem(VIEW_KEY, '{"left": 3');
    const store = createAppStore({ storage });
    expect(store.getState().view).toMatchObject({ left: 'leeds-2006', right: 'option-5' });
    const aside = storage.keys().filter((k) => k.startsWith(VIEW_UNREADABLE_PREFIX));
    expect(aside.map((k) => storage.getItem(k))).toEqual(['{"left": 3']);
    expect(store.getState().notices[0]?.text).toContain(aside[0]);
  });

  it('reports a browser that refuses to save', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createAppStore({ storage });
    store.getState().moveNode('option-5', 'scrutiny-board', 'dcs');
    expect(store.getState().notices.at(-1)?.text).toMatch(/could not be saved.*QuotaExceededError/);
  });
});
