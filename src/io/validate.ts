import type { Workspace } from '../model/types.ts';
import { resolveWorkspace, type StepError } from '../options/index.ts';
import { shapeProblems } from './issues.ts';
import type { FileProblem } from './problems.ts';
import { appraisalErrors, optionFromErrors, structureReferenceErrors, workspaceIdErrors } from './references.ts';
import { workspaceSchema } from './schema.ts';

/**
 * A file loads (`ok`) when its shape and references hold; steps that no longer apply do not refuse it. They come
 * back as `conflicts` (every one, in option order), so the workspace is kept and the officer can repair them;
 * `check` still fails on them (format.md: such a step "is an error"). `errors` are typed (problems.ts), every one
 * found; src/words/fileProblems.ts words them.
 */
export type WorkspaceResult = { ok: true; workspace: Workspace; conflicts: StepError[] } | { ok: false; errors: FileProblem[] };

/**
 * Every rule of the format, all problems collected: shape, then references, then derivation (unknown `from`, loops).
 * Steps are applied only when the shape holds, since a handler needs well-formed steps; those that fail are
 * conflicts, not errors.
 */
export function validateWorkspace(data: unknown): WorkspaceResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [{ kind: 'not-an-object', value: data }] };
  const parsed = workspaceSchema.safeParse(data, { reportInput: true });
  const raw = data as Record<string, unknown>;
  // concat, not push(...list): a file with 200,000 bad nodes has more errors than a call can take arguments.
  const errors = (parsed.success ? [] : (shapeProblems(data, parsed.error.issues) as FileProblem[])).concat(
    workspaceIdErrors(raw),
    structureReferenceErrors(raw.baseline, [{ field: 'baseline' }]),
    appraisalErrors(raw),
  );
  if (!parsed.success) return { ok: false, errors: errors.concat(optionFromErrors(raw)) };
  // The schema holds the format's rules that zod can see; every rule it cannot see was checked above or is checked now.
  const workspace = parsed.data as Workspace;
  const resolved = resolveWorkspace(workspace);
  if (errors.length + resolved.errors.length > 0) return { ok: false, errors: errors.concat(resolved.errors) };
  return { ok: true, workspace, conflicts: workspace.options.flatMap((o) => resolved.stepErrors.get(o.id) ?? []) };
}
