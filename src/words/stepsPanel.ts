/**
 * Words of the app's Steps panel: its heading and summary, the option controls (new, duplicate, rename, delete), the
 * step list's tools, the step edit dialog and the reason asked for after a drag. Refusals and step lines are the
 * core's, worded in refusal.ts, editing.ts and index.ts (stepLine). Titles officers gave are shown safely (text.ts):
 * render sentences that hold them with ui/words/Words so right-to-left titles stay isolated.
 */
import type { Step } from '../model/types.ts';
import { LINK_DIALOG, MERGE_DIALOG, MOVE_DIALOG, NODE_FORM, PICKER, STEP_DIALOG } from './editors.ts';
import { showingOf } from './lists.ts';
import { GAP } from './names.ts';
import { userText } from './text.ts';
import { MOVE_TO } from './toolbar.ts';

const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Closes a form without saving: the node editors' word, in each of the panel's forms. */
const CANCEL = STEP_DIALOG.cancel;

/**
 * The title of the structure `option` starts from: the option it names, or the baseline (named by `from` or by
 * leaving `from` out; format.md "Options"). Only an id that names neither is shown as written, since it is all there is.
 */
export function startsFromTitle(
  ws: { baseline: { id: string; title: string }; options: readonly { id: string; title: string }[] },
  option: { from?: string | undefined },
): string {
  if (option.from === undefined || option.from === ws.baseline.id) return ws.baseline.title;
  return ws.options.find((o) => o.id === option.from)?.title ?? option.from;
}

/** The panel's heading, summary and empty states. */
export const STEPS_PANEL = {
  /** "Steps", or "Steps: Option 5 …" with the option being edited. */
  heading: (optionTitle: string | null): string => (optionTitle === null ? 'Steps' : `Steps: ${userText(optionTitle)}`),
  /** Before the title of the structure the option starts from (shown emphasised). */
  startsFrom: 'Starts from',
  /** After it: "; 12 steps." */
  stepCount: (steps: number): string => `; ${count(steps, 'step')}.`,
  baselineOnly: 'The panes show the baseline only. Pick an option on the right, or start a new one.',
  noSteps: `No steps yet: select a unit and use the Details tab, drag a unit onto a new manager, or use “${MOVE_TO}”.`,
} as const;

/** The buttons that make, copy, rename and delete options. */
export const OPTION_CONTROLS = {
  group: 'Option controls',
  newFromBaseline: 'New option from baseline',
  newFromThis: 'New option from this',
  duplicate: 'Duplicate',
  rename: 'Rename',
  newTitle: 'New title',
  saveTitle: 'Save title',
  cancel: CANCEL,
  delete: 'Delete',
} as const;

/** The question before an option is deleted. */
export const DELETE_OPTION = {
  title: 'Delete option?',
  body: (optionTitle: string, steps: number): string => `Delete "${userText(optionTitle)}" and its ${count(steps, 'step')}? Undo brings it back.`,
  confirm: 'Delete option',
} as const;

/** How a step's operation is tagged in the list and named in its edit dialog: the format's own op names. */
export const STEP_OP: Record<Step['op'], string> = {
  add: 'add',
  remove: 'remove',
  move: 'move',
  merge: 'merge',
  update: 'update',
  link: 'link',
  unlink: 'unlink',
  assign: 'assign',
};

/** Offered on a step without a reason, and the prompt after a drag. */
export const ADD_REASON = 'Add a reason';

/** Each step's name in the list and its tools; `n` counts from 1, as the panel numbers steps. */
export const STEP_TOOLS = {
  step: (n: number): string => `Step ${n}`,
  addReason: ADD_REASON,
  addReasonTo: (n: number): string => `Add a reason to step ${n}`,
  reasonFor: (n: number): string => `Reason for step ${n}`,
  saveReason: 'Save',
  cancel: CANCEL,
  edit: 'Edit',
  editStep: (n: number): string => `Edit step ${n}`,
  up: '↑',
  moveUp: (n: number): string => `Move step ${n} up`,
  down: '↓',
  moveDown: (n: number): string => `Move step ${n} down`,
  remove: 'Remove',
  removeStep: (n: number): string => `Remove step ${n}`,
  /** Under a list cut short: "Showing 100 of 2,000 steps. 3 failing steps are further down." */
  showing: (shown: number, total: number, failingBelow: number): string => {
    const line = showingOf(shown, total, 'steps');
    if (failingBelow === 0) return line;
    return `${line} ${count(failingBelow, 'failing step')} ${failingBelow === 1 ? 'is' : 'are'} further down.`;
  },
} as const;

/**
 * The dialog that edits one step (`n` counts from 1). Its fields are worded as the node editors word the same fields
 * (editors.ts); a node in its lists is editors.ts's choiceLabel.
 */
export const STEP_EDIT = {
  title: (n: number, op: Step['op']): string => `Edit step ${n} (${STEP_OP[op]})`,
  save: NODE_FORM.submitStep,
  /** The label of the list of targets, by the step's operation. */
  target: { move: MOVE_DIALOG.picker, merge: MERGE_DIALOG.picker, assign: 'Accountable' },
  filter: PICKER.filterNodes,
  /** The first entry of a move's list (no manager) and of an assignment's (no one accountable, names.ts's GAP). */
  noManager: MOVE_DIALOG.noManager,
  noOne: `${GAP.charAt(0).toUpperCase()}${GAP.slice(1)}`,
  noTarget: 'No target is allowed here.',
  linkKind: LINK_DIALOG.kind,
  linkNote: LINK_DIALOG.note,
} as const;

/** The reason asked for, without blocking, after a step made by a drag. */
export const REASON_PROMPT = {
  region: ADD_REASON,
  label: ADD_REASON,
  /** "Step 7 of Option 5: Early Years to report to …." (`line` is the step's line from stepLine). */
  about: (n: number, optionTitle: string, line: string): string => `Step ${n} of ${userText(optionTitle)}: ${line}.`,
  placeholder: 'e.g. Covering 4.3',
  save: 'Save reason',
  notNow: 'Not now',
} as const;
