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
import { HISTORY, PRINT, RESET_TO_LEEDS, TOOLBAR_LABEL, VIEW_CONTROLS as V } from '../../words/toolbar.ts';

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
    <div className="toolbar" role="toolbar" aria-label={TOOLBAR_LABEL}>
      <div className="toolbar-row">
        <StructurePicker side="left" />
        <StructurePicker side="right" />
        <button type="button" aria-pressed={mode === 'single'} onClick={() => store.getState().setMode(mode === 'split' ? 'single' : 'split')}>
          {mode === 'split' ? V.singlePane : V.splitView}
        </button>
        <button type="button" aria-pressed={sync} onClick={() => store.getState().setSync(!sync)} title={V.syncHint}>
          {V.sync}
        </button>
        <button type="button" aria-pressed={peopleOnBoxes} onClick={() => store.getState().setPeopleOnBoxes(!peopleOnBoxes)} title={V.peopleOnBoxesHint}>
          {V.peopleOnBoxes}
        </button>
        <button type="button" onClick={() => eachPane((h) => h.fit())}>
          {V.fit}
        </button>
        <button type="button" onClick={() => eachPane((h) => h.expandAll())} title={V.expandAllHint}>
          {V.expandAll}
        </button>
        <button type="button" onClick={() => eachPane((h) => h.collapseAll())} title={V.collapseAllHint}>
          {V.collapseAll}
        </button>
        <span className="toolbar-gap" />
        <button type="button" disabled={!canUndo} onClick={() => store.getState().undo()} title={HISTORY.undoKeys}>
          {HISTORY.undo}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => store.getState().redo()} title={HISTORY.redoKeys}>
          {HISTORY.redo}
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
          {PRINT}
        </button>
        <button
          type="button"
          className="danger"
          onClick={async () => {
            const ok = await confirm({ title: RESET_TO_LEEDS.title, body: RESET_TO_LEEDS.body, confirmLabel: RESET_TO_LEEDS.confirm });
            if (ok) store.getState().resetToLeeds();
          }}
        >
          {RESET_TO_LEEDS.button}
        </button>
      </div>
    </div>
  );
}
