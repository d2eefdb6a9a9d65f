import type { Option } from '../../model/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectResolved, selectWorkspace } from '../../store/selectors.ts';
import { nameLookup, type NameOf } from '../../store/names.ts';

/** Names for an option's steps: nodes and functions from the option's structure, else its base's, else the baseline's. */
export function useStepNames(option: Option): { name: NameOf; functionName: (id: string) => string } {
  const ws = useAppStore(selectWorkspace);
  const resolved = useAppStore(selectResolved);
  const own = resolved.structures.get(option.id);
  const base = resolved.structures.get(option.from ?? ws.baseline.id);
  const name = nameLookup(own, base, ws.baseline);
  const functionName = (id: string) => own?.functions?.find((f) => f.id === id)?.name ?? base?.functions?.find((f) => f.id === id)?.name ?? id;
  return { name, functionName };
}
