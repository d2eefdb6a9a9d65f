import { createContext, useContext } from 'react';
import type { OrgChartHandle } from '../chart/OrgChartView.tsx';
import type { Side } from '../../store/types.ts';

/** The chart handle of each pane, so the toolbar can fit, expand and export what a pane shows. */
export type PaneHandles = Record<Side, OrgChartHandle | null>;

export const PaneHandlesContext = createContext<PaneHandles>({ left: null, right: null });

export const usePaneHandles = (): PaneHandles => useContext(PaneHandlesContext);
