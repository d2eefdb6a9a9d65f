import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { loadChecked, type CsvPlanInfo, type ImportProgress } from '../../import/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { planRefusalWords } from '../../words/import.ts';
import { decodeWords } from '../../words/fileProblems.ts';
import { NOTICE } from '../../words/notices.ts';
import { filesUnreadable, importChoice, importingFiles, workspaceNotImported } from '../../words/importDialog.ts';
import { Words } from '../words/Words.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportEnded, startImportJob, type ImportJob } from './importJob.ts';

type Phase = { kind: 'idle' } | { kind: 'reading'; files: string[]; progress: ImportProgress | null; job: ImportJob } | { kind: 'dialog'; plan: CsvPlanInfo; job: ImportJob };

/**
 * Importing chosen files (the toolbar's Import): they are read and checked in the background (importJob.ts) while a
 * line says how far it has got, with a Cancel. A workspace file then loads (or its errors are listed in a notice),
 * CSV files open the import dialog, files that cannot go together are refused with a notice. `view` is what to
 * draw: the progress line or the dialog. Choosing again, Cancel or closing the dialog ends the job before it.
 */
export function useImportFiles(): { choose: (files: File[]) => Promise<void>; view: ReactNode } {
  const store = useAppStoreApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const current = useRef<ImportJob | null>(null);

  const stop = useCallback(() => {
    current.current?.end();
    current.current = null;
    setPhase({ kind: 'idle' });
  }, []);
  useEffect(() => () => current.current?.end(), []);

  const choose = useCallback(
    async (files: File[]) => {
      current.current?.end();
      const job = startImportJob();
      current.current = job;
      const names = files.map((f) => f.name);
      setPhase({ kind: 'reading', files: names, progress: null, job });
      const notify = store.getState().notify;
      try {
        const opened = await job.open(files, (progress) => setPhase((p) => (p.kind === 'reading' && p.job === job ? { ...p, progress } : p)));
        if (opened.kind === 'csv') {
          setPhase({ kind: 'dialog', plan: opened.plan, job });
          return;
        }
        if (opened.kind === 'workspace') store.getState().importParsed(loadChecked(opened.result));
        // The same notice as the store's importWorkspace gives, its lines worded in the worker.
        else if (opened.kind === 'workspace-refused') notify('error', NOTICE.notImported(opened.lines.length), opened.lines);
        else if (opened.kind === 'not-utf8') notify('error', workspaceNotImported(opened.file), [decodeWords(opened.error)]);
        else notify('error', planRefusalWords(opened.plan));
        stop();
      } catch (err) {
        if (err instanceof ImportEnded) return;
        notify('error', filesUnreadable(names, err instanceof Error ? err.message : String(err)));
        stop();
      }
    },
    [store, stop],
  );

  let view: ReactNode = null;
  if (phase.kind === 'reading') {
    view = (
      <span className="import-progress" role="status">
        <Words text={importingFiles(phase.files, phase.progress)} />{' '}
        <button type="button" className="small" onClick={stop}>
          {importChoice.cancel}
        </button>
      </span>
    );
  } else if (phase.kind === 'dialog') view = <ImportDialog plan={phase.plan} job={phase.job} onClose={stop} />;
  return { choose, view };
}
