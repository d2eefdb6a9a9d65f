import { useEffect, useId, useState } from 'react';
import { guessMapping, loadChecked, type CsvPlanInfo, type ImportProgress, type Mapping, type RunPreview } from '../../import/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { uniqueId } from '../../store/ids.ts';
import { encodingNote, errorWords, importedNotice, importHeading } from '../../words/import.ts';
import { filesUnreadable, importChoice, progressWords } from '../../words/importDialog.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { Words } from '../words/Words.tsx';
import { ImportEnded, type ImportJob } from './importJob.ts';
import { ImportPreview, PREVIEW_SIZE } from './ImportPreview.tsx';
import { MappingForm } from './MappingForm.tsx';

/**
 * The import dialog for CSV (people.md): an organogram return or an HR export (with a mapping guessed from its
 * headers, changeable here). The files are converted by `job` in the background (importJob.ts), the dialog saying
 * how far it has got; it then previews the first nodes and lists the warnings and errors before anything changes.
 * "Import" makes a new workspace of it, or adds it to this workspace as an option derived from a structure chosen
 * here. Cancel changes nothing and stops the work.
 */
export function ImportDialog({ plan, job, onClose }: { plan: CsvPlanInfo; job: ImportJob; onClose: () => void }) {
  const store = useAppStoreApi();
  const ws = useAppStore((s) => s.workspace);
  const ids = useId();
  const [mapping, setMapping] = useState<Mapping>(() => (plan.kind === 'hr' ? guessMapping(plan.headers) : {}));
  const [target, setTarget] = useState<'new' | 'option'>('new');
  const [from, setFrom] = useState(ws.baseline.id);
  const [shown, setShown] = useState<{ mapping: Mapping; result: RunPreview } | null>(null);
  const [progress, setProgress] = useState<{ mapping: Mapping; p: ImportProgress } | null>(null);
  const [busy, setBusy] = useState(false);
  const files = plan.kind === 'hr' ? [plan.file] : [plan.senior, ...(plan.junior ? [plan.junior] : [])];
  const structures = [{ id: ws.baseline.id, title: ws.baseline.title }, ...ws.options.map((o) => ({ id: o.id, title: o.title }))];

  useEffect(() => {
    let live = true;
    job.run(mapping, PREVIEW_SIZE, (p) => live && setProgress({ mapping, p })).then(
      (result) => live && setShown({ mapping, result }),
      (err: unknown) => live && failed(err),
    );
    return () => {
      live = false;
    };
    // `failed` reads the plan's files and the caller's onClose; a new run is wanted only for a new job or mapping.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job, mapping]);
  const result = shown?.mapping === mapping ? shown.result : null;

  const failed = (err: unknown) => {
    if (!(err instanceof ImportEnded)) store.getState().notify('error', filesUnreadable(files.map((f) => f.name), err instanceof Error ? err.message : String(err)));
    onClose();
  };

  const commit = async () => {
    if (!result?.ok) return;
    setBusy(true);
    const s = store.getState();
    if (target === 'new') {
      let made;
      try {
        made = await job.asWorkspace();
      } catch (err) {
        failed(err);
        return;
      }
      s.importParsed(loadChecked(made.result), made.lines);
    } else {
      let added;
      try {
        added = await job.asOption(ws, { optionId: uniqueId(ws, result.id), from });
      } catch (err) {
        failed(err);
        return;
      }
      const { result: r, lines } = added;
      if (!r.ok) {
        setBusy(false);
        s.notify('error', errorWords(r.error));
        return;
      }
      s.commit((draft) => {
        draft.options.push(r.option);
      });
      s.setPane('left', from);
      s.setPane('right', r.option.id);
      s.setMode('split');
      s.notify(lines.length > 0 ? 'warning' : 'info', importedNotice(r.option.title, true, lines.length), lines);
    }
    onClose();
  };

  return (
    <Modal title={importHeading(plan)} onClose={onClose} className="import-dialog">
      {files
        .filter((f) => f.encoding && f.encoding !== 'utf-8')
        .map((f) => (
          <p key={f.name} className="import-encoding">
            <Words text={encodingNote(f.name, f.encoding!)} />
          </p>
        ))}
      {plan.kind === 'hr' && <MappingForm headers={plan.headers} mapping={mapping} onChange={setMapping} />}
      {result ? (
        <ImportPreview result={result} currency={ws.currency} />
      ) : (
        <p className="import-progress" role="status">
          {progressWords(progress?.mapping === mapping ? progress.p : null)}
        </p>
      )}
      <fieldset className="import-target">
        <legend>{importChoice.legend}</legend>
        <label>
          <input type="radio" name={`${ids}-target`} checked={target === 'new'} onChange={() => setTarget('new')} /> {importChoice.asWorkspace}
        </label>
        <label>
          <input type="radio" name={`${ids}-target`} checked={target === 'option'} onChange={() => setTarget('option')} /> {importChoice.asOption}
        </label>
        <select aria-label={importChoice.derivedFrom} value={from} disabled={target !== 'option'} onChange={(e) => setFrom(e.target.value)}>
          {structures.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </fieldset>
      <div className="modal-actions">
        <button type="button" className="primary" disabled={!result?.ok || busy} onClick={() => void commit()}>
          {importChoice.importButton}
        </button>
        <button type="button" onClick={onClose}>
          {importChoice.cancel}
        </button>
        {busy && <span role="status">{importChoice.importing}</span>}
      </div>
    </Modal>
  );
}
