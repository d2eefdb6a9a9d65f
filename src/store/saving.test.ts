import { stepErrorLine } from '../words/index.ts';
import { caseText, LATER_STEPS, STALE } from '../../test/support/cases.ts';
import { MemoryStorage } from '../../test/support/memoryStorage.ts';
import { Tabs } from '../../test/support/tabs.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import { createAppStore } from './createAppStore.ts';
import { readSaved, STORAGE_KEY, UNREADABLE_PREFIX } from './persistence.ts';

const rebalanceConflicts = (store: ReturnType<typeof createAppStore>) =>
  resolveWorkspace(store.getState().workspace).stepErrors.get('rebalance')?.map(stepErrorLine);

describe('saved work with steps that no longer apply', () => {
  it.each([
    [STALE, ['rebalance step 2 (move): no node "cw-3"'], ['“Rebalance teams”: Step 2 (move) no longer applies: it needs "cw-3", the post or unit it acts on, which is no longer there.']],
    [
      LATER_STEPS,
      ['rebalance step 2 (remove): node "tl-3" has 1 direct report'],
      ['“Rebalance teams”: Step 2 (remove) no longer applies: it needs Team Leader (vacant) ("tl-3") to have no direct reports, but it now has 1 direct report (Caseworker (vacant) ("cw-3")).'],
    ],
  ])('%s reloads intact, conflicts shown, never Leeds', (name, conflicts, noticed) => {
    const storage = new MemoryStorage();
    const text = caseText(name);
    storage.setItem(STORAGE_KEY, text);
    const store = createAppStore({ storage });
    const expected = parseWorkspace(text);
    expect(expected.ok && store.getState().workspace).toEqual(expected.ok && expected.workspace);
    expect(rebalanceConflicts(store)).toEqual(conflicts);
    // The notice lists them as the Conflicts strip says them: the same words, in names.
    expect(store.getState().notices[0]?.details).toEqual(noticed);
    expect(storage.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX))).toEqual([]);
    // An edit saves it, conflicts and all, and a reload gives back the same workspace.
    store.getState().renameOption('rebalance', 'Rebalance teams (draft)');
    expect(store.getState().save).toMatchObject({ kind: 'saved' });
    const again = createAppStore({ storage });
    expect(again.getState().workspace).toEqual(store.getState().workspace);
    expect(rebalanceConflicts(again)).toEqual(conflicts);
    // Export workspace and Import round-trip it.
    const exported = again.getState().exportWorkspace();
    const other = createAppStore({ storage: null });
    expect(other.getState().importWorkspace(exported)).toEqual({ ok: true });
    expect(other.getState().workspace).toEqual(again.getState().workspace);
    expect(other.getState().exportWorkspace()).toBe(exported);
  });

  it('removing step 2 of rebalance in the app and reloading keeps the officer’s workspace (the reported loss)', () => {
    const storage = new MemoryStorage();
    const before = JSON.parse(caseText(LATER_STEPS));
    before.options[0].steps.splice(1, 0, { op: 'move', node: 'cw-3', to: 'tl-1' });
    storage.setItem(STORAGE_KEY, JSON.stringify(before));
    const store = createAppStore({ storage });
    expect(rebalanceConflicts(store)).toBeUndefined();
    store.getState().removeStep('rebalance', 1);
    expect(rebalanceConflicts(store)).toEqual(['rebalance step 2 (remove): node "tl-3" has 1 direct report']);
    const reloaded = createAppStore({ storage });
    expect(reloaded.getState().workspace.title).toBe(before.title);
    expect(reloaded.getState().workspace).toEqual(store.getState().workspace);
  });
});

