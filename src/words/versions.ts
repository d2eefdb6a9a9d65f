/** Every word about named versions of the workspace, kept in this browser. */

export const VERSIONS = {
  button: 'Versions…',
  title: 'Named versions',
  intro: 'A named version is a copy of the whole workspace kept in this browser. Going back to one is a change you can undo.',
  nameLabel: 'Name of this version',
  save: 'Save as a version',
  none: 'No versions saved yet.',
  restore: 'Go back to this',
  export: 'Export',
  remove: 'Delete',
  close: 'Close',
  listLabel: 'Saved versions',
} as const;

/** What was being done with the versions when it failed, for `versionNotices.failed`. */
export const VERSION_TASKS = {
  list: 'Listing versions',
  save: 'Saving the version',
  restore: 'Going back to the version',
  export: 'Exporting the version',
  remove: 'Deleting the version',
} as const;

export const versionNotices = {
  unavailable: 'Named versions need this browser’s IndexedDB, which is not available here; use Export workspace to keep copies.',
  needsName: 'A version needs a name.',
  saved: (name: string) => `Saved the version “${name}”.`,
  restored: (name: string) => `Went back to the version “${name}”. Undo returns to the workspace as it was.`,
  missing: 'That version is no longer in this browser.',
  unreadable: (name: string) => `The version “${name}” could not be read; the workspace is unchanged.`,
  failed: (what: string, message: string) => `${what} failed: ${message}`,
} as const;

/** One line of the list: `Board draft — 30 Nov 2026, 11:05`. */
export function versionLine(name: string, savedAt: string): string {
  const d = new Date(savedAt);
  const when = Number.isNaN(d.getTime())
    ? savedAt
    : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${name} — ${when}`;
}
