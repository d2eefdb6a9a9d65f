import { FORMAT, type NodeId, type Option, type Structure, type Workspace } from '../model/types.ts';
import { resolveWorkspace, SLUG, SLUG_MAX } from '../options/index.ts';
import { deriveSteps } from './derive.ts';
import type { ImportError, Origin } from './types.ts';

/** A new workspace whose baseline is an imported return (people.md, command line `import … --out`); pay in GBP. */
export function workspaceOf(structure: Structure, currency = 'GBP'): Workspace {
  return { format: FORMAT, title: structure.title, currency, baseline: structure, options: [] };
}

/** An imported return to add to a workspace as an option. */
export interface LaterReturn {
  structure: Structure;
  /** The later return's main file (its senior file, or the HR export), named in each step's `why`. */
  file: string;
  origins?: ReadonlyMap<NodeId, Origin>;
}

/**
 * `ws` with one more option (people.md, "Returns over time"): its `from` is `from` (default: the baseline), its
 * steps derived from `from`'s structure to the later return (derive.ts), its title and date the return's unless
 * `title` is given. Pure: `ws` is not changed. Errors: `optionId` not a slug or already a structure or option id,
 * `from` not a structure or option of `ws`.
 */
export function addReturnAsOption(
  ws: Workspace,
  later: LaterReturn,
  choice: { optionId: string; from?: string; title?: string },
): { ok: true; workspace: Workspace; option: Option } | { ok: false; error: ImportError } {
  const { optionId } = choice;
  if (!SLUG.test(optionId) || optionId.length > SLUG_MAX) return { ok: false, error: { kind: 'bad-option-id', id: optionId } };
  if (optionId === ws.baseline.id || ws.options.some((o) => o.id === optionId)) return { ok: false, error: { kind: 'id-in-use', id: optionId } };
  const from = choice.from ?? ws.baseline.id;
  const base = resolveWorkspace(ws).structures.get(from);
  if (!base) return { ok: false, error: { kind: 'no-structure', id: from } };
  const option: Option = {
    id: optionId,
    title: choice.title ?? later.structure.title,
    from,
    steps: deriveSteps(base, later.structure, { file: later.file, origins: later.origins }),
  };
  if (later.structure.asOf) option.asOf = later.structure.asOf;
  return { ok: true, workspace: { ...ws, options: [...ws.options, option] }, option };
}
