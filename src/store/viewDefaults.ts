import type { Workspace } from '../model/types.ts';
import type { ViewState } from './types.ts';

/** The structure shown on the right at first: the preferred option, else the last option, else the baseline. */
function defaultRight(ws: Workspace): string {
  const preferred = ws.appraisal?.preferred;
  if (preferred && ws.options.some((o) => o.id === preferred)) return preferred;
  return ws.options.at(-1)?.id ?? ws.baseline.id;
}

export function initialView(ws: Workspace): ViewState {
  return { mode: 'split', left: ws.baseline.id, right: defaultRight(ws), selected: null, centerRequest: null, sync: false, tab: 'compare', focus: 'right', loads: 0 };
}

/** Points panes that name a structure no longer in the workspace back at the defaults (the view object is edited in place). */
export function reconcileView(view: ViewState, ws: Workspace): void {
  const ids = new Set([ws.baseline.id, ...ws.options.map((o) => o.id)]);
  if (!ids.has(view.left)) view.left = ws.baseline.id;
  if (!ids.has(view.right)) view.right = defaultRight(ws);
}
