export const FORMAT = 'org-options/1' as const;

export const NODE_KINDS = ['post', 'unit', 'body', 'member'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const LINK_KINDS = ['strategic', 'political', 'contract', 'governance', 'partnership', 'dotted'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type NodeId = string;
export type FunctionId = string;

/** Annual pay for 1.0 FTE, in the workspace's currency a year: a band, or min = max for an exact figure (people.md, Fields). */
export interface Pay {
  min: number;
  max: number;
}

export interface OrgNode {
  id: NodeId;
  kind: NodeKind;
  name: string;
  holder?: string | null;
  manager?: NodeId | null;
  note?: string;
  source?: string;
  /** The node's identifier in the system it came from, e.g. an organogram's Post Unique Reference (people.md). */
  ref?: string;
  /** Pay grade, e.g. "SCS2" (people.md). */
  grade?: string;
  /** Full-time-equivalent staff the node stands for, ≥ 0 (people.md). */
  fte?: number;
  /** Annual pay for 1.0 FTE (people.md). */
  pay?: Pay;
  /** Optional, from an import: the organogram's Unit column (people.md, "Other columns"). */
  unit?: string;
  /** Optional, from an import: the organogram's Job/Team Function column. */
  role?: string;
}

export interface Link {
  kind: LinkKind;
  from: NodeId;
  to: NodeId;
  note?: string;
  source?: string;
}

export interface OrgFunction {
  id: FunctionId;
  name: string;
  statutory?: boolean;
  note?: string;
  source?: string;
}

export interface Structure {
  id: string;
  title: string;
  asOf?: string;
  /** Optional addition: what the structure as a whole rests on (e.g. which parts are inferred). */
  note?: string;
  nodes: OrgNode[];
  links?: Link[];
  functions?: OrgFunction[];
  accountable?: Record<FunctionId, NodeId>;
}

interface StepBase {
  why?: string;
}
export interface AddStep extends StepBase { op: 'add'; node: OrgNode }
export interface RemoveStep extends StepBase { op: 'remove'; node: NodeId }
export interface MoveStep extends StepBase { op: 'move'; node: NodeId; to: NodeId | null }
export type UpdatableField = 'name' | 'holder' | 'kind' | 'note' | 'grade' | 'fte' | 'pay' | 'unit' | 'role' | 'ref';
/**
 * What an `update` step may set; null removes `grade`, `fte` or `pay` (people.md), and makes `holder` vacant. `unit`,
 * `role` and `ref` are our optional addition, typed and removed with null as `grade` is, so that an option derived
 * from a later organogram return carries that return's unit, function and reference (people.md, Returns over time).
 */
export interface UpdateSet {
  name?: string;
  holder?: string | null;
  kind?: NodeKind;
  note?: string;
  grade?: string | null;
  fte?: number | null;
  pay?: Pay | null;
  unit?: string | null;
  role?: string | null;
  ref?: string | null;
}
export interface UpdateStep extends StepBase {
  op: 'update';
  node: NodeId;
  set: UpdateSet;
}
export interface MergeStep extends StepBase { op: 'merge'; nodes: NodeId[]; into: NodeId }
export interface LinkStep extends StepBase { op: 'link'; kind: LinkKind; from: NodeId; to: NodeId; note?: string }
export interface UnlinkStep extends StepBase { op: 'unlink'; kind: LinkKind; from: NodeId; to: NodeId }
export interface AssignStep extends StepBase { op: 'assign'; function: FunctionId; to: NodeId | null }

export type Step = AddStep | RemoveStep | MoveStep | UpdateStep | MergeStep | LinkStep | UnlinkStep | AssignStep;
export type StepOp = Step['op'];
export const STEP_OPS = ['add', 'remove', 'move', 'update', 'merge', 'link', 'unlink', 'assign'] as const satisfies readonly StepOp[];

export interface Option {
  id: string;
  title: string;
  summary?: string;
  source?: string;
  from?: string;
  /** Optional addition to the format: the date the option's structure would take effect (YYYY-MM-DD). */
  asOf?: string;
  /** Optional addition: the option is our reconstruction, not the source papers' own; tables mark it (†). */
  reconstructed?: boolean;
  steps: Step[];
}

/** The review's appraisal criteria (scoping paper 2.5 a-e). */
export const CRITERIA = ['quality', 'pace', 'leadership', 'value', 'risk'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Score = 1 | 2 | 3 | 4 | 5 | null;
export interface Judgement {
  score: Score;
  note?: string;
}
/** Officers' judgement, an optional workspace field: structure or option id → criterion → judgement. */
export interface Appraisal {
  preferred?: string;
  /** Where the preferred option and lead come from, in the officers' words. */
  note?: string;
  /** The node whose span and direct reports the appraisal reports (the statutory lead, e.g. the DCS); inferred when absent. */
  lead?: NodeId;
  scores: Record<string, Partial<Record<Criterion, Judgement>>>;
}

export interface Workspace {
  format: typeof FORMAT;
  title: string;
  /** ISO 4217 code of every `pay`; "GBP" when absent (people.md). */
  currency?: string;
  baseline: Structure;
  options: Option[];
  appraisal?: Appraisal;
}
