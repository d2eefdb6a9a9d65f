import { refusalWords } from '../words/index.ts';
import { stepNames } from '../words/workspaceNames.ts';
import type { NodeId } from '../model/types.ts';
import { resolveWorkspace, retargetStep } from '../options/index.ts';
import { conflictNotices } from '../words/conflicts.ts';
import type { ConflictSlice, Slice } from './types.ts';

/** The ways out of a conflict that are not plain removal or undo (removeStep and undo serve those). */
export const createConflictSlice: Slice<ConflictSlice> = (_set, get) => ({
  retargetStep: (optionId: string, index: number, from: NodeId, to: NodeId) => {
    const option = get().workspace.options.find((o) => o.id === optionId);
    const step = option?.steps[index];
    if (!option || !step) {
      get().notify('error', conflictNotices.noStep(optionId, index + 1));
      return false;
    }
    const changed = retargetStep(step, from, to);
    if (changed === step) return false;
    const done = get().commit((draft) => {
      const target = draft.options.find((o) => o.id === optionId);
      if (target) target.steps[index] = changed;
    });
    const now = get().workspace;
    const still = resolveWorkspace(now).stepErrors.get(optionId)?.find((c) => c.index === index + 1);
    if (done && still) get().notify('warning', conflictNotices.stillFails(index + 1, refusalWords(still.refusal, stepNames(now, optionId))));
    return done;
  },
});
