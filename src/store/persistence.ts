import type { Workspace } from '../model/types.ts';
import { parseWorkspace, serializeWorkspace } from '../io/index.ts';

export const STORAGE_KEY = 'org-options/workspace';
export const UNREADABLE_PREFIX = 'org-options/workspace.unreadable-';

export interface SavedNotice {
  text: string;
  details: string[];
}

export interface LoadedSaved {
  workspace: Workspace | null;
  notice: SavedNotice | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The workspace saved in `storage`, if any. Saved text that fails parseWorkspace is kept aside under
 * `org-options/workspace.unreadable-<ISO time>` and reported, never dropped.
 */
export function loadSaved(storage: Storage | undefined, now: Date = new Date()): LoadedSaved {
  if (!storage) return { workspace: null, notice: null };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { workspace: null, notice: { text: 'Saved work could not be read from this browser; the Leeds workspace was loaded.', details: [message(e)] } };
  }
  if (text === null) return { workspace: null, notice: null };
  const parsed = parseWorkspace(text);
  if (parsed.ok) return { workspace: parsed.workspace, notice: null };
  const aside = `${UNREADABLE_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(aside, text);
    storage.removeItem(STORAGE_KEY);
  } catch (e) {
    return {
      workspace: null,
      notice: {
        text: `Saved work could not be read and could not be kept aside (${message(e)}); it stays under "${STORAGE_KEY}" until the next change. The Leeds workspace was loaded.`,
        details: parsed.errors,
      },
    };
  }
  return {
    workspace: null,
    notice: { text: `Saved work could not be read; it was kept aside in this browser's storage under "${aside}". The Leeds workspace was loaded.`, details: parsed.errors },
  };
}

/** Saves the workspace; an error message when the browser refuses (storage full or blocked). */
export function saveWorkspace(storage: Storage, ws: Workspace): string | null {
  try {
    storage.setItem(STORAGE_KEY, serializeWorkspace(ws));
    return null;
  } catch (e) {
    return message(e);
  }
}
