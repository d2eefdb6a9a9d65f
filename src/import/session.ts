import { decodeWorkspaceBytes } from '../io/decode.ts';
import { parseWorkspace, serializeWorkspace, type DecodeProblem, type WorkspaceResult } from '../io/index.ts';
import type { NodeId, OrgNode, Option, Workspace } from '../model/types.ts';
import type { StepError } from '../options/index.ts';
import { planImport, type FilePlan } from './classify.ts';
import { decodeCsv, type CsvEncoding } from './decode.ts';
import { importHr } from './hr.ts';
import type { Mapping } from './mapping.ts';
import { importOrganogram } from './organogram.ts';
import { addReturnAsOption, workspaceOf } from './returns.ts';
import type { CsvFile, ImportError, ImportResult, ImportWarning } from './types.ts';

/** A file as chosen: its name and its bytes, not yet decoded. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * How far an import has got, for "Reading… 12,345 rows": the bytes being decoded, the CSV records parsed so
 * far, or the bytes of a workspace file being parsed and checked (JSON.parse gives no progress of its own).
 */
export type ImportProgress = { stage: 'reading'; bytes: number } | { stage: 'rows'; rows: number } | { stage: 'checking'; bytes: number };

/** A chosen CSV file as the import dialog shows it: its name and how its bytes were read. Its text stays in the session. */
export interface FileInfo {
  name: string;
  encoding?: CsvEncoding;
}

/** What the dialog needs to know of a CSV import before any result: which kind, which files, and an HR export's headers. */
export type CsvPlanInfo = { kind: 'hr'; file: FileInfo; headers: string[] } | { kind: 'organogram'; senior: FileInfo; junior?: FileInfo };

/**
 * A workspace file read and checked, as the page receives it: its text as serializeWorkspace writes the checked
 * workspace (in Chromium, JSON.parse of that text in the page costs a fraction of a structured clone of 200,000
 * nodes), and the steps that no longer apply; or every error. `loadChecked` turns it back into a WorkspaceResult.
 */
export type CheckedWorkspace = { ok: true; text: string; conflicts: StepError[] } | Extract<WorkspaceResult, { ok: false }>;

const checked = (r: WorkspaceResult): CheckedWorkspace => (r.ok ? { ok: true, text: serializeWorkspace(r.workspace), conflicts: r.conflicts } : r);

/** The WorkspaceResult a CheckedWorkspace stands for (the text was written from a checked workspace, so it is not checked again). */
export const loadChecked = (c: CheckedWorkspace): WorkspaceResult => (c.ok ? { ok: true, workspace: JSON.parse(c.text) as Workspace, conflicts: c.conflicts } : c);

/**
 * What the import dialog shows of a run and no more, so that little crosses to the page: the counts, the first
 * nodes (with their managers' names), and the first warnings and errors. The rest stays in the session.
 */
export type RunPreview = { warnings: ImportWarning[]; warningCount: number } & (
  | { ok: true; id: string; title: string; rows: number; nodes: number; first: OrgNode[]; managerNames: Map<NodeId, string> }
  | { ok: false; errors: ImportError[]; errorCount: number }
);

/** How much of a run a RunPreview carries: nodes of the table, and lines of each list. */
export interface PreviewSize {
  nodes: number;
  listed: number;
}

/**
 * What the chosen files turned out to be (classify.ts): a workspace file read and checked (`result`), one whose
 * bytes are not UTF-8 (`error`, from io/decode.ts), files refused together, or a CSV import to preview.
 * Plain data only, so it crosses from a Web Worker by structured clone.
 */
export type Opened =
  | { kind: 'workspace'; file: string; result: CheckedWorkspace }
  | { kind: 'not-utf8'; file: string; error: DecodeProblem }
  | { kind: 'refused'; plan: Extract<FilePlan, { kind: 'refused' }> }
  | { kind: 'csv'; plan: CsvPlanInfo };

type CsvPlan = Extract<FilePlan, { kind: 'organogram' | 'hr' }>;

const info = (f: CsvFile): FileInfo => (f.encoding ? { name: f.name, encoding: f.encoding } : { name: f.name });

/**
 * The heavy part of an import in the app, in one place that the app runs in a Web Worker (or in the page where
 * there is none): decoding, telling the files apart, parsing and checking a workspace file, and converting an
 * organogram return or an HR export. The chosen CSV files' text stays here between `open` and each `run`, so
 * a 20 MB file is not copied again for every change of the column mapping. Pure apart from that held state.
 */
