import { useCallback } from 'react';
import type { Step } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { selectStructure } from '../../store/selectors.ts';
import { explainSteps, refusedText } from '../../words/editing.ts';
import { START_OPTION } from '../../words/panes.ts';
import { useConfirm } from '../dialogs/confirmContext.ts';

/** Applies `steps` (described by `what`, e.g. "Remove Early Years") in the structure shown; the option id they went to, or null. */
export type ApplySteps = (structureId: string, steps: Step[], what: string) => Promise<string | null>;

/**
 * Adds steps to the structure shown in a pane: to an option, checked by the core; in the baseline, after the core's
 * check and the officer's yes, to a new option started from the baseline with those steps.
 */
export function useStepsInStructure(): ApplySteps {
  const store = useAppStoreApi();
  const confirm = useConfirm();
  return useCallback(
    async (structureId, steps, what) => {
      const state = store.getState();
      if (state.workspace.options.some((o) => o.id === structureId)) return state.addSteps(structureId, steps, what) ? structureId : null;
      const base = selectStructure(state, structureId);
      if (!base || steps.length === 0) return null;
      const refusal = explainSteps(base, steps);
      if (refusal) {
        state.notify('warning', refusedText(what, refusal));
        return null;
      }
      const ok = await confirm({
        title: START_OPTION.title,
        body: START_OPTION.body(base.title, what),
        confirmLabel: START_OPTION.confirm,
      });
      if (!ok) return null;
      const [first, ...rest] = steps;
      const id = store.getState().newOptionFrom(structureId, first);
      if (id && rest.length > 0) store.getState().addSteps(id, rest, what);
      return id;
    },
    [store, confirm],
  );
}
