/**
 * Words of the app's Appraisal view: its heading, actions and their outcome, the marks in the option column and the
 * judgement cells. The table's columns, criteria, heading, empty cell, "not scored" and reconstructed note are shared
 * with the command line and its printed table (appraisal.ts). Titles officers gave are shown safely (text.ts).
 */
import { appraisalHeading, EMPTY_CELL, NOT_SCORED } from './appraisal.ts';
import { showingOf } from './lists.ts';
import { userText } from './text.ts';
import { PRINT } from './toolbar.ts';

/** The mark of the preferred option (alone in the "Preferred" column, with a word beside the option's title). */
const PREFERRED_STAR = '★';

export const APPRAISAL_VIEW = {
  heading: (workspaceTitle: string): string => appraisalHeading(userText(workspaceTitle)),
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied the table as Markdown.',
  copyRefused: 'Could not copy: the browser refused access to the clipboard.',
  downloadCsv: 'Download CSV',
  print: PRINT,
  clearPreferred: 'No preferred option',
  /** Tag after the baseline's title. */
  baselineTag: 'baseline',
  preferredStar: PREFERRED_STAR,
  /** After the preferred option's title. */
  preferredMark: `${PREFERRED_STAR} preferred`,
  /** The radio button that makes an option the preferred one. */
  prefer: (optionTitle: string): string => `Prefer ${userText(optionTitle)}`,
  /** A figure that cannot be worked out for this structure. */
  noValue: EMPTY_CELL,
  /** Under a table cut short: "Showing 100 of 10,001 structures." */
  showing: (shown: number, total: number): string => showingOf(shown, total, 'structures'),
} as const;

/** A judgement cell: its score picker and note, named for the option and criterion ("Option 5: (a) … score"). */
export const JUDGEMENT_CELL = {
  /** What the cell is about, for its controls' names. */
  label: (optionTitle: string, criterionHeader: string): string => `${userText(optionTitle)}: ${criterionHeader}`,
  score: (label: string): string => `${label} score`,
  note: (label: string): string => `${label} note`,
  notScored: NOT_SCORED,
} as const;
