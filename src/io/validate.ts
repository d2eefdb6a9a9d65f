import type { Workspace } from '../model/types.ts';
import { resolveWorkspace } from '../options/index.ts';
import { stepErrorLine } from '../words/index.ts';
import { describeIssues } from './issues.ts';
import { appraisalErrors, optionFromErrors, structureReferenceErrors, workspaceIdErrors } from './references.ts';
import { workspaceSchema } from './schema.ts';

export type WorkspaceResult = { ok: true; workspace: Workspace } | { ok: false; errors: string[] };

/**
 * Every rule of the format, all errors collected: shape, then references, then the options' steps.
 * Steps are applied only when the shape holds, since a handler needs well-formed steps.
 */
export function validateWorkspace(data: unknown): WorkspaceResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [`a workspace must be a JSON object, not ${Array.isArray(data) ? 'an array' : JSON.stringify(data)}`] };
  }
  const parsed = workspaceSchema.safeParse(data, { reportInput: true });
  const errors = parsed.success ? [] : describeIssues(data, parsed.error.issues);
  const raw = data as Record<string, unknown>;
  errors.push(...workspaceIdErrors(raw), ...structureReferenceErrors(raw.baseline, 'baseline'), ...appraisalErrors(raw));
  if (!parsed.success) return { ok: false, errors: [...errors, ...optionFromErrors(raw)] };
  // The schema holds the format's rules that zod can see; every rule it cannot see was checked above or is checked now.
  const workspace = parsed.data as Workspace;
  const resolved = resolveWorkspace(workspace);
  errors.push(...resolved.errors);
  for (const list of resolved.stepErrors.values()) errors.push(...list.map(stepErrorLine));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, workspace };
}
