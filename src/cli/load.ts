import { stepErrorLine } from '../words/index.ts';
import type { Structure, Workspace } from '../model/types.ts';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace, type ResolvedWorkspace, type StepError } from '../options/index.ts';
import { blockedLine } from '../words/conflicts.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import type { CliIo } from './command.ts';
import { readFailureOf } from './readInput.ts';
import { cannotRead, noStructure } from '../words/cli.ts';

export type Loaded =
  | {
      ok: true;
      workspace: Workspace;
      /** The baseline and every option without a conflict (its own or inherited): all a command may use. */
      structures: Map<string, Structure>;
      resolved: ResolvedWorkspace;
      /** Steps that no longer apply, in option order. */
      conflicts: StepError[];
    }
  | { ok: false; stderr: string[] };

/** Reads, validates and resolves a workspace file; every error line names the file. Conflicts do not refuse the file. */
export function loadWorkspace(path: string, io: CliIo): Loaded {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    return { ok: false, stderr: [cannotRead(path, readFailureOf(e))] };
  }
  const parsed = parseWorkspace(text);
  if (!parsed.ok) return { ok: false, stderr: parsed.errors.map((e) => `${path}: ${fileProblemWords(e)}`) };
  const resolved = resolveWorkspace(parsed.workspace);
  return { ok: true, workspace: parsed.workspace, structures: resolved.sound, resolved, conflicts: parsed.conflicts };
}

/**
 * The structure with this id, or error lines that name the file: what there is when the id is unknown; each
 * conflict that blocks it when its option (or one it starts from) has steps that no longer apply.
 */
export function pickStructure(loaded: Extract<Loaded, { ok: true }>, path: string, id: string): Structure | string[] {
  const s = loaded.structures.get(id);
  if (s) return s;
  const blockers = loaded.resolved.blockedBy.get(id);
  if (blockers) {
    const lines = blockers.flatMap((b) => loaded.resolved.stepErrors.get(b) ?? []).map((c) => `${path}: ${stepErrorLine(c)}`);
    return [`${path}: ${blockedLine(id, blockers)}`, ...lines];
  }
  return [noStructure(path, id, [...loaded.resolved.structures.keys()])];
}
