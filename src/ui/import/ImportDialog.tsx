import { useId, useMemo, useState } from 'react';
import { addReturnAsOption, guessMapping, importHr, importOrganogram, workspaceOf, type FilePlan, type ImportResult, type Mapping } from '../../import/index.ts';
import { serializeWorkspace } from '../../io/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { uniqueId } from '../../store/ids.ts';
import { encodingNote, errorWords, importedNotice, importHeading, warningWords } from '../../words/import.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { MappingForm } from './MappingForm.tsx';

export type CsvPlan = Extract<FilePlan, { kind: 'organogram' | 'hr' }>;

function run(plan: CsvPlan, mapping: Mapping): ImportResult {
  return plan.kind === 'hr' ? importHr(plan.file, mapping) : importOrganogram({ senior: plan.senior, junior: plan.junior });
}

/**
 * The import dialog for CSV (people.md): an organogram return or an HR export (with a mapping guessed from its
 * headers, changeable here). It previews the first nodes and lists every warning and error before anything
 * changes; "Import" makes a new workspace of it, or adds it to this workspace as an option derived from a
 * structure chosen here. Cancel changes nothing.
 */
export function ImportDialog({ plan, onClose }: { plan: CsvPlan; onClose: () => void }) {
  const store = useAppStoreApi();
  const ws = useAppStore((s) => s.workspace);
  const ids = useId();
  const [mapping, setMapping] = useState<Mapping>(() => (plan.kind === 'hr' ? guessMapping(plan.headers) : {}));
  const [target, setTarget] = useState<'new' | 'option'>('new');
  const [from, setFrom] = useState(ws.baseline.id);
  const result = useMemo(() => run(plan, mapping), [plan, mapping]);
  const files = plan.kind === 'hr' ? [plan.file] : [plan.senior, ...(plan.junior ? [plan.junior] : [])];
  const structures = [{ id: ws.baseline.id, title: ws.baseline.title }, ...ws.options.map((o) => ({ id: o.id, title: o.title }))];

  const commit = () => {
    if (!result.ok) return;
    const lines = result.warnings.map(warningWords);
    const s = store.getState();
    if (target === 'new') {
      const done = s.importWorkspace(serializeWorkspace(workspaceOf(result.structure)));
      if (done.ok && lines.length > 0) s.notify('warning', importedNotice(result.structure.title, false, lines.length), lines);
    } else {
      const file = plan.kind === 'hr' ? plan.file.name : plan.senior.name;
      const added = addReturnAsOption(ws, { structure: result.structure, file, origins: result.origins }, { optionId: uniqueId(ws, result.structure.id), from });
      if (!added.ok) {
        s.notify('error', errorWords(added.error));
        return;
      }
      s.commit((draft) => {
        draft.options.push(added.option);
      });
      s.setPane('left', from);
      s.setPane('right', added.option.id);
      s.setMode('split');
      s.notify(lines.length > 0 ? 'warning' : 'info', importedNotice(added.option.title, true, lines.length), lines);
    }
    onClose();
  };

  return (
    <Modal title={importHeading(plan)} onClose={onClose} className="import-dialog">
      {files
        .filter((f) => f.encoding && f.encoding !== 'utf-8')
        .map((f) => (
          <p key={f.name} className="import-encoding">
            {encodingNote(f.name, f.encoding!)}
          </p>
        ))}
      {plan.kind === 'hr' && <MappingForm headers={plan.headers} mapping={mapping} onChange={setMapping} />}
      <ImportPreview result={result} currency={ws.currency} />
      <fieldset className="import-target">
        <legend>Import as</legend>
        <label>
          <input type="radio" name={`${ids}-target`} checked={target === 'new'} onChange={() => setTarget('new')} /> a new workspace (this one is replaced; Undo
          brings it back)
        </label>
        <label>
          <input type="radio" name={`${ids}-target`} checked={target === 'option'} onChange={() => setTarget('option')} /> an option in this workspace, derived
          from
        </label>
        <select aria-label="Derived from" value={from} disabled={target !== 'option'} onChange={(e) => setFrom(e.target.value)}>
          {structures.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </fieldset>
      <div className="modal-actions">
        <button type="button" className="primary" disabled={!result.ok} onClick={commit}>
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
