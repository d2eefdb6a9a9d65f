import type { NodeId, Option, Structure, Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { changeMarks, diffStructures, type ChangeMark, type StructureDiff } from '../diff/index.ts';
import { measure } from '../model/measures.ts';
import { peopleMeasures } from '../model/people.ts';
import { DEFAULT_CURRENCY } from '../words/money.ts';
import type { AppState } from './types.ts';
import { memoOne, memoPair, memoWeak } from './memo.ts';

export interface Comparison {
  diff: StructureDiff;
  /** Marks on the left structure's nodes (removed, moved, changed). */
  leftMarks: Map<NodeId, ChangeMark>;
  /** Marks on the right structure's nodes (added, moved, changed). */
  rightMarks: Map<NodeId, ChangeMark>;
}

export interface StructureChoice {
  id: string;
  title: string;
  isBaseline: boolean;
}

const compare = memoPair((a: Structure, b: Structure): Comparison => {
  const diff = diffStructures(a, b);
  return { diff, leftMarks: changeMarks(diff, 'from'), rightMarks: changeMarks(diff, 'to') };
});
const choices = memoOne((ws: Workspace): StructureChoice[] => [
  { id: ws.baseline.id, title: ws.baseline.title, isBaseline: true },
  ...ws.options.map((o) => ({ id: o.id, title: o.title, isBaseline: false })),
]);

export const selectWorkspace = (s: AppState) => s.workspace;
export const selectNotices = (s: AppState) => s.notices;
export const selectSelected = (s: AppState) => s.view.selected;
export const selectCenterRequest = (s: AppState) => s.view.centerRequest;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
/** resolveWorkspace keeps one result per workspace object, so this is stable between renders without a memo of its own. */
export const selectResolved = (s: AppState) => resolveWorkspace(s.workspace);
export const selectChoices = (s: AppState) => choices(s.workspace);
/** Whether boxes show rolled-up FTE and cost: the officer's choice, else on where the left or right structure has FTE. */
export const selectPeopleOnBoxes = (s: AppState): boolean => {
  if (s.view.peopleOnBoxes !== undefined) return s.view.peopleOnBoxes;
  const left = selectLeftStructure(s);
  const right = selectRightStructure(s);
  return (left !== null && peopleMeasures(left).hasFte) || (right !== null && peopleMeasures(right).hasFte);
};

/** The ISO 4217 code of every pay in the workspace (people.md: "GBP" when absent). */
export const selectCurrency = (s: AppState): string => s.workspace.currency ?? DEFAULT_CURRENCY;

export const selectStructure = (s: AppState, id: string): Structure | null => selectResolved(s).structures.get(id) ?? null;
export const selectLeftStructure = (s: AppState) => selectStructure(s, s.view.left);
export const selectRightStructure = (s: AppState) => selectStructure(s, s.view.right);

/** The diff of the left pane's structure to the right pane's, with marks for each side; null when either cannot be resolved. */
export const selectComparison = (s: AppState): Comparison | null => {
  const a = selectLeftStructure(s);
  const b = selectRightStructure(s);
  return a && b ? compare(a, b) : null;
};

export const measuresOf = memoWeak((s: Structure) => measure(s));

const optionById = (ws: Workspace, id: string): Option | null => ws.options.find((o) => o.id === id) ?? null;

/** The option whose steps are listed and edited: the right pane's if it shows an option, else the left pane's. */
export const selectEditingOption = (s: AppState): Option | null => optionById(s.workspace, s.view.right) ?? optionById(s.workspace, s.view.left);

export const selectEditingStepErrors = (s: AppState) => {
  const option = selectEditingOption(s);
  return option ? (selectResolved(s).stepErrors.get(option.id) ?? NO_ERRORS) : NO_ERRORS;
};
const NO_ERRORS: never[] = [];