export interface ImportSession {
  /** Decodes and classifies the chosen files; a workspace file is parsed and checked here (format.md). */
  open(files: readonly ChosenFile[], report?: (p: ImportProgress) => void): Opened;
  /**
   * Converts the opened CSV files (people.md): an HR export with `mapping`, an organogram return as published
   * (`mapping` ignored). Throws SessionOutOfOrder when no CSV files are open (a programming error).
   */
  run(mapping: Mapping, size: PreviewSize, report?: (p: ImportProgress) => void): RunPreview;
  /** Every warning of the last run. */
  warnings(): ImportWarning[];
  /** The last successful run as a new workspace, written and read back as a file would be (so it is checked alike). */
  asWorkspace(): CheckedWorkspace;
  /** The last successful run added to `ws` as an option (returns.ts, addReturnAsOption): the option alone, or why not. */
  asOption(ws: Workspace, choice: { optionId: string; from?: string }): { ok: true; option: Option } | { ok: false; error: ImportError };
}

function previewOf(r: ImportResult, size: PreviewSize): RunPreview {
  const warnings = { warnings: r.warnings.slice(0, size.listed), warningCount: r.warnings.length };
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, size.listed), errorCount: r.errors.length, ...warnings };
  const { structure } = r;
  const first = structure.nodes.slice(0, size.nodes);
  const wanted = new Set(first.map((n) => n.manager));
  const managerNames = new Map<NodeId, string>();
  for (const n of structure.nodes) if (wanted.has(n.id)) managerNames.set(n.id, n.name);
  return { ok: true, id: structure.id, title: structure.title, rows: r.rows, nodes: structure.nodes.length, first, managerNames, ...warnings };
}

/**
 * A session called out of order: `run` with no CSV files open, `asWorkspace` or `asOption` with no successful run. A bug in the
 * caller (the dialog never offers either then), so it names the call, not an officer's words.
 */
export class SessionOutOfOrder extends Error {
  constructor(readonly call: 'run' | 'asWorkspace' | 'asOption') {
    super(`ImportSession.${call}`);
    this.name = 'SessionOutOfOrder';
  }
}

/** A new session holding nothing; `open` replaces whatever an earlier `open` held. */
export function createImportSession(): ImportSession {
  let plan: CsvPlan | null = null;
  let last: ImportResult | null = null;
  const done = (call: 'asWorkspace' | 'asOption'): Extract<ImportResult, { ok: true }> => {
    if (!last?.ok) throw new SessionOutOfOrder(call);
    return last;
  };
  return {
    open(files, report) {
      plan = null;
      last = null;
      report?.({ stage: 'reading', bytes: files.reduce((n, f) => n + f.bytes.length, 0) });
      const decoded = files.map((f) => ({ name: f.name, ...decodeCsv(f.bytes) }));
      const p = planImport(decoded);
      if (p.kind === 'refused') return { kind: 'refused', plan: p };
      if (p.kind === 'workspace') {
        const bytes = files.find((f) => f.name === p.file.name)!.bytes;
        const text = decodeWorkspaceBytes(bytes);
        if (!text.ok) return { kind: 'not-utf8', file: p.file.name, error: text.error };
        report?.({ stage: 'checking', bytes: bytes.length });
        return { kind: 'workspace', file: p.file.name, result: checked(parseWorkspace(text.text)) };
      }
      plan = p;
      return {
        kind: 'csv',
        plan: p.kind === 'hr' ? { kind: 'hr', file: info(p.file), headers: p.headers } : { kind: 'organogram', senior: info(p.senior), ...(p.junior ? { junior: info(p.junior) } : {}) },
      };
    },
    run(mapping, size, report) {
      if (!plan) throw new SessionOutOfOrder('run');
      const onRows = report && ((rows: number) => report({ stage: 'rows', rows }));
      last = plan.kind === 'hr' ? importHr(plan.file, mapping, {}, { onRows }) : importOrganogram({ senior: plan.senior, junior: plan.junior }, {}, { onRows });
      return previewOf(last, size);
    },
    warnings: () => last?.warnings ?? [],
    asWorkspace: () => checked(parseWorkspace(serializeWorkspace(workspaceOf(done('asWorkspace').structure)))),
    asOption(ws, choice) {
      const r = done('asOption');
      const file = plan?.kind === 'hr' ? plan.file.name : (plan?.senior.name ?? '');
      const added = addReturnAsOption(ws, { structure: r.structure, file, origins: r.origins }, choice);
      return added.ok ? { ok: true, option: added.option } : added;
    },
  };
}
