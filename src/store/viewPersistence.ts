import type { Workspace } from '../model/types.ts';
import type { ViewState } from './types.ts';
import { initialView, reconcileView } from './viewDefaults.ts';
import { viewNotices } from '../words/saving.ts';

export const VIEW_KEY = 'org-options/view';
export const VIEW_UNREADABLE_PREFIX = 'org-options/view.unreadable-';

type SavedView = Pick<ViewState, 'mode' | 'left' | 'right' | 'sync'>;

export interface LoadedView {
  view: ViewState;
  notice: string | null;
}

const isSavedView = (v: unknown): v is SavedView => {
  const o = v as Partial<SavedView> | null;
  return typeof o === 'object' && o !== null && (o.mode === 'split' || o.mode === 'single') &&
    typeof o.left === 'string' && typeof o.right === 'string' && typeof o.sync === 'boolean';
};

/**
 * The panes as they were left: which structure each shows, split or single, Sync. Panes naming a structure the
 * workspace no longer has fall back to the defaults; a saved view that cannot be read is kept aside and reported.
 */
export function loadView(storage: Storage | undefined, ws: Workspace, now: Date = new Date()): LoadedView {
  const view = initialView(ws);
  let text: string | null = null;
  try {
    text = storage?.getItem(VIEW_KEY) ?? null;
  } catch {
    return { view, notice: null };
  }
  if (text === null) return { view, notice: null };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    saved = undefined;
  }
  if (!isSavedView(saved)) {
    const aside = `${VIEW_UNREADABLE_PREFIX}${now.toISOString()}`;
    try {
      storage?.setItem(aside, text);
      storage?.removeItem(VIEW_KEY);
    } catch {
      return { view, notice: viewNotices.unreadable };
    }
    return { view, notice: viewNotices.unreadableAside(aside) };
  }
  const restored = { ...view, mode: saved.mode, left: saved.left, right: saved.right, sync: saved.sync };
  reconcileView(restored, ws);
  return { view: restored, notice: null };
}

export function sameSavedView(a: ViewState, b: ViewState): boolean {
  return a.mode === b.mode && a.left === b.left && a.right === b.right && a.sync === b.sync;
}

export function saveView(storage: Storage, view: ViewState): void {
  const saved: SavedView = { mode: view.mode, left: view.left, right: view.right, sync: view.sync };
  try {
    storage.setItem(VIEW_KEY, JSON.stringify(saved));
  } catch {
    // The workspace save reports a refusing browser; a lost pane choice costs nothing to redo.
  }
}
