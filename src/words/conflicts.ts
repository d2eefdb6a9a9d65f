import type { Need, StepError } from '../options/index.ts';
import { andMore } from './lists.ts';
import { ID_NAMES } from './names.ts';
import { directReports, POST_OR_UNIT } from './officerTerms.ts';
import { refusalWords } from './refusal.ts';
import { quoted, userText } from './text.ts';

/** A node's name as the officer knows it, or null when no structure names it any more. */
export type NameOf = (id: string) => string | null;

const named = (name: NameOf, id: string): string => {
  const n = name(id);
  return n === null || n === id ? quoted(id) : `${n} (${quoted(id)})`;
};
const ROLE: Record<string, string> = {
  node: `the ${POST_OR_UNIT} it acts on`,
  to: `the ${POST_OR_UNIT} it points to`,
  into: `the ${POST_OR_UNIT} it merges into`,
  manager: `the line manager of the new ${POST_OR_UNIT}`,
  from: `the ${POST_OR_UNIT} the link starts from`,
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What one need asks for, e.g. `Caseworker ("cw-3"), the post or unit it acts on, which is no longer there`. */
export function needWords(need: Need, name: NameOf, functionName: NameOf = () => null): string {
  switch (need.kind) {
    case 'node':
      return `${named(name, need.id)}, ${ROLE[need.role] ?? `a ${POST_OR_UNIT} it names`}, which is no longer there`;
    case 'function':
      return `the function ${named(functionName, need.id)}, which is no longer there`;
    case 'link':
      return `a ${need.link.kind} link from ${named(name, need.link.from)} to ${named(name, need.link.to)}, which is no longer there`;
    case 'free-id':
      return `the id ${quoted(need.id)} to be free, but a ${POST_OR_UNIT} already has it`;
    case 'no-link':
      return `no ${need.link.kind} link from ${named(name, need.link.from)} to ${named(name, need.link.to)}, but there already is one`;
    case 'no-reports':
      return `${named(name, need.node)} to have no direct reports, but it now has ${directReports(need.reports.length)} (${need.reports.map((r) => named(name, r)).join(', ')})`;
    case 'no-loop':
      return `${named(name, need.node)} not to be above ${named(name, need.under)}, or line management would loop`;
    case 'other':
      return refusalWords(need.refusal, ID_NAMES);
  }
}

/** One conflict in a sentence: `Step 2 (move) no longer applies: it needs …; and …`. */
export function conflictWords(c: StepError, name: NameOf, functionName?: NameOf): string {
  return `Step ${c.index} (${c.op}) no longer applies: it needs ${c.needs.map((n) => needWords(n, name, functionName)).join('; and ')}.`;
}

/** Heading over an option's conflicts, e.g. `“Rebalance teams”: 1 step no longer applies`. */
export function conflictHeading(optionTitle: string, count: number): string {
  return `${quotedTitle(optionTitle)}: ${plural(count, 'step')} no longer appl${count === 1 ? 'ies' : 'y'}`;
}

/** An option's title in quotes, as the heading over an option with no conflicts of its own (it starts from one that has). */
export const quotedTitle = (title: string): string => `“${userText(title)}”`;

/** Why a blocked option (`blockers` as resolveWorkspace's blockedBy gives them) is provisional. */
export function blockedWords(optionId: string, blockers: readonly string[], titleOf: (id: string) => string): string {
  const own = blockers[0] === optionId;
  const from = (own ? blockers.slice(1) : blockers).map((id) => `“${titleOf(id)}”`);
  const parts = [
    own ? 'it has steps that no longer apply' : '',
    from.length > 0 ? `it starts from ${from.join(', ')}, which ${from.length === 1 ? 'has' : 'have'} steps that no longer apply` : '',
  ].filter(Boolean);
  return `“${titleOf(optionId)}” is provisional: ${parts.join(', and ')}. Its chart leaves those steps out; resolve them before it goes to a Board.`;
}

/** The ways out offered beside a conflict. */
export const CONFLICT_ACTIONS = {
  /** The group of ways out beside one conflict: "Ways out for step 2 of Option 5". */
  group: (index: number, optionTitle: string) => `Ways out for step ${index} of ${userText(optionTitle)}`,
  remove: (index: number) => `Remove step ${index}`,
  retarget: 'Retarget…',
  retargetLabel: (id: string) => `Instead of "${id}", use`,
  retargetApply: 'Retarget',
  undo: 'Undo the last change',
  open: 'Show this option',
} as const;

/** CLI: a structure that cannot be used because its option is blocked; one line per conflict follows. */
export function blockedLine(id: string, blockers: readonly string[]): string {
  return blockers[0] === id
    ? `option "${id}" has steps that no longer apply; remove or retarget them:`
    : `option "${id}" starts from "${blockers[0]}", which has steps that no longer apply; remove or retarget them:`;
}

/** CLI appraise: an option left out of the table. */
export function notAppraisedLine(id: string, blockers: readonly string[]): string {
  return blockers[0] === id
    ? `"${id}" not appraised: it has steps that no longer apply (run check)`
    : `"${id}" not appraised: it starts from "${blockers[0]}", which has steps that no longer apply (run check)`;
}

export const conflictNotices = {
  noStep: (optionId: string, number: number) => `No step ${number} in option "${optionId}".`,
  stillFails: (number: number, reason: string) => `Step ${number} was retargeted but still does not apply: ${reason}. Undo takes it back.`,
} as const;

export const CONFLICTS_HEADING = 'Conflicts: steps that no longer apply';

export const NOT_APPRAISED = 'Options not appraised';
/** App appraisal: an option left out of the table because it (or one it starts from) has steps that no longer apply. */
export const notAppraisedWords = (title: string) => `“${title}” is not appraised: it has steps that no longer apply, or starts from an option that has (see Conflicts).`;

/** After Import of a file whose steps partly no longer apply: it is imported all the same. */
export const importedWithConflicts = (title: string, count: number) =>
  `Imported “${title}”. ${count === 1 ? 'One step no longer applies' : `${count} steps no longer apply`}: see Conflicts.`;

/** Under a pane's title when it shows a blocked option. */
export const provisionalPaneWords = (own: boolean) =>
  own
    ? 'Provisional: some steps no longer apply and are left out of this chart (see Conflicts).'
    : 'Provisional: it starts from an option whose steps no longer all apply (see Conflicts).';

/** Under a long list of an option's conflicts. */
export const moreConflicts = (n: number) =>
  `${andMore(n, 'step that no longer applies', 'steps that no longer apply')}: they come into view as these are resolved.`;
