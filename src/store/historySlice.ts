import { produce } from 'immer';
import type { Workspace } from '../model/types.ts';
import type { HistorySlice, Slice } from './types.ts';
import { reconcileView } from './viewDefaults.ts';

const HISTORY_LIMIT = 200;

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
  /** Undo (past → future) and redo (future → past): the workspace at the top of `from` becomes current, the current one goes onto `to`. */
  const travel = (from: 'past' | 'future', to: 'past' | 'future'): boolean => {
    const target = get().history[from].at(-1);
    if (!target) return false;
    const current = get().workspace;
    set((s) => {
      s.history[from].pop();
      s.history[to].push(current);
      s.workspace = target;
      reconcileView(s.view, target);
    });
    return true;
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
    undo: () => travel('past', 'future'),
    redo: () => travel('future', 'past'),
  };
};
