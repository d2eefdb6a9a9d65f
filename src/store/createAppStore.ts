import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Workspace } from '../model/types.ts';
import type { AppState } from './types.ts';
import { createWorkspaceSlice } from './workspaceSlice.ts';
import { createHistorySlice } from './historySlice.ts';
import { createEditSlice } from './editSlice.ts';
import { createViewSlice } from './viewSlice.ts';
import { createNoticeSlice } from './noticeSlice.ts';
import { initialView } from './viewDefaults.ts';
import { loadView, sameSavedView, saveView } from './viewPersistence.ts';
import { leedsWorkspace } from './leeds.ts';
import { loadSaved, type LoadedSaved } from './persistence.ts';
import { createConflictSlice } from './conflictSlice.ts';
import { createVersionSlice } from './versionSlice.ts';
import { indexedDbShelf, type VersionShelf } from './versions.ts';
import { Autosave, createSaveSlice, type StorageChange } from './autosave.ts';
import type { SaveStatus } from './types.ts';

export interface AppStoreOptions {
  /** Where work is saved; the browser's localStorage when absent, nowhere when null. */
  storage?: Storage | null;
  /** Start from this workspace instead of the saved one (or Leeds). */
  initial?: Workspace;
  /**
   * How this store hears that another tab saved (the browser's `storage` event on window when absent and saving to
   * localStorage); tests pass their own to play two tabs.
   */
  listen?: (onChange: (change: StorageChange) => void) => void;
  /** Where named versions are kept: the browser's IndexedDB when absent, nowhere when null. */
  versions?: VersionShelf | null;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A fresh store: the given workspace, else the saved one (conflicts and all), else Leeds. Every change of workspace
 * is saved (see Autosave); unreadable saved work is set aside, or held back from, never silently saved over.
 */
export function createAppStore(opts: AppStoreOptions = {}) {
  const storage = opts.storage === undefined ? browserStorage() : (opts.storage ?? undefined);
  const saved: LoadedSaved = opts.initial
    ? { workspace: opts.initial, revision: 0, conflicts: [], notice: null, held: null }
    : loadSaved(storage);
  const start = saved.workspace ?? leedsWorkspace();
  const restored = opts.initial ? { view: initialView(start), notice: null } : loadView(storage, start);
  const autosave = storage ? new Autosave(storage, saved.revision) : null;
  const status: SaveStatus = !storage
    ? { kind: 'not-saved', reason: { kind: 'nowhere' } }
    : saved.held !== null
      ? { kind: 'not-saved', reason: { kind: 'held' } }
      : { kind: 'saved', revision: saved.revision };
  const store = createStore<AppState>()(
    immer((...a) => ({
      ...createWorkspaceSlice(start)(...a),
      ...createEditSlice(...a),
      ...createHistorySlice(...a),
      ...createViewSlice(restored.view)(...a),
      ...createNoticeSlice(...a),
      ...createSaveSlice(autosave, status, saved.held)(...a),
      ...createConflictSlice(...a),
      ...createVersionSlice(opts.versions === undefined ? indexedDbShelf() : opts.versions)(...a),
    })),
  );
  if (saved.notice) store.getState().notify(saved.held !== null || !saved.workspace ? 'error' : 'warning', saved.notice.text, saved.notice.details);
  if (restored.notice) store.getState().notify('warning', restored.notice);
  if (storage && autosave) {
    autosave.attach(store);
    store.subscribe((s, prev) => {
      if (!sameSavedView(s.view, prev.view)) saveView(storage, s.view);
    });
    const listen = opts.listen ?? (storage === browserStorage() && typeof window !== 'undefined' ? listenToWindow : null);
    listen?.((change) => autosave.onStorage(change));
  }
  return store;
}

const listenToWindow = (onChange: (change: StorageChange) => void): void => window.addEventListener('storage', onChange);

export type AppStore = ReturnType<typeof createAppStore>;
