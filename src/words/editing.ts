/**
 * Officer-facing words of the option editor (issue 11 part 1): refusals and plans of the node editors and the
 * Steps panel. Pure: typed core values and structures in, strings out. Node names come from the structure through
 * Names (same-named nodes told apart, user text shown safely); an id the structure lacks is shown in quotes.
 */
import type { LinkKind, NodeId, Step, Structure } from '../model/types.ts';
import { checkSteps, type RemovalPlan, type RemovalRefusal } from '../options/plan.ts';
import { namesIn, type Names } from './names.ts';
import { directReports, POST_OR_UNIT } from './officerTerms.ts';
import { refusalWords } from './refusal.ts';
import { userText } from './text.ts';

/** A node of `s` as Names words it (told apart from same-named ones, shown safely), or the top level for null. */
const nameIn = (s: Structure, id: NodeId | null): string => namesIn(s).manager(id);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const list = (names: string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`);

/** Why a node cannot be removed, in names. */
export function removalRefusalText(s: Structure, r: RemovalRefusal): string {
  switch (r.kind) {
    case 'no-node':
      return `${nameIn(s, r.node)} is not in ${userText(s.title)}.`;
    case 'no-manager-for-reports':
      return `${nameIn(s, r.node)} is at the top level and has ${directReports(r.reports.length)} (${list(r.reports.map((id) => nameIn(s, id)))}), so there is no manager to take them: move them first, or merge it into another ${POST_OR_UNIT}.`;
  }
}

/** What removing a node will do, step by step, in names. */
export function removalPlanText(s: Structure, node: NodeId, plan: Extract<RemovalPlan, { ok: true }>): string {
  if (plan.reports.length === 0) return `${nameIn(s, node)} will be removed (1 step).`;
  return `${nameIn(s, node)} has ${directReports(plan.reports.length)} (${list(plan.reports.map((id) => nameIn(s, id)))}). They will first move to report to ${nameIn(s, plan.to)}, then ${nameIn(s, node)} is removed: ${plural(plan.steps.length, 'step')}.`;
}

/** A refused edit: what was tried, and the core's reason already in names. */
export const refusedText = (what: string, reason: string): string => `${what} refused: ${reason}`;

/** Options that start from the edited one and would have more failing steps after the edit. */
export const derivedBreakText = (edited: string, titles: string[], steps: number): string =>
  `${plural(steps, 'step')} of ${list(titles.map((t) => `“${t}”`))}, which start${titles.length === 1 ? 's' : ''} from “${edited}”, would then fail.`;

/** Why `step` cannot be applied to `structure` (the core's checkStep), naming nodes; null when it can. */
export { explainStep } from './index.ts';

/** Why `steps`, applied in turn, cannot all be applied to `structure` (the core's checkSteps): the first that fails, naming nodes; null when all can. */
export function explainSteps(structure: Structure, steps: readonly Step[]): string | null {
  const refusal = checkSteps(structure, steps);
  if (refusal === null) return null;
  const reason = refusalWords(refusal.refusal, namesIn(structure));
  return steps.length === 1 ? reason : `step ${refusal.index + 1} of ${steps.length} would fail: ${reason}`;
}

/** An option's steps cannot be edited while the structure it starts from cannot be resolved. */
export const stepsNotEditableText = (fromTitle: string, title: string): string =>
  `"${userText(fromTitle)}", which "${userText(title)}" starts from, cannot be resolved, so its steps cannot be edited.`;

/** What an edit of the Steps panel was, for `refusedText`: "Changing step 3 refused: …". */
export const stepEditWhat = {
  /** "Move Early Years to report to Director" (the move in words from `moveWords`). */
  moveNode: (move: string): string => `Move ${move}`,
  change: (index: number): string => `Changing step ${index + 1}`,
  move: (index: number): string => `Moving step ${index + 1}`,
} as const;

/** A reorder of the Steps panel that would make steps fail. */
export const reorderRefusedText = (from: number, to: number, failing: number): string =>
  `Step ${from + 1} was not moved to place ${to + 1}: ${plural(failing, 'step')} would then fail.`;

/** An edited step that would fail, or make later steps fail. */
export function editRefusedText(index: number, reason: string | null, laterFailing: number): string {
  if (reason) return `Step ${index + 1} was not changed: it would fail: ${reason}`;
  return `Step ${index + 1} was not changed: ${plural(laterFailing, 'later step')} would then fail.`;
}

/** Shown on a step with no reason, e.g. right after a drag. */
export const NO_REASON_PROMPT = 'No reason given yet. A Board paper’s change table shows this step’s reason.';

/** The question before a link is removed: "The dotted link from X to Y will be removed." */
export const unlinkConfirmText = (names: Names, kind: LinkKind, from: NodeId, to: NodeId): string =>
  `The ${kind} link from ${names.node(from)} to ${names.node(to)} will be removed.`;
