import type { StateCreator } from 'zustand/vanilla';
import type { Draft } from 'immer';
import type { Criterion, Judgement, NodeId, Score, Step, Workspace } from '../model/types.ts';
import type { NotSavedReason } from '../words/saving.ts';
import type { VersionInfo } from './versions.ts';
import type { WorkspaceResult } from '../io/index.ts';

export type Side = 'left' | 'right';
export type PaneMode = 'split' | 'single';
export type Tab = 'compare' | 'appraisal';

export interface CenterRequest {
  id: NodeId;
  seq: number;
}

export interface ViewState {
  mode: PaneMode;
  left: string;
  right: string;
  selected: NodeId | null;
  centerRequest: CenterRequest | null;
  sync: boolean;
  tab: Tab;
  /** The pane last used: the one "Export SVG" and "Move to…" act on. */
  focus: Side;
  /** "Show FTE and cost on boxes": absent until the officer chooses, meaning on where a structure has FTE (people.md). */
  peopleOnBoxes?: boolean;
  /** How many times another workspace was loaded (Import, Reset to Leeds): what belongs to the old one (the Find box) starts afresh when it changes. */
  loads: number;
}

export type NoticeTone = 'error' | 'warning' | 'info';

export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  details: string[];
}

export type ImportResult = { ok: true } | { ok: false; errors: string[] };

export interface WorkspaceSlice {
  workspace: Workspace;
  /** Appends a `move` step to an option, when the core's canMove allows it; otherwise a notice and no change. */
  moveNode: (optionId: string, node: NodeId, to: NodeId | null, why?: string) => boolean;
  /** A new option from a structure or option, with an optional first step; its id, or null when refused. */
  newOptionFrom: (baseId: string, firstStep?: Step) => string | null;
  duplicateOption: (id: string) => string | null;
  renameOption: (id: string, title: string) => boolean;
  /** Refused (with a notice naming them) while other options are derived from it. */
  deleteOption: (id: string) => boolean;
  /** Removes the step at `index` (0-based, as in the option's steps array). */
  removeStep: (optionId: string, index: number) => boolean;
  importWorkspace: (text: string) => ImportResult;
  /**
   * As importWorkspace, for a file already parsed and checked (parseWorkspace) elsewhere, as the app's import worker
   * does. `warnings`: the import's own warnings (a CSV made into a new workspace), counted and listed in the one notice.
   */
  importParsed: (parsed: WorkspaceResult, warnings?: string[]) => ImportResult;
  exportWorkspace: () => string;
  resetToLeeds: () => void;
  setJudgement: (optionId: string, criterion: Criterion, judgement: Judgement) => void;
  setScore: (optionId: string, criterion: Criterion, score: Score) => void;
  setNote: (optionId: string, criterion: Criterion, note: string) => void;
  setPreferred: (id: string | null) => void;
}

/** Which step the officer is asked, without blocking, to give a reason for (after a drag). */
export interface ReasonPrompt {
  optionId: string;
  /** 0-based, as in the option's steps array. */
  index: number;
  /** The step asked about: the prompt goes when that place holds another step (after an undo, say). */
  step: Step;
}

export interface EditSlice {
  /**
   * Appends steps to an option as one undo entry, when the core's checks pass for each in turn on the option's
   * structure; otherwise a notice `${what} refused: <reason in names>` and no change.
   */
  addSteps: (optionId: string, steps: Step[], what: string) => boolean;
  /** Replaces step `index` (0-based); refused (notice) when it would fail or make more later steps fail. */
  replaceStep: (optionId: string, index: number, step: Step) => boolean;
  /** Moves step `from` to place `to` (0-based); refused (notice) when more steps would then fail. */
  moveStep: (optionId: string, from: number, to: number) => boolean;
  /** Sets (or, when blank, clears) a step's reason; clears the reason prompt for that step. */
  setStepWhy: (optionId: string, index: number, why: string) => boolean;
  reasonPrompt: ReasonPrompt | null;
  askReason: (optionId: string, index: number) => void;
  dismissReasonPrompt: () => void;
}

export interface HistorySlice {
  history: { past: Workspace[]; future: Workspace[] };
  /** Applies one edit to the workspace as one undo entry; false when the recipe changed nothing. */
  commit: (recipe: (ws: Draft<Workspace>) => void) => boolean;
  /** Replaces the workspace as one undo entry. */
  replaceWorkspace: (ws: Workspace) => void;
  undo: () => boolean;
  redo: () => boolean;
}

export interface ViewSlice {
  view: ViewState;
  setPane: (side: Side, id: string) => void;
  setMode: (mode: PaneMode) => void;
  setSync: (on: boolean) => void;
  setTab: (tab: Tab) => void;
  setFocus: (side: Side) => void;
  setPeopleOnBoxes: (on: boolean) => void;
  /** Selects a node (null clears); with `centre`, both panes are asked to centre it. */
  select: (id: NodeId | null, centre?: boolean) => void;
  /** Opens an option on the right against the baseline on the left. */
  openAgainstBaseline: (id: string) => void;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (tone: NoticeTone, text: string, details?: string[]) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
}

/** Whether the workspace on screen is the one saved in this browser. */
export type SaveStatus = { kind: 'saved'; revision: number } | { kind: 'not-saved'; reason: NotSavedReason };

export interface SaveSlice {
  save: SaveStatus;
  /** Saved text that could not be read nor set aside; kept in memory so the officer can download it. */
  held: string | null;
  /** After another tab saved newer changes: save this tab's workspace over them (theirs stays in this tab's undo). */
  keepMine: () => void;
  /** After another tab saved newer changes: load them (this tab's workspace stays in undo). */
  takeTheirs: () => void;
  /** Lets this tab save over unreadable saved work it was holding back from. */
  replaceHeld: () => void;
}

export interface ConflictSlice {
  /** Points every reference of step `index` (0-based) to node `from` at node `to`, as one undoable edit; false when nothing changed. */
  retargetStep: (optionId: string, index: number, from: NodeId, to: NodeId) => boolean;
}

export interface VersionSlice {
  /** Named versions kept in this browser, newest first (after refreshVersions). */
  versions: VersionInfo[];
  /** False where the browser has no IndexedDB. */
  versionsAvailable: boolean;
  refreshVersions: () => Promise<void>;
  /** Keeps the workspace as it is now under `name`; false when refused (no name, no IndexedDB, a failed write). */
  saveVersion: (name: string) => Promise<boolean>;
  /** Makes a version the workspace, as one undoable change. */
  restoreVersion: (id: string) => Promise<boolean>;
  /** The version's workspace file text, for export; null when it cannot be had (with a notice). */
  versionText: (id: string) => Promise<string | null>;
  deleteVersion: (id: string) => Promise<void>;
}

export type AppState = WorkspaceSlice & EditSlice & HistorySlice & ViewSlice & NoticeSlice & SaveSlice & ConflictSlice & VersionSlice;

export type Slice<T> = StateCreator<AppState, [['zustand/immer', never]], [], T>;
