/**
 * The words of the node editors (Add post or unit, Edit details, Move to…, Merge into…, Remove, Add link, Assign,
 * and the confirmations for removing a link or clearing an accountability): titles, labels, help, buttons and why
 * a button waits. Refusals come from the core through editing.ts and refusal.ts. Pure: strings in, strings out.
 * Node and function names come in already worded by `Names` (names.ts: told apart from same-named ones, shown
 * safely); a structure's title and text an officer typed come in as written and are put in through `userText`.
 */
import type { NodeKind, OrgNode } from '../model/types.ts';
import { FIELD_LABEL, STAFFING_HEADING } from './fields.ts';
import { GAP, NO_MANAGER, type Names } from './names.ts';
import { userText } from './text.ts';

/** "In Option 5." and, after it, what the dialog does. */
const inStructure = (title: string, more?: string): string => `In ${userText(title)}.${more ? ` ${more}` : ''}`;

/** The frame every editor shares: the reason, the live refusal, the buttons. */
export const STEP_DIALOG = {
  why: 'Why (optional)',
  whyHint: 'The reason a Board paper gives, e.g. Covering 4.3',
  /** The core's refusal, already in names: "Not allowed: would make line management loop". */
  notAllowed: (reason: string): string => `Not allowed: ${reason}`,
  cancel: 'Cancel',
  /** The line under an editor's title saying which structure it changes. */
  inStructure: (title: string): string => inStructure(title),
} as const;

/** A list of nodes to pick from: filter box, and a choice the core refuses. */
export const PICKER = {
  filterNodes: 'Filter posts and units',
  filterManagers: 'Filter managers',
  /** A greyed choice: "DCS Unit: not allowed, would make line management loop". */
  refused: (label: string, reason: string): string => `${label}: not allowed, ${reason}`,
} as const;

/**
 * A node as a choice in a picker: its name told apart from same-named nodes (holder, manager: `names`), and
 * otherwise its holder after it, "Chief Executive (Paul Rogerson)", so an officer can find a post by who holds it.
 */
export function choiceLabel(names: Names, node: Pick<OrgNode, 'id' | 'name' | 'holder'>): string {
  const told = names.node(node.id);
  if (told !== userText(node.name) || !node.holder) return told;
  return `${told} (${userText(node.holder)})`;
}

/** "No manager (top level)": the top level as the first choice of a list of managers. */
const NO_MANAGER_CHOICE = `${NO_MANAGER.charAt(0).toUpperCase()}${NO_MANAGER.slice(1)}`;

/** Move to…: a new line manager for the node. */
export const MOVE_DIALOG = {
  title: (name: string): string => `Move ${name} to…`,
  intro: (title: string): string => inStructure(title, 'Choose the new manager; greyed entries are not allowed, with the reason.'),
  picker: 'New manager',
  noManager: NO_MANAGER_CHOICE,
  /** Why the node's own manager is greyed. */
  current: 'its current manager',
  submit: 'Move',
} as const;

/** Merge into…: the node that absorbs this one. */
export const MERGE_DIALOG = {
  title: (name: string): string => `Merge ${name} into…`,
  intro: (title: string, name: string): string =>
    inStructure(title, `${name} goes; its reports, accountabilities and links pass to the post or unit you pick.`),
  picker: 'Absorbed by',
  submit: 'Merge',
  blocked: 'No post or unit can absorb it.',
} as const;

/** Remove: the node goes, its reports first moved to its manager. */
export const REMOVE_DIALOG = {
  title: (name: string): string => `Remove ${name}?`,
  intro: (title: string): string => inStructure(title, 'Its links and accountabilities go with it; accountabilities left with no one show as gaps.'),
  /** "Move 3 and remove" when its reports move first, else "Remove". */
  submit: (reports: number): string => (reports > 0 ? `Move ${reports} and remove` : 'Remove'),
  /** What the steps do together, as the notice and the "start a new option?" question name them. */
  what: (name: string): string => `Remove ${name}`,
} as const;

/** Add link: kind, direction and the other node. */
export const LINK_DIALOG = {
  title: (name: string): string => `Add a link for ${name}`,
  kind: 'Link kind',
  direction: 'Direction',
  fromThis: (name: string): string => `From ${name} to the post or unit picked`,
  toThis: (name: string): string => `From the post or unit picked to ${name}`,
  other: 'Other post or unit',
  note: 'Note on the link (optional)',
  submit: 'Add link',
  blocked: 'No post or unit can take this link.',
} as const;

/** Assign function…: make the node accountable for a function (one accountable node per function). */
export const ASSIGN_DIALOG = {
  title: (name: string): string => `Make ${name} accountable for…`,
  intro: (title: string): string => inStructure(title, 'One post or unit is accountable for each function; assigning moves it from whoever holds it.'),
  function: 'Function',
  /** "Safeguarding children: now Director of Children's Services"; "…: now no one (a gap)". */
  choice: (fn: string, accountable: string | null): string => `${fn}: now ${accountable ?? GAP}`,
  submit: 'Assign',
  blocked: 'This post or unit is already accountable for every function, or the structure lists none.',
} as const;

/** The two steps with nothing to choose but a reason. Their bodies: `unlinkConfirmText` (editing.ts) and `clearBody`. */
export const UNLINK_CONFIRM = { title: 'Remove this link?', submit: 'Remove link' } as const;
export const CLEAR_CONFIRM = {
  title: 'Clear this accountability?',
  submit: 'Clear',
  body: (fn: string): string => `No one will be accountable for ${fn}: it shows as a gap until someone is assigned.`,
} as const;

/**
 * A figure typed in the node form that cannot be read (io/typedFigure.ts), said beside its field and naming what
 * was typed: "FTE “many” is not a number.", or for a comma that may be a decimal comma, "FTE “1,5” is unclear: …".
 */
const figureProblem = (field: 'fte' | 'pay', typed: string, why: 'ambiguous' | 'malformed'): string =>
  why === 'ambiguous'
    ? `${FIELD_LABEL[field]} “${userText(typed)}” is unclear: use a point for decimals (1.5) and commas only between thousands (1,150).`
    : `${FIELD_LABEL[field]} “${userText(typed)}” is not a number.`;

/** Add post / Add unit / Edit details, and the same form editing an `add` or `update` step. */
export const NODE_FORM = {
  /** "Add post under Director of Children's Services" */
  addTitle: (kind: NodeKind, manager: string): string => `Add ${kind === 'unit' ? 'unit' : 'post'} under ${manager}`,
  editTitle: (name: string): string => `Edit details of ${name}`,
  /** Editing a step already made: "Edit step: add Head of Safeguarding". */
  stepTitle: (op: 'add' | 'update', name: string): string => `Edit step: ${op} ${name}`,
  submitAdd: 'Add',
  submitEdit: 'Save details',
  submitStep: 'Save step',
  staffing: `${STAFFING_HEADING} (optional)`,
  noName: 'Give a name.',
  nothingChanged: 'Nothing changed yet.',
  figureProblem,
  /** Under the form while a figure typed cannot be read (what is wrong is said beside the field). */
  figuresToFix: 'Correct what is marked above: nothing is saved until every figure reads as a number.',
} as const;

/** Asked through the in-page confirmation (ConfirmProvider). */
export const CONFIRM = {
  cancel: STEP_DIALOG.cancel,
  /** A programming error: a component asked to confirm outside the provider. */
  noProvider: 'useConfirm needs a <ConfirmProvider> above it',
} as const;
