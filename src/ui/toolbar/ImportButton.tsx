import { useId, useRef } from 'react';
import { useAppStoreApi } from '../../store/index.ts';

/** The file's text (FileReader, which every browser and jsdom have). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** "Import": reads a workspace file; an invalid one is reported place by place and changes nothing. */
export function ImportButton() {
  const id = useId();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
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
        accept=".json,application/json"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          try {
            store.getState().importWorkspace(await readText(file));
          } catch (err) {
            store.getState().notify('error', `"${file.name}" could not be read: ${err instanceof Error ? err.message : String(err)}`);
          } finally {
            if (input.current) input.current.value = '';
          }
        }}
      />
    </span>
  );
}
