import { conflictLine } from '../words/workspaceNames.ts';
import type { Workspace } from '../model/types.ts';
import { parseWorkspace, validateWorkspace } from '../io/index.ts';
import type { FileProblem } from '../io/index.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import type { StepError } from '../options/index.ts';
import { savedNotices } from '../words/saving.ts';

export const STORAGE_KEY = 'org-options/workspace';
export const UNREADABLE_PREFIX = 'org-options/workspace.unreadable-';

/**
 * What is kept under STORAGE_KEY: `{"revision":N,"savedAt":ISO,"workspace":{…}}`, revision first so that it is
 * read without parsing the workspace. Every save by any tab adds one, so a tab can tell that another has saved
 * since it last did. Text saved before revisions existed is the bare workspace file, read as revision 0.
 */
interface SavedRecord {
  revision: number;
  savedAt: string;
  workspace: Workspace;
}

export interface SavedNotice {
  text: string;
  details: string[];
}

export type ReadSaved =
  | { ok: true; workspace: Workspace; revision: number; conflicts: StepError[] }
  | { ok: false; errors: FileProblem[] };

export interface LoadedSaved {
  workspace: Workspace | null;
  revision: number;
  /** Steps of the saved workspace that no longer apply (it loads all the same). */
  conflicts: StepError[];
  notice: SavedNotice | null;
  /** Unreadable saved text that could not be set aside: it must not be saved over until the officer chooses. */
  held: string | null;
  /** The browser refused to read its storage (the message): nothing is saved until a write succeeds. */
  refused: string | null;
}

/** Errors from storage are DOMExceptions, which are not always `instanceof Error` (jsdom): read them by shape. */
const asError = (e: unknown): { name: string; message: string } | null =>
  typeof e === 'object' && e !== null && typeof (e as Error).message === 'string' ? { name: String((e as Error).name ?? 'Error'), message: (e as Error).message } : null;
const message = (e: unknown): string => {
  const err = asError(e);
  return err ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(e);
};
const REVISION = /^\{"revision":(\d+),/;

/** The record's text: compact JSON (storage is small), revision first. */
export function encodeSaved(ws: Workspace, revision: number, now: Date = new Date()): string {
  const record: SavedRecord = { revision, savedAt: now.toISOString(), workspace: ws };
  return JSON.stringify(record);
}

/** Saved text as a workspace: a record, or a bare workspace file from before records. Conflicts do not refuse it. */
export function readSaved(text: string): ReadSaved {
  const revision = REVISION.exec(text)?.[1];
  if (revision === undefined) {
    const bare = parseWorkspace(text);
    return bare.ok ? { ...bare, revision: 0 } : bare;
  }
  let record: Partial<SavedRecord>;
  try {
    record = JSON.parse(text) as Partial<SavedRecord>;
  } catch {
    return parseWorkspace(text) as Extract<ReadSaved, { ok: false }>;
  }
  const checked = validateWorkspace(record.workspace);
  return checked.ok ? { ...checked, revision: Number(revision) } : checked;
}

/** The revision of saved text: 0 for a bare workspace; never parses the workspace. */
export function revisionOf(text: string): number {
  const found = REVISION.exec(text.slice(0, 40))?.[1];
  return found === undefined ? 0 : Number(found);
}

/** The revision of what is saved now: null when nothing is, 0 for a bare workspace; never parses the workspace. */
export function savedRevision(storage: Storage): number | null {
  const text = storage.getItem(STORAGE_KEY);
  return text === null ? null : revisionOf(text);
}

/**
 * The workspace saved in `storage`, if any, with its revision. Saved text with steps that no longer apply loads
 * (its conflicts listed). Text that cannot be read is kept aside under `org-options/workspace.unreadable-<ISO time>`
 * and reported; when the browser has no room to keep it aside, it stays where it is and comes back as `held`, so
 * that nothing saves over it unasked.
 */
export function loadSaved(storage: Storage | undefined, now: Date = new Date()): LoadedSaved {
  const none = { workspace: null, revision: 0, conflicts: [], held: null, refused: null };
  if (!storage) return { ...none, notice: null };
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { ...none, refused: message(e), notice: { text: savedNotices.readFailed, details: [message(e)] } };
  }
  if (text === null) return { ...none, notice: null };
  const read = readSaved(text);
  if (read.ok) {
    const notice = read.conflicts.length > 0 ? { text: savedNotices.conflictsLoaded(read.conflicts.length), details: read.conflicts.map((c) => conflictLine(read.workspace, c)) } : null;
    return { workspace: read.workspace, revision: read.revision, conflicts: read.conflicts, held: null, refused: null, notice };
  }
  const aside = `${UNREADABLE_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(aside, text);
    storage.removeItem(STORAGE_KEY);
  } catch (e) {
    return { ...none, revision: savedRevision(storage) ?? 0, held: text, notice: { text: savedNotices.unreadableHeld(STORAGE_KEY, message(e)), details: read.errors.map(fileProblemWords) } };
  }
  return { ...none, notice: { text: savedNotices.unreadableAside(aside), details: read.errors.map(fileProblemWords) } };
}

export type SaveResult =
  | { ok: true; revision: number }
  /** Another tab saved `revision` after `expected`: nothing written. */
  | { ok: false; kind: 'newer'; revision: number }
  /** The browser refused the write; `full` when it says its storage is full. */
  | { ok: false; kind: 'refused'; full: boolean; message: string };

const isQuota = (e: unknown): boolean => {
  const err = asError(e);
  return err !== null && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota|full/i.test(err.message));
};

/**
 * Saves the workspace as revision `expected + 1`, unless what is saved now is newer than `expected` (another tab
 * saved since): then nothing is written. `force` writes over a newer revision, as the officer chose.
 */
export function saveWorkspace(storage: Storage, ws: Workspace, expected: number, force = false, now: Date = new Date()): SaveResult {
  try {
    const current = savedRevision(storage) ?? 0;
    if (current > expected && !force) return { ok: false, kind: 'newer', revision: current };
    const revision = Math.max(current, expected) + 1;
    storage.setItem(STORAGE_KEY, encodeSaved(ws, revision, now));
    return { ok: true, revision };
  } catch (e) {
    return { ok: false, kind: 'refused', full: isQuota(e), message: message(e) };
  }
}
