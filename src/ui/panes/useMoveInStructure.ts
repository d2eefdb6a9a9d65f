import { useCallback } from 'react';
import type { NodeId } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { selectStructure } from '../../store/selectors.ts';
import { moveRefusedNotice, moveWords, namesIn } from '../../words/index.ts';
import { useConfirm } from '../dialogs/confirmContext.ts';

/**
 * Moves a node in the structure shown: a `move` step on an option; in the baseline, after asking,
 * a new option from the baseline whose first step is that move.
 */
export function useMoveInStructure(): (structureId: string, node: NodeId, to: NodeId | null, why?: string) => Promise<boolean> {
  const store = useAppStoreApi();
  const confirm = useConfirm();
  return useCallback(
    async (structureId, node, to, why) => {
      const state = store.getState();
      const ws = state.workspace;
      if (ws.options.some((o) => o.id === structureId)) return state.moveNode(structureId, node, to, why);
      const base = selectStructure(state, structureId);
      if (!base) return false;
      const refused = moveRefusedNotice(base, node, to);
      if (refused) {
        state.notify('warning', refused);
        return false;
      }
      const what = moveWords(namesIn(base), node, to);
      const ok = await confirm({
        title: 'Start a new option?',
        body: `"${base.title}" is the baseline and is not changed. Start a new option from it, with ${what} as its first step?`,
        confirmLabel: 'Start new option',
      });
      if (!ok) return false;
      return store.getState().newOptionFrom(structureId, why ? { op: 'move', node, to, why } : { op: 'move', node, to }) !== null;
    },
    [store, confirm],
  );
}
