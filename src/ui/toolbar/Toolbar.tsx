import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectCanRedo, selectCanUndo, selectPeopleOnBoxes } from '../../store/selectors.ts';
import { useConfirm } from '../dialogs/confirmContext.ts';
import type { OrgChartHandle } from '../chart/OrgChartView.tsx';
import { usePaneHandles } from '../panes/paneHandles.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportButton } from './ImportButton.tsx';
import { VersionsButton } from '../versions/VersionsButton.tsx';
import { MoveToButton } from './MoveToButton.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StructurePicker } from './StructurePicker.tsx';

export function Toolbar() {
  const store = useAppStoreApi();
  const confirm = useConfirm();
  const handles = usePaneHandles();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const mode = useAppStore((s) => s.view.mode);
  const sync = useAppStore((s) => s.view.sync);
  const peopleOnBoxes = useAppStore(selectPeopleOnBoxes);
  const eachPane = (act: (h: OrgChartHandle) => void) => (['left', 'right'] as const).forEach((side) => {
    const h = handles[side];
    if (h) act(h);
  });
  return (
    <div className="toolbar" role="toolbar" aria-label="Workspace">
      <div className="toolbar-row">
        <StructurePicker side="left" />
        <StructurePicker side="right" />
        <button type="button" aria-pressed={mode === 'single'} onClick={() => store.getState().setMode(mode === 'split' ? 'single' : 'split')}>
          {mode === 'split' ? 'Single pane' : 'Split view'}
        </button>
        <button type="button" aria-pressed={sync} onClick={() => store.getState().setSync(!sync)} title="Pan and zoom both panes together">
          Sync
        </button>
        <button type="button" aria-pressed={peopleOnBoxes} onClick={() => store.getState().setPeopleOnBoxes(!peopleOnBoxes)} title="Rolled-up FTE and cost a year under each box">
          Show FTE and cost on boxes
        </button>
        <button type="button" onClick={() => eachPane((h) => h.fit())}>
          Fit
        </button>
        <button type="button" onClick={() => eachPane((h) => h.expandAll())} title="Unfold every collapsed unit in both panes">
          Expand all
        </button>
        <button type="button" onClick={() => eachPane((h) => h.collapseAll())} title="Fold both charts to their top levels">
          Collapse all
        </button>
        <span className="toolbar-gap" />
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()} title="Ctrl+Z">
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()} title="Ctrl+Shift+Z">
          Redo
        </button>
        <MoveToButton />
      </div>
      <div className="toolbar-row">
        <SearchBox />
        <span className="toolbar-gap" />
        <ImportButton />
        <ExportButtons />
        <VersionsButton />
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className="danger"
          onClick={async () => {
            const ok = await confirm({
              title: 'Reset to Leeds?',
              body: 'This replaces the workspace with the Leeds fixture. Undo brings your work back; export it first to keep a copy.',
              confirmLabel: 'Reset to Leeds',
            });
            if (ok) store.getState().resetToLeeds();
          }}
        >
          Reset to Leeds
        </button>
      </div>
    </div>
  );
}
