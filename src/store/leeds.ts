import leedsJson from '../../fixtures/leeds.json';
import type { Workspace } from '../model/types.ts';
import { validateWorkspace } from '../io/index.ts';
import { fileProblemWords } from '../words/fileProblems.ts';

/** The Leeds workspace from fixtures/leeds.json, checked like any file. */
export function leedsWorkspace(): Workspace {
  const result = validateWorkspace(leedsJson);
  if (!result.ok) throw new Error(`fixtures/leeds.json is not a valid workspace: ${result.errors.map(fileProblemWords).join('; ')}`);
  return result.workspace;
}
