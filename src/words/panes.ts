/**
 * Words of the app's two panes and what sits in them: the pane's own header and choices, the chart's and the
 * outline's accessible names, the legend beside them, and the confirmation when an edit in the baseline starts a
 * new option. Titles and ids officers wrote go through text.ts (control characters shown, right-to-left isolated).
 */
import type { NodeId } from '../model/types.ts';
import { moveWords } from './index.ts';
import type { Names } from './names.ts';
import { quoted, userText } from './text.ts';

/** Which pane: the left (current) structure or the right one (split view), or the right alone. */
export type PaneSide = 'left' | 'right';

export const PANE = {
  /** The pane's accessible name. */
  label: (side: PaneSide): string => (side === 'left' ? 'Left pane' : 'Right pane'),
  /** The hint under the pane's title: what a drop does there. */
  hint: (isBaseline: boolean): string => (isBaseline ? 'Baseline: dropping a unit starts a new option' : 'Option: drag a unit onto its new manager'),
  /** The chart/outline switch: its group's name and its two buttons. */
  showAs: (side: PaneSide): string => `${PANE.label(side)}: show as`,
  chart: 'Chart',
  outline: 'Outline',
  /** Where the pane's structure cannot be resolved (the workspace's errors say why). */
  unresolved: (id: string): string => `${quoted(id)} cannot be resolved: see the errors listed for the workspace.`,
  /** The chart's accessible name: "Option 5 (right pane)". */
  chartLabel: (title: string, side: PaneSide): string => `${userText(title)} (${side} pane)`,
} as const;

/** The outline (the chart as a tree of text): its accessible name. */
export const outlineLabel = (title: string): string => `Outline of ${userText(title)}`;

/** The key to the charts, beside the panes. Kinds, link kinds and marks are worded in kinds.ts, as on paper. */
export const LEGEND = {
  heading: 'Legend',
  boxes: 'Boxes',
  lines: 'Lines',
  lineManagement: 'Line management',
  changes: 'Changes (against the other pane)',
} as const;

/** A move dropped or chosen in a pane, as an edit is named in notices and the new-option question: "Move X to report to Y". */
export const moveEdit = (names: Names, node: NodeId, to: NodeId | null): string => `Move ${moveWords(names, node, to)}`;

/** The question before an edit of the baseline goes, as its first step, into a new option started from it. */
export const START_OPTION = {
  title: 'Start a new option?',
  /** `what` is the edit as already worded (names in it shown safely by names.ts). */
  body: (baselineTitle: string, what: string): string =>
    `"${userText(baselineTitle)}" is the baseline and is not changed. Start a new option from it, with “${what}” as its first change?`,
  confirm: 'Start new option',
} as const;

/** The app's two views, as tabs under its title. */
export const VIEWS = {
  label: 'Views',
  compare: 'Compare',
  appraisal: 'Appraisal',
  loadingAppraisal: 'Loading the appraisal…',
} as const;

/** Over the list of the workspace's problems (validation and resolution errors, already worded). */
export const WORKSPACE_PROBLEMS = 'The workspace has problems:';

