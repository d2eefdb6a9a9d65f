import { useCallback } from 'react';
import type { NodeId } from '../../model/types.ts';
import { explainMove } from '../../words/index.ts';
import { PANE } from '../../words/panes.ts';
import type { Side } from '../../store/types.ts';
import { OrgChartView, type OrgChartHandle } from '../chart/OrgChartView.tsx';
import type { PaneChartProps } from './chartProps.ts';
import { usePaneHandles } from './paneHandles.ts';
import { useSync } from './syncContext.ts';

/** The chart in a pane: OrgChartView fed from the pane, its handle registered, its pan and zoom shared under "Sync". */
export function PaneChart({ side, sync, structure, marks, linkMarks, editable, selected, centerRequest, onSelect, onMove, onRefused, boxNote }: PaneChartProps & { side: Side; sync: boolean }) {
  const handles = usePaneHandles();
  const { shared, publish } = useSync();
  const register = useCallback(
    (h: OrgChartHandle | null) => {
      handles[side] = h;
    },
    [handles, side],
  );
  const canDrop = useCallback((node: NodeId, target: NodeId) => explainMove(structure, node, target), [structure]);
  const onTransform = useCallback((t: { x: number; y: number; k: number }) => publish(side, t), [publish, side]);
  return (
    <OrgChartView
      ref={register}
      label={PANE.chartLabel(structure.title, side)}
      structure={structure}
      marks={marks}
      linkMarks={linkMarks}
      selectedId={selected}
      centerRequest={centerRequest}
      editable={editable}
      canDrop={canDrop}
      onDrop={onMove}
      onRefused={onRefused}
      onSelect={onSelect}
      boxNote={boxNote}
      transform={sync && shared && shared.from !== side ? shared.t : null}
      onTransform={sync ? onTransform : undefined}
    />
  );
}
