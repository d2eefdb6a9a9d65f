import type { AppState, Side } from '../../store/types.ts';
import { selectStructure } from '../../store/selectors.ts';

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * The structure the node editors (the Details panel, the toolbar's Move to…) act on: it follows the selected node.
 * The pane last used when it holds that node, else the other pane shown when that one does; with nothing selected,
 * or a node neither holds, the pane last used. In single view only the right pane is shown.
 */
export const selectEditTargetId = (s: AppState): string => {
  const { view } = s;
  const shown: Side[] = view.mode === 'single' ? ['right'] : [view.focus, other(view.focus)];
  const selected = view.selected;
  if (selected !== null) {
    for (const side of shown) if (selectStructure(s, view[side])?.nodes.some((n) => n.id === selected)) return view[side];
  }
  return view[shown[0]!];
};
export const selectEditTarget = (s: AppState) => selectStructure(s, selectEditTargetId(s));
