import type { Side } from '../../store/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectCenterRequest, selectComparison, selectSelected, selectStructure, selectWorkspace } from '../../store/selectors.ts';
import { useAppStoreApi } from '../../store/storeContext.ts';
import { useMoveInStructure } from './useMoveInStructure.ts';
import { PaneChart } from './PaneChart.tsx';
import type { NodeId } from '../../model/types.ts';
import type { ChangeMark } from '../../diff/index.ts';
import { useState } from 'react';
import { OutlineView } from '../outline/OutlineView.tsx';

const NO_MARKS: ReadonlyMap<NodeId, ChangeMark> = new Map();

export function Pane({ side }: { side: Side }) {
  const store = useAppStoreApi();
  const id = useAppStore((s) => s.view[side]);
  const structure = useAppStore((s) => selectStructure(s, s.view[side]));
  const comparison = useAppStore(selectComparison);
  const selected = useAppStore(selectSelected);
  const centerRequest = useAppStore(selectCenterRequest);
  const isBaseline = useAppStore((s) => selectWorkspace(s).baseline.id === s.view[side]);
  const focused = useAppStore((s) => s.view.focus === side);
  const sync = useAppStore((s) => s.view.sync);
  const move = useMoveInStructure();
  const marks = comparison ? (side === 'left' ? comparison.leftMarks : comparison.rightMarks) : NO_MARKS;
  const label = side === 'left' ? 'Left pane' : 'Right pane';
  const [show, setShow] = useState<'chart' | 'outline'>('chart');

  return (
    <section
      data-pane={side}
      aria-label={label}
      className={focused ? 'pane focused' : 'pane'}
      onPointerDownCapture={() => store.getState().setFocus(side)}
      onFocusCapture={() => store.getState().setFocus(side)}
    >
      <header className="pane-header">
        <h2>{structure?.title ?? id}</h2>
        <p className="pane-hint">{isBaseline ? 'Baseline: dropping a unit starts a new option' : 'Option: drag a unit onto its new manager'}</p>
        <div className="pane-show" role="group" aria-label={`${label}: show as`}>
          <button type="button" aria-pressed={show === 'chart'} onClick={() => setShow('chart')}>Chart</button>
          <button type="button" aria-pressed={show === 'outline'} onClick={() => setShow('outline')}>Outline</button>
        </div>
      </header>
      {structure && show === 'outline' ? (
        <OutlineView structure={structure} marks={marks} selected={selected} onSelect={(node) => store.getState().select(node, true)} />
      ) : structure ? (
        <PaneChart
          side={side}
          sync={sync}
          structure={structure}
          marks={marks}
          editable
          selected={selected}
          centerRequest={centerRequest}
          onSelect={(node) => store.getState().select(node)}
          onMove={(node, to) => void move(id, node, to)}
          onRefused={(reason) => store.getState().notify('warning', `Move refused: ${reason}`)}
        />
      ) : (
        <p className="pane-error" role="alert">
          "{id}" cannot be resolved: see the errors listed for the workspace.
        </p>
      )}
    </section>
  );
}
