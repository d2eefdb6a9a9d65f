import type { CheckedWorkspace, ImportProgress, ImportSession, Mapping, Opened, PreviewSize } from '../../import/index.ts';
import type { Option, Workspace } from '../../model/types.ts';
import type { ImportError } from '../../import/index.ts';
import { fileProblemWords } from '../../words/fileProblems.ts';
import { warningWords } from '../../words/import.ts';

/** A call on an import session, as the page sends it to the import worker (or makes it in the page). */
export type ImportCall =
  | { call: 'open'; files: File[] }
  | { call: 'run'; mapping: Mapping; size: PreviewSize }
  | { call: 'asWorkspace' }
  | { call: 'asOption'; ws: Workspace; choice: { optionId: string; from?: string } };

/**
 * What the page gets back from `open`: as the session says, except that a workspace file that was refused comes as
 * one line per problem, worded where the work is (200,000 typed problems cost the page 1.5 s to receive and word).
 */
export type OpenedInPage = Exclude<Opened, { kind: 'workspace' }> | { kind: 'workspace'; file: string; result: Extract<CheckedWorkspace, { ok: true }> } | { kind: 'workspace-refused'; file: string; lines: string[] };

/** What "Import" gets back: the result, and a line for each warning of the run for the notice after it. */
export interface Committed<T> {
  result: T;
  lines: string[];
}
export type AsWorkspace = Committed<CheckedWorkspace>;
export type AsOption = Committed<{ ok: true; option: Option } | { ok: false; error: ImportError }>;

/**
 * Answers one call on `session` (session.ts), the same in the worker and in the page. Warning lines are worded here,
 * where the work is, so only strings cross to the page. `read` gets a chosen file's bytes.
 */
export async function answer(session: ImportSession, c: ImportCall, report: (p: ImportProgress) => void, read: (f: File) => Promise<Uint8Array>): Promise<unknown> {
  switch (c.call) {
    case 'open': {
      const opened = session.open(await Promise.all(c.files.map(async (f) => ({ name: f.name, bytes: await read(f) }))), report);
      if (opened.kind !== 'workspace') return opened satisfies OpenedInPage;
      const { file, result } = opened;
      if (result.ok) return { kind: 'workspace', file, result } satisfies OpenedInPage;
      return { kind: 'workspace-refused', file, lines: result.errors.map(fileProblemWords) } satisfies OpenedInPage;
    }
    case 'run':
      return session.run(c.mapping, c.size, report);
    case 'asWorkspace':
      return { result: session.asWorkspace(), lines: session.warnings().map(warningWords) } satisfies AsWorkspace;
    case 'asOption':
      return { result: session.asOption(c.ws, c.choice), lines: session.warnings().map(warningWords) } satisfies AsOption;
  }
}
