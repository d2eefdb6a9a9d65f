import { useId, useState } from 'react';
import type { Option } from '../../model/types.ts';
import { structureBeforeStep, type StepError } from '../../options/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { structureTitle } from '../../store/names.ts';
import { stepErrorLine } from '../../words/index.ts';
import { conflictNameOf, stepNames } from '../../words/workspaceNames.ts';
import { selectCanUndo, selectResolved, selectWorkspace } from '../../store/selectors.ts';
import { blockedWords, CONFLICT_ACTIONS, conflictHeading, conflictWords, CONFLICTS_HEADING, moreConflicts, quotedTitle } from '../../words/conflicts.ts';
import { Words } from '../words/Words.tsx';

function Retarget({ option, conflict, missing }: { option: Option; conflict: StepError; missing: string }) {
  const store = useAppStoreApi();
  const ws = useAppStore(selectWorkspace);
  const id = useId();
  const [to, setTo] = useState('');
  const before = structureBeforeStep(ws, option.id, conflict.index - 1);
  const nodes = [...(before?.nodes ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form
      className="retarget"
      onSubmit={(e) => {
        e.preventDefault();
        if (to) store.getState().retargetStep(option.id, conflict.index - 1, missing, to);
      }}
    >
      <label htmlFor={id}>{CONFLICT_ACTIONS.retargetLabel(missing)}</label>
      <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">—</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.holder ? `${n.name} (${n.holder})` : `${n.name} (${n.id})`}
          </option>
        ))}
      </select>
      <button type="submit" className="small" disabled={!to}>
        {CONFLICT_ACTIONS.retargetApply}
      </button>
    </form>
  );
}

function ConflictItem({ option, conflict }: { option: Option; conflict: StepError }) {
  const store = useAppStoreApi();
  const ws = useAppStore(selectWorkspace);
  const canUndo = useAppStore(selectCanUndo);
  const [retargeting, setRetargeting] = useState(false);
  const name = conflictNameOf(stepNames(ws, option.id));
  const missing = conflict.needs.flatMap((n) => (n.kind === 'node' ? [n.id] : []));
  return (
    <li className="conflict" data-option={option.id} data-step={conflict.index}>
      <p>{conflictWords(conflict, name)}</p>
      <div className="conflict-actions" role="group" aria-label={CONFLICT_ACTIONS.group(conflict.index, option.title)}>
        <button type="button" className="small" onClick={() => store.getState().removeStep(option.id, conflict.index - 1)}>
          {CONFLICT_ACTIONS.remove(conflict.index)}
        </button>
        {missing.length > 0 ? (
          <button type="button" className="small" aria-expanded={retargeting} onClick={() => setRetargeting(!retargeting)}>
            {CONFLICT_ACTIONS.retarget}
          </button>
        ) : null}
        <button type="button" className="small" disabled={!canUndo} onClick={() => store.getState().undo()}>
          {CONFLICT_ACTIONS.undo}
        </button>
      </div>
      {retargeting ? missing.map((id) => <Retarget key={id} option={option} conflict={conflict} missing={id} />) : null}
    </li>
  );
}

/** Conflicts listed per option; the rest are counted (each removal or retarget brings the next into view). */
const SHOWN = 20;

/** Every option with steps that no longer apply, what each step needs, and the ways out; options built on them flagged. */
export function ConflictsPanel() {
  const store = useAppStoreApi();
  const ws = useAppStore(selectWorkspace);
  const { stepErrors, blockedBy } = useAppStore(selectResolved);
  if (blockedBy.size === 0) return null;
  const titleOf = (id: string) => structureTitle(ws, id).replace(/^"|"$/g, '');
  return (
    <section className="conflicts" aria-label={CONFLICTS_HEADING}>
      <h2>{CONFLICTS_HEADING}</h2>
      {ws.options
        .filter((o) => blockedBy.has(o.id))
        .map((option) => {
          const own = stepErrors.get(option.id) ?? [];
          return (
            <div key={option.id} className="conflict-option" data-option={option.id}>
              <h3>
                <Words text={own.length > 0 ? conflictHeading(option.title, own.length) : quotedTitle(option.title)} />
              </h3>
              <p className="conflict-blocked">{blockedWords(option.id, blockedBy.get(option.id)!, titleOf)}</p>
              <button type="button" className="small" onClick={() => store.getState().openAgainstBaseline(option.id)}>
                {CONFLICT_ACTIONS.open}
              </button>
              {own.length > 0 ? (
                <ul>
                  {own.slice(0, SHOWN).map((c) => (
                    <ConflictItem key={`${c.index}-${stepErrorLine(c)}`} option={option} conflict={c} />
                  ))}
                  {own.length > SHOWN ? <li>{moreConflicts(own.length - SHOWN)}</li> : null}
                </ul>
              ) : null}
            </div>
          );
        })}
    </section>
  );
}
