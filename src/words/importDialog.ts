import type { ImportProgress } from '../import/session.ts';
import { FIELD_LABEL } from './fields.ts';
import { andMore } from './lists.ts';
import { POST_OR_UNIT, POSTS_AND_UNITS } from './officerTerms.ts';
import { quoted } from './text.ts';

/**
 * The import dialog's own words (src/ui/import): its choices and buttons, the preview table's headings, the
 * counts of its lists, and what the app says while a chosen file is read in the background. The words about
 * each warning and error are import.ts's.
 */

const count = (n: number): string => n.toLocaleString('en-GB');
/** A file's name in a sentence: quoted, its control characters shown and right-to-left text isolated. */
const q = quoted;

/** Choices and buttons of the dialog. */
export const importChoice = {
  legend: 'Import as',
  asWorkspace: 'a new workspace (this one is replaced; Undo brings it back)',
  asOption: 'an option in this workspace, derived from',
  /** The accessible name of the list of structures an option may be derived from. */
  derivedFrom: 'Derived from',
  importButton: 'Import',
  /** Said beside the buttons while the import is made into a workspace or an option. */
  importing: 'Importing…',
  cancel: 'Cancel',
};

/** The mapping form's legend, and the `--map` text that does the same import on the command line. */
export const mappingForm = {
  legend: 'Which column holds what',
  mapOption: (mapping: string): string => `--map "${mapping}"`,
};

/** The preview of what an import would make. */
export const importPreview = {
  nothing: 'Nothing can be imported:',
  /** The table's caption: `The first 8 nodes`. */
  firstNodes: (n: number): string => `The first ${count(n)} ${n === 1 ? POST_OR_UNIT : POSTS_AND_UNITS}`,
  /** Its column headings: the field labels of fields.ts, but for the name, which may be a post or a group of junior staff. */
  columns: { name: 'Post or group', holder: FIELD_LABEL.holder, grade: FIELD_LABEL.grade, fte: FIELD_LABEL.fte, pay: FIELD_LABEL.pay, manager: FIELD_LABEL.manager },
  /** The line manager cell of a node at the top. */
  noManager: '—',
  /** `4 warnings (nothing is left out without one)` */
  warnings: (n: number): string => `${count(n)} warning${n === 1 ? '' : 's'} (nothing is left out without one)`,
  moreWarnings: (n: number): string => andMore(n, 'warning', 'warnings'),
  moreErrors: (n: number): string => andMore(n, 'error', 'errors'),
};

const size = (bytes: number): string => (bytes < 1e6 ? `${count(Math.max(1, Math.round(bytes / 1e3)))} kB` : `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`);

/** What an import is doing while the officer waits: `Reading… 12,345 rows`, `Checking… 20.5 MB`. */
export function progressWords(p: ImportProgress | null): string {
  if (p === null) return 'Reading…';
  switch (p.stage) {
    case 'reading':
      return `Reading… ${size(p.bytes)}`;
    case 'rows':
      return `Reading… ${count(p.rows)} rows`;
    case 'checking':
      return `Checking… ${size(p.bytes)}`;
  }
}

/** The toolbar's line while chosen files are read: `Importing "staff.csv": Reading… 12,345 rows`. */
export const importingFiles = (files: readonly string[], p: ImportProgress | null): string => `Importing ${files.map(q).join(', ')}: ${progressWords(p)}`;

/** The notice when a workspace file's bytes are not UTF-8 (the reason is the detail below it). */
export const workspaceNotImported = (file: string): string => `${q(file)} was not imported; the workspace is unchanged.`;

/** The notice when chosen files could not be read at all (the browser's reason after the colon). */
export const filesUnreadable = (files: readonly string[], reason: string): string => `${files.map(q).join(', ')} could not be read: ${reason}`;

/** The reason given in `filesUnreadable` when the browser gives none. */
export const importFailure = {
  unreadable: 'the file could not be read',
  workerStopped: 'the import worker stopped',
};
