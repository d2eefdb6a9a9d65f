import type { Option } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectResolved, selectWorkspace } from '../../store/selectors.ts';
import { namesIn, type Names } from '../../words/index.ts';

/** Names for an option's steps (src/words): nodes and functions from the option's structure, else its base's, else the baseline's. */
export function useStepNames(option: Option): Names {
  const ws = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const own = resolved.structures.get(option.id);
  const base = resolved.structures.get(option.from ?? ws.baseline.id);
  return namesIn(...[own, base, ws.baseline].filter((s) => s !== undefined));
}
