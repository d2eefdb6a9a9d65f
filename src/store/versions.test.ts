import 'fake-indexeddb/auto';
import { caseText, STALE } from '../../test/support/cases.ts';
import { parseWorkspace } from '../io/index.ts';
import { createAppStore } from './createAppStore.ts';
import { leedsWorkspace } from './leeds.ts';

const fresh = () => createAppStore({ storage: null, initial: leedsWorkspace() });

describe('named versions (IndexedDB through idb-keyval)', () => {
  it('saves the workspace under a name, goes back to it as an undoable change, exports it, deletes it', async () => {
    const store = fresh();
    expect(store.getState().versionsAvailable).toBe(true);
    expect(await store.getState().saveVersion('  ')).toBe(false);
    expect(await store.getState().saveVersion('Before the Board')).toBe(true);
    const before = store.getState().workspace;
    store.getState().renameOption('option-5', 'Changed after');
    expect(await store.getState().saveVersion('After')).toBe(true);
    expect(store.getState().versions.map((v) => v.name)).toEqual(['After', 'Before the Board']);

    // Another store (a reload) sees the same versions.
    const other = fresh();
    await other.getState().refreshVersions();
    expect(other.getState().versions.map((v) => v.name)).toEqual(['After', 'Before the Board']);

    const first = store.getState().versions[1]!;
    expect(await store.getState().restoreVersion(first.id)).toBe(true);
    expect(store.getState().workspace).toEqual(before);
    store.getState().undo();
    expect(store.getState().workspace.options.find((o) => o.id === 'option-5')?.title).toBe('Changed after');

    const text = await store.getState().versionText(first.id);
    const parsed = parseWorkspace(text ?? '');
    expect(parsed.ok && parsed.workspace).toEqual(before);

    await store.getState().deleteVersion(first.id);
    expect(store.getState().versions.map((v) => v.name)).toEqual(['After']);
    await store.getState().deleteVersion(store.getState().versions[0]!.id);
  });

  it('keeps a workspace with conflicts as a version and brings it back intact', async () => {
    const parsed = parseWorkspace(caseText(STALE));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const store = createAppStore({ storage: null, initial: parsed.workspace });
    await store.getState().saveVersion('Stale');
    store.getState().removeStep('rebalance', 1);
    const version = store.getState().versions.find((v) => v.name === 'Stale')!;
    expect(await store.getState().restoreVersion(version.id)).toBe(true);
    expect(store.getState().workspace).toEqual(parsed.workspace);
    await store.getState().deleteVersion(version.id);
  });

  it('says so where the browser has no IndexedDB', async () => {
    const store = createAppStore({ storage: null, initial: leedsWorkspace(), versions: null });
    expect(store.getState().versionsAvailable).toBe(false);
    expect(await store.getState().saveVersion('x')).toBe(false);
    expect(store.getState().notices.at(-1)?.text).toMatch(/IndexedDB/);
  });
});
