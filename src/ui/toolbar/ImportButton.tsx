import { useId, useRef, useState } from 'react';
import { decodeCsv, planImport, type CsvFile } from '../../import/index.ts';
import { decodeWorkspaceBytes } from '../../io/decode.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { planRefusalWords } from '../../words/import.ts';
import { decodeWords } from '../../words/fileProblems.ts';
import { ImportDialog, type CsvPlan } from '../import/ImportDialog.tsx';

/**
 * The file's bytes (FileReader, which every browser and jsdom have), decoded for CSV as UTF-8, UTF-16 or (not
 * UTF-8) Windows-1252; a workspace is decoded again by the format's strict rule (UTF-8 only) when it is one.
 */
function readFile(file: File): Promise<CsvFile & { bytes: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const bytes = reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : new Uint8Array();
      resolve({ name: file.name, bytes, ...decodeCsv(bytes) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
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
            const files = await Promise.all(chosen.map(readFile));
            const p = planImport(files);
            if (p.kind === 'workspace') {
              const decoded = decodeWorkspaceBytes(files.find((f) => f.name === p.file.name)!.bytes);
              if (decoded.ok) store.getState().importWorkspace(decoded.text);
              else store.getState().notify('error', `"${p.file.name}" was not imported; the workspace is unchanged.`, [decodeWords(decoded.error)]);
            }
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
