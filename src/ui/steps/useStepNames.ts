import type { Option } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectResolved, selectWorkspace } from '../../store/selectors.ts';
import { namesIn, type Names } from '../../words/index.ts';

/**
 * Names for an option's steps (src/words): nodes and functions as its base has them (as the Changes panel names the
 * "from" side first, so a post keeps one label in both), else as the option's structure has them (nodes it adds),
 * else as the baseline has them. Same-titled posts are told apart across all three.
 */
export function useStepNames(option: Option): Names {
  const ws = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const own = resolved.structures.get(option.id);
  const base = resolved.structures.get(option.from ?? ws.baseline.id);
  return namesIn(...[base, own, ws.baseline].filter((s) => s !== undefined));
}
