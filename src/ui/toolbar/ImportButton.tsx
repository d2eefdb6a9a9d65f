import { useId, useRef, useState } from 'react';
import { planImport, type CsvFile } from '../../import/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { planRefusalWords } from '../../words/import.ts';
import { ImportDialog, type CsvPlan } from '../import/ImportDialog.tsx';

/** The file's text (FileReader, which every browser and jsdom have). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/**
 * "Import": a workspace file (an invalid one is reported place by place and changes nothing), an organogram
 * return's senior and junior CSV files chosen together, or an HR export CSV. CSV opens the import dialog, which
 * previews and lists warnings before anything changes.
 */
export function ImportButton() {
  const id = useId();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<CsvPlan | null>(null);
  return (
    <span className="import">
      <label htmlFor={id} className="button">
        Import
      </label>
      <input
        ref={input}
        id={id}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,application/json,.csv,text/csv"
        onChange={async (e) => {
          const chosen = [...(e.target.files ?? [])];
          if (chosen.length === 0) return;
          try {
            const files: CsvFile[] = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await readText(f) })));
            const p = planImport(files);
            if (p.kind === 'workspace') store.getState().importWorkspace(p.file.text);
            else if (p.kind === 'refused') store.getState().notify('error', planRefusalWords(p));
            else setPlan(p);
          } catch (err) {
            store.getState().notify('error', `${chosen.map((f) => `"${f.name}"`).join(', ')} could not be read: ${err instanceof Error ? err.message : String(err)}`);
          } finally {
            if (input.current) input.current.value = '';
          }
        }}
      />
      {plan && <ImportDialog plan={plan} onClose={() => setPlan(null)} />}
    </span>
  );
}
