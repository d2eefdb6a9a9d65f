import { decodeWorkspaceBytes } from '../io/decode.ts';
import { parseWorkspace, serializeWorkspace, type DecodeProblem, type WorkspaceResult } from '../io/index.ts';
import { planImport, type FilePlan } from './classify.ts';
import { decodeCsv, type CsvEncoding } from './decode.ts';
import { importHr } from './hr.ts';
import type { Mapping } from './mapping.ts';
import { importOrganogram } from './organogram.ts';
import { workspaceOf } from './returns.ts';
import type { CsvFile, ImportResult } from './types.ts';

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
 * What the chosen files turned out to be (classify.ts): a workspace file read and checked (`result`), one whose
 * bytes are not UTF-8 (`error`, from io/decode.ts), files refused together, or a CSV import to preview.
 * Plain data only, so it crosses from a Web Worker by structured clone.
 */
export type Opened =
  | { kind: 'workspace'; file: string; result: WorkspaceResult }
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
  run(mapping: Mapping, report?: (p: ImportProgress) => void): ImportResult;
  /** The last successful run as a new workspace, written and read back as a file would be (so it is checked alike). */
  asWorkspace(): WorkspaceResult;
}

/**
 * A session called out of order: `run` with no CSV files open, `asWorkspace` with no successful run. A bug in the
 * caller (the dialog never offers either then), so it names the call, not an officer's words.
 */
export class SessionOutOfOrder extends Error {
  constructor(readonly call: 'run' | 'asWorkspace') {
    super(`ImportSession.${call}`);
    this.name = 'SessionOutOfOrder';
  }
}

/** A new session holding nothing; `open` replaces whatever an earlier `open` held. */
export function createImportSession(): ImportSession {
  let plan: CsvPlan | null = null;
  let last: ImportResult | null = null;
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
        return { kind: 'workspace', file: p.file.name, result: parseWorkspace(text.text) };
      }
      plan = p;
      return {
        kind: 'csv',
        plan: p.kind === 'hr' ? { kind: 'hr', file: info(p.file), headers: p.headers } : { kind: 'organogram', senior: info(p.senior), ...(p.junior ? { junior: info(p.junior) } : {}) },
      };
    },
    run(mapping, report) {
      if (!plan) throw new SessionOutOfOrder('run');
      const onRows = report && ((rows: number) => report({ stage: 'rows', rows }));
      last = plan.kind === 'hr' ? importHr(plan.file, mapping, {}, { onRows }) : importOrganogram({ senior: plan.senior, junior: plan.junior }, {}, { onRows });
      return last;
    },
    asWorkspace() {
      if (!last?.ok) throw new SessionOutOfOrder('asWorkspace');
      return parseWorkspace(serializeWorkspace(workspaceOf(last.structure)));
    },
  };
}
