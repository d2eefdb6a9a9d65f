import { useCallback } from 'react';
import type { NodeId } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { selectStructure } from '../../store/selectors.ts';
import { namesIn } from '../../words/index.ts';
import { moveEdit } from '../../words/panes.ts';
import { useStepsInStructure } from './useStepsInStructure.ts';

/**
 * Moves a node in the structure shown: a `move` step on an option; in the baseline, after asking,
 * a new option from the baseline whose first step is that move. The option id moved in, or null.
 */
export function useMoveInStructure(): (structureId: string, node: NodeId, to: NodeId | null, why?: string) => Promise<string | null> {
  const store = useAppStoreApi();
  const apply = useStepsInStructure();
  return useCallback(
    async (structureId, node, to, why) => {
      const state = store.getState();
      if (state.workspace.options.some((o) => o.id === structureId)) return state.moveNode(structureId, node, to, why) ? structureId : null;
      const base = selectStructure(state, structureId);
      if (!base) return null;
      return apply(structureId, [why ? { op: 'move', node, to, why } : { op: 'move', node, to }], moveEdit(namesIn(base), node, to));
    },
    [store, apply],
  );
}
