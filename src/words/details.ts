/**
 * The words of the Details tab (the selected node in the pane last used): its heading, its fields, its links and
 * accountabilities, and the buttons that open the node editors. Pure: strings and counts in, strings out. Node and
 * function names come in already worded by `Names` (names.ts: told apart, shown safely); titles and holders come in
 * as written and are put in through `userText`, so the app shows them with `<Words>` and they never reorder the words
 * around them.
 */
import type { LinkKind, OrgNode } from '../model/types.ts';
import { VACANT, holderLabel } from './names.ts';
import { tabLabel } from './panels.ts';
import { userText } from './text.ts';

/** The Details tab's heading and the words around the node's fields. */
export const DETAILS = {
  heading: 'Details',
  /** "Details: Youth Services" */
  headingFor: (name: string): string => `Details: ${name}`,
  nothingSelected: 'Select a unit or post in a pane (click it, or use Find unit) to see and edit it here.',
  /** Where the node is; on the baseline, that a change starts a new option (the baseline is never edited). */
  inStructure: (title: string, isBaseline: boolean): string =>
    isBaseline ? `In ${userText(title)}: the baseline is not changed, so a change here starts a new option.` : `In ${userText(title)}.`,
} as const;

/**
 * A node's holder in its details: the one rule of the chart and the paper (`holderLabel`: the holder, or "Vacant"
 * for a post or elected member with none, format.md: "null or absent is vacant"); a unit or body made vacant on
 * purpose (holder null) says so too. Null when there is nothing to say (a unit or body no one holds).
 */
export function holderDetail(node: Pick<OrgNode, 'kind' | 'holder'>): string | null {
  const label = holderLabel(node);
  if (label !== null) return userText(label);
  return node.holder === null ? VACANT : null;
}

/** The buttons that open the node editors, and the group around them. */
export const NODE_ACTIONS = {
  /** The group's name for a screen reader: "Edit Youth Services". */
  group: (name: string): string => `Edit ${name}`,
  addPost: 'Add post',
  addUnit: 'Add unit',
  edit: 'Edit details',
  move: 'Move to…',
  merge: 'Merge into…',
  remove: 'Remove',
} as const;

/** "to" for a link from this node, "from" for a link to it. */
const towards = (outgoing: boolean): string => (outgoing ? 'to' : 'from');

/** The node's links: heading, empty state, one line per link, and its buttons. */
export const LINKS_SECTION = {
  region: 'Links',
  /** "Links (3)" */
  heading: (count: number): string => tabLabel('Links', count),
  none: 'No links.',
  /** After the link's kind tag: "to Chief Executive" / "from Chief Executive" (`other` already a name from Names). */
  other: (outgoing: boolean, other: string): string => `${towards(outgoing)} ${other}`,
  /** The button removing one link, for a screen reader: "Remove political link to Chief Executive". */
  removeLabel: (kind: LinkKind, outgoing: boolean, other: string): string => `Remove ${kind} link ${towards(outgoing)} ${other}`,
  remove: 'Remove',
  add: 'Add link…',
} as const;

/** The functions the node is accountable for (RACI "accountable"): heading, empty state, tags and buttons. */
export const ACCOUNTABILITY_SECTION = {
  region: 'Accountability',
  /** "Accountable for (2)" */
  heading: (count: number): string => tabLabel('Accountable for', count),
  none: 'No functions.',
  statutory: 'statutory',
  clear: 'Clear',
  /** The button clearing one, for a screen reader: "Clear accountability for Safeguarding children". */
  clearLabel: (fn: string): string => `Clear accountability for ${fn}`,
  assign: 'Assign function…',
} as const;
