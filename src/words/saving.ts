/** Every word about saving work in this browser: the saved-state indicator, its choices, and the notices. */

/** Why the workspace on screen is not saved (typed by the store; worded here). */
export type NotSavedReason =
  /** The browser refused the write because its storage for this site is full. */
  | { kind: 'full'; message: string }
  /** The browser refused the write for another reason (blocked storage, private mode …). */
  | { kind: 'refused'; message: string }
  /** Another tab saved a newer version since this one last saved or loaded. */
  | { kind: 'newer' }
  /** Saved work from before could not be read nor set aside; it is kept, not overwritten, until the officer chooses. */
  | { kind: 'held' }
  /** This browser offers no storage to the app. */
  | { kind: 'nowhere' };

export const SAVED = 'Saved';
/** The indicator's accessible name. */
export const SAVED_STATE = 'Saved state';

/** The indicator's text, e.g. `Not saved: this browser's storage is full`. */
export function notSavedLabel(reason: NotSavedReason): string {
  switch (reason.kind) {
    case 'full':
      return 'Not saved: this browser’s storage is full';
    case 'refused':
      return `Not saved: this browser refused (${reason.message})`;
    case 'newer':
      return 'Not saved: another tab has saved newer changes';
    case 'held':
      return 'Not saved: earlier saved work could not be read, and is kept until you choose';
    case 'nowhere':
      return 'Not saved: this browser does not let the app keep work';
  }
}

/** A longer explanation under the indicator, and what each choice does. */
export function notSavedHelp(reason: NotSavedReason): string {
  switch (reason.kind) {
    case 'full':
    case 'refused':
    case 'nowhere':
      return 'Download the workspace to keep a copy; the next change tries to save again.';
    case 'newer':
      return 'Your change is on screen but not saved. Keep yours (it replaces theirs; theirs stays in this tab’s undo), or take theirs (yours stays in undo).';
    case 'held':
      return 'Download the unreadable saved work first if you may need it; then let this tab save over it.';
  }
}

export const SAVE_ACTIONS = {
  download: 'Download workspace',
  keepMine: 'Keep mine',
  takeTheirs: 'Take theirs',
  downloadHeld: 'Download the unreadable saved work',
  replaceHeld: 'Save this workspace over it',
} as const;

/** The title the unreadable saved work is downloaded under (its file: unreadable-saved-work.json). */
export const HELD_FILE_TITLE = 'unreadable saved work';

export const savedNotices = {
  refused: (message: string) => `Your work could not be saved in this browser (${message}). Use “Download workspace” to keep a copy.`,
  newer: 'Another tab saved changes after this one last saved. Nothing was overwritten: choose “Keep mine” or “Take theirs”.',
  updated: 'Updated with changes saved in another tab.',
  theirsUnreadable: 'The other tab’s saved work could not be read; yours is kept on screen.',
  readFailed: 'Saved work could not be read from this browser; the Leeds workspace was loaded.',
  unreadableAside: (aside: string) => `Saved work could not be read; it was kept aside in this browser’s storage under “${aside}”. The Leeds workspace was loaded.`,
  unreadableHeld: (key: string, message: string) =>
    `Saved work could not be read, and there is no room to keep a copy aside (${message}). It stays under “${key}” and nothing will be saved over it until you choose; the Leeds workspace is shown meanwhile.`,
  conflictsLoaded: (count: number) =>
    `Your saved work was loaded. ${count === 1 ? 'One step no longer applies' : `${count} steps no longer apply`}: see Conflicts.`,
} as const;

/** The panes as last left (which structure each shows), kept in this browser, that could not be read. */
export const viewNotices = {
  unreadable: 'The panes as last left could not be read; the default panes are shown.',
  unreadableAside: (aside: string) => `The panes as last left could not be read; kept aside under "${aside}". The default panes are shown.`,
} as const;

/**
 * Errors in wiring the app's store together: a programmer's mistake, never an officer's, but shown on the page if
 * it happens, so worded here with every other string the app shows.
 */
export const storeWiringErrors = {
  autosaveDetached: 'autosave: not attached to a store',
  noProvider: 'useAppStore needs a <StoreProvider> above it',
  leedsInvalid: (errors: readonly string[]) => `fixtures/leeds.json is not a valid workspace: ${errors.join('; ')}`,
} as const;
