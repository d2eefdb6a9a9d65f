import { produce } from 'immer';
import type { Workspace } from '../model/types.ts';
import type { HistorySlice, Slice } from './types.ts';
import { reconcileView } from './viewDefaults.ts';

export const HISTORY_LIMIT = 200;

export const createHistorySlice: Slice<HistorySlice> = (set, get) => {
  const replace = (next: Workspace): void => {
    const prev = get().workspace;
    if (next === prev) return;
    set((s) => {
      s.history.past.push(prev);
      if (s.history.past.length > HISTORY_LIMIT) s.history.past.shift();
      s.history.future = [];
      s.workspace = next;
      reconcileView(s.view, next);
    });
  };
  return {
    history: { past: [], future: [] },
    commit: (recipe) => {
      const prev = get().workspace;
      const next = produce(prev, recipe);
      if (next === prev) return false;
      replace(next);
      return true;
    },
    replaceWorkspace: replace,
    undo: () => {
      const { past } = get().history;
      const prev = past.at(-1);
      if (!prev) return false;
      const current = get().workspace;
      set((s) => {
        s.history.past.pop();
        s.history.future.push(current);
        s.workspace = prev;
        reconcileView(s.view, prev);
      });
      return true;
    },
    redo: () => {
      const { future } = get().history;
      const next = future.at(-1);
      if (!next) return false;
      const current = get().workspace;
      set((s) => {
        s.history.future.pop();
        s.history.past.push(current);
        s.workspace = next;
        reconcileView(s.view, next);
      });
      return true;
    },
  };
};
