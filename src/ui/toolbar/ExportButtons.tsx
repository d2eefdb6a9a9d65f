import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectLeftStructure, selectRightStructure } from '../../store/selectors.ts';
import { downloadBlob, fileStem } from '../download.ts';
import { ExportDialog, type ExportFormat } from './ExportDialog.tsx';
import type { ExportWhat } from './exportPages.ts';
import { EXPORT_BUTTONS as B } from '../../words/toolbar.ts';

/** "Export workspace" downloads the file; "Export SVG", "Export PNG" and "Export comparison" open the export dialog set for that. */
export function ExportButtons() {
  const store = useAppStoreApi();
  const canCompare = useAppStore((s) => selectLeftStructure(s) !== null && selectRightStructure(s) !== null);
  const [open, setOpen] = useState<{ what: ExportWhat; format: ExportFormat } | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const s = store.getState();
          downloadBlob(new Blob([s.exportWorkspace()], { type: 'application/json' }), `${fileStem(s.workspace.title)}.json`);
        }}
      >
        {B.workspace}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen({ what: 'pane', format: 'svg' })}>
        {B.svg}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen({ what: 'pane', format: 'png' })}>
        {B.png}
      </button>
      <button type="button" aria-haspopup="dialog" disabled={!canCompare} onClick={() => setOpen({ what: 'comparison', format: 'svg' })}>
        {B.comparison}
      </button>
      {open && <ExportDialog initial={open} canCompare={canCompare} onClose={() => setOpen(null)} />}
    </>
  );
}
