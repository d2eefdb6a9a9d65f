import { useId, useRef } from 'react';
import { IMPORT_BUTTON as W } from '../../words/toolbar.ts';
import { useImportFiles } from '../import/useImportFiles.tsx';

/**
 * "Import": a workspace file (an invalid one is reported place by place and changes nothing), an organogram
 * return's senior and junior CSV files chosen together, or an HR export CSV. CSV opens the import dialog, which
 * previews and lists warnings before anything changes. The files are read and checked in the background (useImportFiles).
 */
export function ImportButton() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const imports = useImportFiles();
  return (
    <span className="import">
      <label htmlFor={id} className="button">
        {W.label}
      </label>
      <input
        ref={input}
        id={id}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,application/json,.csv,text/csv"
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          if (input.current) input.current.value = '';
          if (chosen.length > 0) void imports.choose(chosen);
        }}
      />
      {imports.view}
    </span>
  );
}
