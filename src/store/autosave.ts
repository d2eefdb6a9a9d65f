import type { Workspace } from '../model/types.ts';
import { savedNotices, storeWiringErrors } from '../words/saving.ts';
import { readSaved, revisionOf, saveWorkspace, STORAGE_KEY } from './persistence.ts';
import type { AppState, SaveSlice, SaveStatus, Slice } from './types.ts';

/** The part of a `storage` event the app reads. */
export type StorageChange = Pick<StorageEvent, 'key' | 'newValue'>;

interface StoreLike {
  getState(): AppState;
  setState(fn: (s: AppState) => void): void;
  subscribe(listener: (s: AppState, prev: AppState) => void): () => void;
}

/**
 * Saves every change of workspace under STORAGE_KEY with a revision one above the last this tab saw, and follows
 * other tabs' saves (storage events): taken in at once while this tab has nothing unsaved; otherwise the officer
 * is told and chooses. Never writes over a newer revision, nor over held unreadable work, without that choice.
 */
export class Autosave {
  private store: StoreLike | null = null;
  private adopting = false;
  /** The text this tab last wrote or took in: another tab's save of no newer a revision, but other text, is a clash. */
  private lastSeen: string | null = null;

  constructor(
    private readonly storage: Storage,
    private revision: number,
  ) {}

  attach(store: StoreLike): void {
    this.store = store;
    try {
      this.lastSeen = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.lastSeen = null;
    }
    store.subscribe((s, prev) => {
      if (s.workspace !== prev.workspace && !this.adopting) this.save(s.workspace, false);
    });
  }

  private get state(): AppState {
    if (!this.store) throw new Error(storeWiringErrors.autosaveDetached);
    return this.store.getState();
  }

  private setStatus(status: SaveStatus): void {
    this.store?.setState((s) => {
      s.save = status;
    });
  }

  private blocked(): boolean {
    const { save } = this.state;
    return save.kind === 'not-saved' && (save.reason.kind === 'newer' || save.reason.kind === 'held');
  }

  /** Saves `ws` unless the officer must choose first (newer work elsewhere, held unreadable work); `force` is that choice. */
  save(ws: Workspace, force: boolean): void {
    if (this.blocked() && !force) return;
    const result = saveWorkspace(this.storage, ws, this.revision, force);
    if (result.ok) {
      this.revision = result.revision;
      this.lastSeen = this.storage.getItem(STORAGE_KEY);
      this.setStatus({ kind: 'saved', revision: result.revision });
      if (force) this.state.notices.filter((n) => n.text === savedNotices.newer).forEach((n) => this.state.dismissNotice(n.id));
    } else if (result.kind === 'newer') {
      this.setStatus({ kind: 'not-saved', reason: { kind: 'newer' } });
      this.state.notify('warning', savedNotices.newer);
    } else {
      this.setStatus({ kind: 'not-saved', reason: { kind: result.full ? 'full' : 'refused', message: result.message } });
      this.state.notify('error', savedNotices.refused(result.message));
    }
  }

  keepMine(): void {
    this.save(this.state.workspace, true);
  }

  takeTheirs(): void {
    const text = this.storage.getItem(STORAGE_KEY);
    if (text === null || !this.adopt(text)) this.state.notify('error', savedNotices.theirsUnreadable);
  }

  replaceHeld(): void {
    this.store?.setState((s) => {
      s.held = null;
    });
    this.save(this.state.workspace, true);
  }

  /** Another tab wrote `change.newValue`: take it in if this tab has nothing unsaved, else ask. */
  onStorage(change: StorageChange): void {
    if (change.key !== STORAGE_KEY || change.newValue === null) return;
    const { save } = this.state;
    // Two tabs that save at the same moment can each read the other's store before its write lands (browsers copy
    // localStorage between tabs asynchronously), so both write the same revision. The later event then brings a save
    // no newer than this tab's but not this tab's: say so and let the officer choose, rather than keep "Saved".
    if (change.newValue !== this.lastSeen && revisionOf(change.newValue) <= this.revision && save.kind === 'saved') {
      this.setStatus({ kind: 'not-saved', reason: { kind: 'newer' } });
      this.state.notify('warning', savedNotices.newer);
      return;
    }
    if (save.kind === 'saved') {
      if (this.adopt(change.newValue)) this.state.notify('info', savedNotices.updated);
    } else if (save.reason.kind !== 'held') {
      this.setStatus({ kind: 'not-saved', reason: { kind: 'newer' } });
    }
  }

  /** Loads saved text as one undoable change without saving it back; false when it cannot be read or is not newer. */
  private adopt(text: string): boolean {
    const read = readSaved(text);
    if (!read.ok) return false;
    if (read.revision <= this.revision && this.state.save.kind === 'saved') return true;
    this.adopting = true;
    try {
      this.state.replaceWorkspace(read.workspace);
    } finally {
      this.adopting = false;
    }
    this.revision = read.revision;
    this.lastSeen = text;
    this.setStatus({ kind: 'saved', revision: read.revision });
    return true;
  }
}

/** The saved state and the officer's choices about it; `autosave` is null when there is nowhere to save. */
export const createSaveSlice =
  (autosave: Autosave | null, save: SaveStatus, held: string | null): Slice<SaveSlice> =>
  () => ({
    save,
    held,
    keepMine: () => autosave?.keepMine(),
    takeTheirs: () => autosave?.takeTheirs(),
    replaceHeld: () => autosave?.replaceHeld(),
  });
