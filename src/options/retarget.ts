import type { Structure, Workspace } from '../model/types.ts';
import { applySteps } from './apply.ts';
import { resolveWorkspace } from './resolve.ts';

/**
 * The structure that step `index` (0-based) of option `optionId` meets: the option's `from` structure with the steps
 * before it applied (those that apply). Null when the option or its `from` cannot be had. For the retarget picker.
 */
export function structureBeforeStep(ws: Workspace, optionId: string, index: number): Structure | null {
  const option = ws.options.find((o) => o.id === optionId);
  if (!option) return null;
  const base = resolveWorkspace(ws).structures.get(option.from ?? ws.baseline.id);
  return base ? applySteps(base, option.steps.slice(0, index), option.id).structure : null;
}
