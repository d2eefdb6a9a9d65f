import leedsJson from '../../fixtures/leeds.json';
import type { Workspace } from '../model/types.ts';
import { validateWorkspace } from '../io/index.ts';
import { fileProblemWords } from '../words/fileProblems.ts';
import { storeWiringErrors } from '../words/saving.ts';

/** The Leeds workspace from fixtures/leeds.json, checked like any file. */
export function leedsWorkspace(): Workspace {
  const result = validateWorkspace(leedsJson);
  if (!result.ok) throw new Error(storeWiringErrors.leedsInvalid(result.errors.map(fileProblemWords)));
  return result.workspace;
}
