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
import { loadSaved, saveWorkspace, type SavedNotice } from './persistence.ts';

export interface AppStoreOptions {
  /** Where work is saved; the browser's localStorage when absent, nowhere when null. */
  storage?: Storage | null;
  /** Start from this workspace instead of the saved one (or Leeds). */
  initial?: Workspace;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A fresh store: the given workspace, else the saved one, else Leeds. Every change of workspace is saved. */
export function createAppStore(opts: AppStoreOptions = {}) {
  const storage = opts.storage === undefined ? browserStorage() : (opts.storage ?? undefined);
  let workspace = opts.initial;
  let notice: SavedNotice | null = null;
  if (!workspace) {
    const saved = loadSaved(storage);
    notice = saved.notice;
    workspace = saved.workspace ?? leedsWorkspace();
  }
  const start = workspace;
  const restored = opts.initial ? { view: initialView(start), notice: null } : loadView(storage, start);
  const store = createStore<AppState>()(
    immer((...a) => ({
      ...createWorkspaceSlice(start)(...a),
      ...createEditSlice(...a),
      ...createHistorySlice(...a),
      ...createViewSlice(restored.view)(...a),
      ...createNoticeSlice(...a),
    })),
  );
  if (notice) store.getState().notify('error', notice.text, notice.details);
  if (restored.notice) store.getState().notify('warning', restored.notice);
  if (storage) {
    store.subscribe((s, prev) => {
      if (!sameSavedView(s.view, prev.view)) saveView(storage, s.view);
      if (s.workspace === prev.workspace) return;
      const failed = saveWorkspace(storage, s.workspace);
      if (failed) s.notify('error', `Your work could not be saved in this browser (${failed}). Use "Export workspace" to keep a copy.`);
    });
  }
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
