import type { Option } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectWorkspace } from '../../store/selectors.ts';
import type { Names } from '../../words/index.ts';
import { stepNames } from '../../words/workspaceNames.ts';

/** Names for an option's steps: as the structure each step applies to has them, else as the workspace does (stepNames). */
export function useStepNames(option: Option): Names {
  return stepNames(useAppStore(selectWorkspace), option.id);
}