describe('never losing work', () => {
  it('reads a bare workspace saved before revisions as revision 0, and saves revision 1 over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, caseText(STALE));
    const store = createAppStore({ storage });
    expect(store.getState().save).toEqual({ kind: 'saved', revision: 0 });
    store.getState().renameOption('unrelated', 'Renamed');
    expect(store.getState().save).toEqual({ kind: 'saved', revision: 1 });
    const read = readSaved(storage.getItem(STORAGE_KEY)!);
    expect(read.ok && read.revision).toBe(1);
  });

  it('holds back from unreadable saved work too big to set aside: nothing saves over it until the officer chooses', () => {
    const storage = new MemoryStorage();
    const unreadable = '{"format": "org-options/1", "title": 3';
    storage.setItem(STORAGE_KEY, unreadable);
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (k.startsWith(UNREADABLE_PREFIX)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(k, v);
    };
    const store = createAppStore({ storage });
    expect(store.getState().save).toEqual({ kind: 'not-saved', reason: { kind: 'held' } });
    expect(store.getState().held).toBe(unreadable);
    expect(store.getState().notices[0]?.text).toMatch(/no room to keep a copy aside/);
    store.getState().renameOption('option-5', 'Mine');
    expect(storage.getItem(STORAGE_KEY)).toBe(unreadable);
    expect(createAppStore({ storage }).getState().held).toBe(unreadable);
    store.getState().replaceHeld();
    expect(store.getState().save).toMatchObject({ kind: 'saved' });
    expect(createAppStore({ storage }).getState().workspace.options.find((o) => o.id === 'option-5')?.title).toBe('Mine');
  });

  it('says Not saved, not Saved, when the browser refuses to read its storage', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = createAppStore({ storage });
    expect(store.getState().save).toEqual({ kind: 'not-saved', reason: { kind: 'refused', message: 'SecurityError: The operation is insecure.' } });
  });

  it('reports storage full in the saved state, and saves again once there is room', () => {
    const storage = new MemoryStorage();
    const store = createAppStore({ storage });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    store.getState().renameOption('option-5', 'Full');
    expect(store.getState().save).toMatchObject({ kind: 'not-saved', reason: { kind: 'full' } });
    expect(store.getState().notices.at(-1)?.text).toMatch(/could not be saved/);
    storage.setItem = setItem;
    store.getState().renameOption('option-5', 'Room again');
    expect(store.getState().save).toMatchObject({ kind: 'saved' });
  });
});

describe('one workspace, several tabs', () => {
  it('an edit in one tab reaches the other', () => {
    const tabs = new Tabs();
    const a = createAppStore(tabs.tab());
    const b = createAppStore(tabs.tab());
    a.getState().renameOption('option-5', 'From tab A');
    tabs.deliver();
    expect(b.getState().workspace).toEqual(a.getState().workspace);
    expect(b.getState().notices.at(-1)?.text).toMatch(/another tab/);
    b.getState().renameOption('option-4', 'From tab B');
    tabs.deliver();
    expect(a.getState().workspace.options.find((o) => o.id === 'option-4')?.title).toBe('From tab B');
    expect(a.getState().save).toEqual(b.getState().save);
  });

  it('never saves over a newer edit unasked: the officer keeps theirs or takes the other', () => {
    const tabs = new Tabs();
    const a = createAppStore(tabs.tab());
    const b = createAppStore(tabs.tab());
    a.getState().renameOption('option-5', 'A’s title');
    b.getState().renameOption('option-5', 'B’s title');
    expect(b.getState().save).toEqual({ kind: 'not-saved', reason: { kind: 'newer' } });
    const savedA = tabs.storage.getItem(STORAGE_KEY);
    b.getState().renameOption('option-4', 'B again');
    expect(tabs.storage.getItem(STORAGE_KEY)).toBe(savedA);
    tabs.deliver();
    b.getState().takeTheirs();
    expect(b.getState().workspace.options.find((o) => o.id === 'option-5')?.title).toBe('A’s title');
    b.getState().undo();
    expect(b.getState().workspace.options.find((o) => o.id === 'option-5')?.title).toBe('B’s title');
    expect(b.getState().save).toMatchObject({ kind: 'saved' });
    tabs.deliver();
    expect(a.getState().workspace).toEqual(b.getState().workspace);

    a.getState().renameOption('option-3', 'A edits again');
    b.getState().renameOption('option-3', 'B edits again');
    expect(b.getState().save).toMatchObject({ kind: 'not-saved' });
    b.getState().keepMine();
    tabs.deliver();
    expect(a.getState().save).toMatchObject({ kind: 'saved' });
    expect(a.getState().workspace).toEqual(b.getState().workspace);
    expect(serializeWorkspace(a.getState().workspace)).toContain('B edits again');
  });

  it('two tabs that save at the same moment, each before the other\'s write reaches it, are told, not left saying "Saved"', () => {
    const tabs = new Tabs(true);
    const a = createAppStore(tabs.tab());
    const b = createAppStore(tabs.tab());
    a.getState().renameOption('option-5', 'A at the same moment');
    b.getState().renameOption('option-4', 'B at the same moment');
    expect(a.getState().save).toMatchObject({ kind: 'saved' });
    expect(b.getState().save).toMatchObject({ kind: 'saved' });
    tabs.deliver();
    for (const tab of [a, b]) {
      expect(tab.getState().save).toEqual({ kind: 'not-saved', reason: { kind: 'newer' } });
      expect(tab.getState().notices.at(-1)?.tone).toBe('warning');
    }
    a.getState().keepMine();
    tabs.deliver();
    b.getState().takeTheirs();
    expect(b.getState().workspace).toEqual(a.getState().workspace);
    b.getState().undo();
    expect(b.getState().workspace.options.find((o) => o.id === 'option-4')?.title).toBe('B at the same moment');
  });
});
