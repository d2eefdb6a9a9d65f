import type { AppState } from '../../store/types.ts';
import { selectStructure } from '../../store/selectors.ts';

/** The structure the node editors act on: the pane last used (the right pane in single view). */
export const selectEditTargetId = (s: AppState): string => s.view[s.view.mode === 'single' ? 'right' : s.view.focus];
export const selectEditTarget = (s: AppState) => selectStructure(s, selectEditTargetId(s));
