import { useId, useState } from 'react';
import type { Orientation, PageSize } from '../../export/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { downloadedPages, downloadPage, EXPORT_DIALOG as W } from '../../words/print.ts';
import { EXPORT_FORMAT, exportFailed } from '../../words/toolbar.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { DOWNLOAD_GAP_MS, downloadBlob, svgToPng } from '../download.ts';
import { usePaneHandles } from '../panes/paneHandles.ts';
import { exportPages, pageFiles, type ExportWhat } from './exportPages.ts';

export type ExportFormat = 'svg' | 'png';

interface ExportDialogProps {
  initial: { what: ExportWhat; format: ExportFormat };
  /** Whether both panes show a structure, so that a comparison can be exported. */
  canCompare: boolean;
  onClose: () => void;
}

type Blobs = { name: string; blob: () => Promise<Blob> }[];

/**
 * The app's export: what (the pane or the comparison), SVG or PNG, page size and orientation, holders' names hidden,
 * as the command line offers. Several pages download one after another, and stay listed to download one by one.
 */
export function ExportDialog({ initial, canCompare, onClose }: ExportDialogProps) {
  const store = useAppStoreApi();
  const handles = usePaneHandles();
  const ids = { page: useId(), orientation: useId(), hide: useId() };
  const [what, setWhat] = useState<ExportWhat>(canCompare ? initial.what : 'pane');
  const [format, setFormat] = useState<ExportFormat>(initial.format);
  const [page, setPage] = useState<PageSize>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [hideNames, setHideNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ files: Blobs; message: string } | null>(null);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const out = await exportPages(store.getState(), handles, { what, page, orientation, hideNames });
      if (!out) return;
      const names = pageFiles(out.stem, out.pages.length, format);
      const files: Blobs = out.pages.map((svg, i) => ({
        name: names[i]!,
        blob: () => (format === 'svg' ? Promise.resolve(new Blob([svg], { type: 'image/svg+xml' })) : svgToPng(svg)),
      }));
      for (const [i, f] of files.entries()) {
        // Chromium drops some of many downloads started back to back (9 of 16 A4 pages arrived): leave it a moment between them.
        if (i > 0) await new Promise((r) => setTimeout(r, DOWNLOAD_GAP_MS));
        downloadBlob(await f.blob(), f.name);
      }
      setDone({ files, message: downloadedPages(names) });
    } catch (e) {
      store.getState().notify('error', exportFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={W.title} onClose={onClose} className="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset>
          <legend>{W.what}</legend>
          <label className="checkbox">
            <input type="radio" name="what" checked={what === 'pane'} onChange={() => setWhat('pane')} /> {W.pane}
          </label>
          <label className="checkbox">
            <input type="radio" name="what" checked={what === 'comparison'} disabled={!canCompare} onChange={() => setWhat('comparison')} /> {W.comparison}
          </label>
        </fieldset>
        <fieldset>
          <legend>{W.format}</legend>
          <label className="checkbox">
            <input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} /> {EXPORT_FORMAT.svg}
          </label>
          <label className="checkbox">
            <input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} /> {EXPORT_FORMAT.png}
          </label>
        </fieldset>
        <label htmlFor={ids.page}>{W.page}</label>
        <select id={ids.page} value={page} onChange={(e) => setPage(e.target.value as PageSize)}>
          <option value="a4">{W.a4}</option>
          <option value="a3">{W.a3}</option>
          <option value="fit">{W.fit}</option>
        </select>
        <label htmlFor={ids.orientation}>{W.orientation}</label>
        <select id={ids.orientation} value={orientation} disabled={page === 'fit'} onChange={(e) => setOrientation(e.target.value as Orientation)}>
          <option value="landscape">{W.landscape}</option>
          <option value="portrait">{W.portrait}</option>
        </select>
        <div className="checkbox">
          <input id={ids.hide} type="checkbox" checked={hideNames} onChange={(e) => setHideNames(e.target.checked)} />
          <label htmlFor={ids.hide}>{W.hideNames}</label>
        </div>
        <p className="panel-sub">{W.legible}</p>
        <div className="modal-actions">
          {/* aria-disabled, not disabled: a disabled button drops the focus out of the dialog while the pages are drawn. */}
          <button type="submit" className="primary" aria-disabled={busy} data-autofocus>
            {W.export}
          </button>
          <button type="button" onClick={onClose}>
            {W.close}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {done && <p>{done.message}</p>}
          {done && done.files.length > 1 && (
            <ul className="export-pages">
              {done.files.map((f, i) => (
                <li key={f.name}>
                  <button type="button" title={f.name} onClick={async () => downloadBlob(await f.blob(), f.name)}>
                    {downloadPage(i + 1)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>
    </Modal>
  );
}
