/**
 * ONE VOICE: every word an officer reads is made here, from the core's typed values (ids, refusals, diffs),
 * for the app, the command line and the exports alike. Other files beside this one add their own words
 * (e.g. money.ts, import.ts); this barrel gathers the shared vocabulary.
 */
import type { NodeId, Pay, Step, Structure, UpdatableField } from '../model/types.ts';
import { FIELD_WORD } from './changes.ts';
import { peopleValue } from './money.ts';
import { checkStep, describeStep, moveRefusal, type Refusal, type StepWords } from '../options/index.ts';
import { namesIn, type Names } from './names.ts';
import { refusalWords } from './refusal.ts';
import { userText } from './text.ts';

export { GAP, ID_NAMES, NO_MANAGER, POST_HOLDER, VACANT, holderLabel, namesIn, type Names } from './names.ts';
export { refusalWords, stepErrorLine } from './refusal.ts';
export { FSI, PDI, balanceIsolates, cut, isolate, shownValue, userText, visible, visibleKeepingLayout } from './text.ts';

/** A value an update sets: null is a vacancy for a holder and a removal for grade, FTE and pay (people.md). */
function setValue(field: UpdatableField, value: unknown): string {
  if (field === 'fte' || field === 'pay') return peopleValue(value as number | Pay | null);
  if (value === null || value === '') return field === 'holder' ? 'vacant' : 'none';
  return typeof value === 'string' ? userText(value) : String(value);
}

const namesFor = (where: Structure | Names): Names => ('nodes' in where ? namesIn(where) : where);

/** A refusal from the core in officers' words, naming nodes as they are in `where` (a structure, or Names for several). */
export function refusal(r: Refusal, where: Structure | Names): string {
  return refusalWords(r, namesFor(where));
}

/** Why `step` cannot be applied to `structure`, in officers' words; null when it can. */
export function explainStep(structure: Structure, step: Step): string | null {
  const r = checkStep(structure, step);
  return r === null ? null : refusalWords(r, namesIn(structure));
}

/** Why `node` cannot report to `to` in `structure`, in officers' words (for a drop caption, a dialog or a notice); null when it can. */
export function explainMove(structure: Structure, node: NodeId, to: NodeId | null): string | null {
  const r = moveRefusal(structure, node, to);
  return r === null ? null : refusalWords(r, namesIn(structure));
}

/** The words a step description is built from, naming nodes through `names`. */
export function stepWords(names: Names): StepWords {
  return {
    node: names.node,
    manager: names.manager,
    accountable: names.accountable,
    function: names.function,
    field: (field) => FIELD_WORD[field],
    value: setValue,
    text: userText,
    nodeKind: (kind) => kind,
    linkKind: (kind) => kind,
  };
}

/** One line saying what a step does, with node names (the Steps panel, notices). */
export function stepLine(step: Step, names: Names): string {
  return describeStep(step, stepWords(names));
}

/** A move in words: "X to report to Y" (Y "no manager (top level)" for null). */
export function moveWords(names: Names, node: NodeId, to: NodeId | null): string {
  return `${names.node(node)} to report to ${names.manager(to)}`;
}

/** The notice when a move is refused (a drag, the Move-to dialog, the store), or null when the move is allowed. */
export function moveRefusedNotice(structure: Structure, node: NodeId, to: NodeId | null): string | null {
  const reason = explainMove(structure, node, to);
  return reason === null ? null : `Move refused: ${moveWords(namesIn(structure), node, to)}: ${reason}`;
}

/** The notice when a move would change nothing: "X already reports to Y." */
export function alreadyReportsNotice(structure: Structure, node: NodeId, to: NodeId | null): string {
  const names = namesIn(structure);
  return `${names.node(node)} already reports to ${names.manager(to)}.`;
}

/** The caption beside a dragged box: where it would go, or why it cannot (the reason from explainMove). */
export const dropCaption = {
  allowed: (targetName: string): string => `Move under ${userText(targetName)}`,
  refused: (reason: string): string => `Cannot move here: ${reason}`,
} as const;

/** The notice when a drop is refused: the reason from explainMove. */
export const dropRefusedNotice = (reason: string): string => `Move refused: ${reason}`;
