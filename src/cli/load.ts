import type { Structure, Workspace } from '../model/types.ts';
import { parseWorkspace } from '../io/index.ts';
import { resolveWorkspace } from '../options/index.ts';
import type { CliIo } from './command.ts';
import { InputError } from './readInput.ts';

export type Loaded =
  | { ok: true; workspace: Workspace; structures: Map<string, Structure> }
  | { ok: false; stderr: string[] };

/** Reads, validates and resolves a workspace file; every error line names the file. */
export function loadWorkspace(path: string, io: CliIo): Loaded {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      e instanceof InputError ? e.message
      : code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a folder, not a file'
      : code === 'EACCES' ? 'permission denied'
      : (code ?? String(e));
    return { ok: false, stderr: [`${path}: cannot read: ${why}`] };
  }
  const parsed = parseWorkspace(text);
  if (!parsed.ok) return { ok: false, stderr: parsed.errors.map((e) => `${path}: ${e}`) };
  const resolved = resolveWorkspace(parsed.workspace);
  return { ok: true, workspace: parsed.workspace, structures: resolved.structures };
}

/** The structure with this id, or an error line that names the file and lists what there is. */
export function pickStructure(loaded: Extract<Loaded, { ok: true }>, path: string, id: string): Structure | string {
  const s = loaded.structures.get(id);
  if (s) return s;
  const known = [...loaded.structures.keys()].join(', ');
  return `${path}: no structure or option "${id}" (there are: ${known})`;
}
