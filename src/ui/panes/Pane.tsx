import type { Side } from '../../store/types.ts';
import { useAppStore } from '../../store/index.ts';
import { selectCenterRequest, selectComparison, selectCurrency, selectLeftStructure, selectPeopleOnBoxes, selectResolved, selectSelected, selectStructure, selectWorkspace } from '../../store/selectors.ts';
import { TotalsStrip } from '../people/TotalsStrip.tsx';
import { useBoxNote } from '../people/useBoxNote.ts';
import { useAppStoreApi } from '../../store/storeContext.ts';
import { useMoveInStructure } from './useMoveInStructure.ts';
import { dropRefusedNotice } from '../../words/index.ts';
import { PaneChart } from './PaneChart.tsx';
import type { NodeId } from '../../model/types.ts';
import type { ChangeMark } from '../../diff/index.ts';
import { ChartBoundary } from './ChartBoundary.tsx';
import { linkMarksOf } from './linkMarks.ts';
import { usePaneHandles } from './paneHandles.ts';
import { zoomKey } from '../chart/ZoomControls.tsx';
import { useState } from 'react';
import { OutlineView } from '../outline/OutlineView.tsx';
import { provisionalPaneWords } from '../../words/conflicts.ts';
import { PANE } from '../../words/panes.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';

const NO_MARKS: ReadonlyMap<NodeId, ChangeMark> = new Map();
const TYPING = 'input, textarea, select, [contenteditable="true"]';

export function Pane({ side }: { side: Side }) {
  const store = useAppStoreApi();
  const id = useAppStore((s) => s.view[side]);
  const structure = useAppStore((s) => selectStructure(s, s.view[side]));
  const comparison = useAppStore(selectComparison);
  const selected = useAppStore(selectSelected);
  const centerRequest = useAppStore(selectCenterRequest);
  const blockers = useAppStore((s) => selectResolved(s).blockedBy.get(s.view[side]));
  const isBaseline = useAppStore((s) => selectWorkspace(s).baseline.id === s.view[side]);
  const focused = useAppStore((s) => s.view.focus === side);
  const sync = useAppStore((s) => s.view.sync);
  const move = useMoveInStructure();
  const handles = usePaneHandles();
  const marks = comparison ? (side === 'left' ? comparison.leftMarks : comparison.rightMarks) : NO_MARKS;
  const linkMarks = linkMarksOf(comparison?.diff ?? null, side);
  /** A drag gives no reason: once the step is in, ask for one without blocking (a Board paper should not say "no reason given" by accident). */
  const moveThenAskReason = async (node: NodeId, to: NodeId | null) => {
    const optionId = await move(id, node, to);
    const steps = optionId ? store.getState().workspace.options.find((o) => o.id === optionId)?.steps : undefined;
    if (optionId && steps && steps.length > 0) store.getState().askReason(optionId, steps.length - 1);
  };
  const [show, setShow] = useState<'chart' | 'outline'>('chart');
  const currency = useAppStore(selectCurrency);
  const left = useAppStore(selectLeftStructure);
  const split = useAppStore((s) => s.view.mode === 'split');
  const boxNote = useBoxNote(structure, useAppStore(selectPeopleOnBoxes), currency);

  return (
    <section
      data-pane={side}
      aria-label={PANE.label(side)}
      className={focused ? 'pane focused' : 'pane'}
      onPointerDownCapture={() => store.getState().setFocus(side)}
      onFocusCapture={() => store.getState().setFocus(side)}
      onKeyDown={(e) => {
        const action = zoomKey(e.key);
        const h = handles[side];
        if (!action || !h || e.ctrlKey || e.metaKey || e.altKey || (e.target as Element).closest(TYPING)) return;
        e.preventDefault();
        if (action === 'in') h.zoomIn();
        else if (action === 'out') h.zoomOut();
        else h.resetView();
      }}
    >
      <header className="pane-header">
        <h2>
          <UserText text={structure?.title ?? id} />
        </h2>
        <p className="pane-hint">{PANE.hint(isBaseline)}</p>
        {blockers ? <p className="pane-provisional">{provisionalPaneWords(blockers[0] === id)}</p> : null}
        <div className="pane-show" role="group" aria-label={PANE.showAs(side)}>
          <button type="button" aria-pressed={show === 'chart'} onClick={() => setShow('chart')}>{PANE.chart}</button>
          <button type="button" aria-pressed={show === 'outline'} onClick={() => setShow('outline')}>{PANE.outline}</button>
        </div>
      </header>
      {structure ? <TotalsStrip structure={structure} compareTo={side === 'right' && split ? left : null} currency={currency} /> : null}
      {structure && show === 'outline' ? (
        <OutlineView structure={structure} marks={marks} selected={selected} onSelect={(node) => store.getState().select(node, true)} />
      ) : structure ? (
        <ChartBoundary key={structure.id} title={structure.title}>
          <PaneChart
          side={side}
          sync={sync}
          structure={structure}
          marks={marks}
          linkMarks={linkMarks}
          editable
          selected={selected}
          centerRequest={centerRequest}
          onSelect={(node) => store.getState().select(node)}
          onMove={(node, to) => void moveThenAskReason(node, to)}
          onRefused={(reason) => store.getState().notify('warning', dropRefusedNotice(reason))}
          boxNote={boxNote}
          />
        </ChartBoundary>
      ) : (
        <p className="pane-error" role="alert">
          <Words text={PANE.unresolved(id)} />
        </p>
      )}
    </section>
  );
}
