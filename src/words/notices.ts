/**
 * The app's notices about the workspace (the store raises them; these are their words). Titles and ids officers
 * wrote are shown safely (text.ts): quoted, control characters shown, right-to-left text isolated.
 */
import { quoted, userText } from './text.ts';

const q = quoted;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const NOTICE = {
  noStructureTo: (id: string, what: 'appraise' | 'startFrom' | 'prefer') =>
    `No structure or option ${q(id)} to ${{ appraise: 'appraise', startFrom: 'start an option from', prefer: 'prefer' }[what]}.`,
  baselineNotEdited: (title: string) => `${q(title)} is the baseline and is not edited: start an option from it.`,
  noOption: (id: string, what?: 'duplicate' | 'delete') => (what ? `No option ${q(id)} to ${what}.` : `No option ${q(id)}.`),
  cannotMoveIn: (title: string) => `${q(title)} cannot be resolved, so nothing can be moved in it.`,
  firstStepFails: (op: string, reason: string) => `New option not started: its first step (${op}) would fail: ${reason}`,
  newOptionTitle: (n: number, fromTitle: string) => `Option ${n} (new, from ${userText(fromTitle)})`,
  titleNeeded: 'An option needs a title; the name was not changed.',
  notDeletedHasDerived: (title: string) => `${q(title)} was not deleted: other options start from it. Delete those first, or they would lose their starting point.`,
  noStep: (number: number, optionId: string) => `No step ${number} in option ${q(optionId)}.`,
  stepRemovedLaterFail: (number: number, title: string, failing: number) =>
    `Step ${number} removed from ${q(title)}: ${plural(failing, 'later step')} now fail; they are marked in the step list.`,
  notImported: (problems: number) => `The file was not imported (${plural(problems, 'problem')}); the workspace is unchanged.`,
  imported: (title: string) => `Imported ${q(title)}.`,
} as const;

/** The controls on each notice. */
export const NOTICE_ACTIONS = {
  dismiss: 'Dismiss',
  dismissAll: 'Dismiss all',
  /** The Dismiss button's accessible name, saying which notice (the text is already worded). */
  dismissLabel: (text: string) => `Dismiss: ${text}`,
} as const;

/** What the live region announces as a step lands or goes (a screen reader hears each move as it is made). */
export const ANNOUNCE = {
  /** "Option 5, step 19 added: Youth Services to report to …." (`line` is the step already worded). */
  stepAdded: (optionTitle: string, number: number, line: string) => `${userText(optionTitle)}, step ${number} added: ${line}.`,
  /** "Option 5: a step removed.", "Option 5: 3 steps removed." */
  stepsRemoved: (optionTitle: string, count: number) => `${userText(optionTitle)}: ${count === 1 ? 'a step' : `${count} steps`} removed.`,
} as const;

/** The title of a copy of an option: "Option 5 (variant)", then "Option 5 (variant 2)", … (`n` from 1). */
export const variantTitle = (title: string, n: number): string => (n === 1 ? `${title} (variant)` : `${title} (variant ${n})`);
