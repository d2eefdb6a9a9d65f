import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Option, Step } from '../../model/types.ts';
import type { StepError } from '../../options/index.ts';
import { applySteps, resolveWorkspace } from '../../options/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectEditingStepErrors } from '../../store/selectors.ts';
import { NO_REASON_PROMPT } from '../../words/editing.ts';
import { StepEditDialog } from './StepEditDialog.tsx';
import { stepLine } from '../../words/index.ts';
import { conflictWords } from '../../words/conflicts.ts';
import { conflictNameOf } from '../../words/workspaceNames.ts';
import { showMore } from '../../words/lists.ts';
import { STEP_OP, STEP_TOOLS as W, STEPS_PANEL } from '../../words/stepsPanel.ts';
import { UserText } from '../words/UserText.tsx';
import { Words } from '../words/Words.tsx';
import { useStepNames } from './useStepNames.ts';

function InlineReason({ option, index }: { option: Option; index: number }) {
  const store = useAppStoreApi();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState('');
  if (!open)
    return (
      <button type="button" className="small" onClick={() => setOpen(true)} aria-label={W.addReasonTo(index + 1)} title={NO_REASON_PROMPT}>
        {W.addReason}
      </button>
    );
  return (
    <form
      className="inline-reason"
      onSubmit={(e) => {
        e.preventDefault();
        if (store.getState().setStepWhy(option.id, index, why)) setOpen(false);
      }}
    >
      <label htmlFor={inputId}>{W.reasonFor(index + 1)}</label>
      <input id={inputId} value={why} onChange={(e) => setWhy(e.target.value)} autoFocus onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} />
      <button type="submit" className="small" disabled={!why.trim()}>
        {W.saveReason}
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        {W.cancel}
      </button>
    </form>
  );
}

/** Steps drawn at first and added per "Show more": a 2,000-step option must not redraw 2,000 rows on every edit. */
export const STEPS_PAGE = 100;

/** The errors of each step, by its number (from 1), so each row finds its own without scanning them all. */
function errorsByStep(errors: readonly StepError[]): Map<number, StepError[]> {
  const out = new Map<number, StepError[]>();
  for (const e of errors) {
    const list = out.get(e.index);
    if (list) list.push(e);
    else out.set(e.index, [e]);
  }
  return out;
}

/**
 * An option's steps, each with its reason and any error. Each can be edited (fields and reason), moved up or down
 * (buttons, Alt+↑/↓ on the step, or dragged onto another step's place) where no more steps then fail, and removed.
 * The first STEPS_PAGE steps are drawn, more on request; failing steps further down are counted under the list.
 */
export function StepList({ option }: { option: Option }) {
  const store = useAppStoreApi();
  const errors = useAppStore(selectEditingStepErrors);
  const names = useStepNames(option);
  const nameOf = conflictNameOf(names);
  const [editing, setEditing] = useState<number | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const [limit, setLimit] = useState(STEPS_PAGE);
  const byStep = useMemo(() => errorsByStep(errors), [errors]);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusAt === null) return;
    list.current?.querySelector<HTMLElement>(`[data-step="${focusAt}"]`)?.focus();
    setFocusAt(null);
  }, [focusAt, option]);
  if (option.steps.length === 0) return <p className="none">{STEPS_PANEL.noSteps}</p>;
  const move = (from: number, to: number) => {
    if (to < 0 || to >= option.steps.length) return;
    if (!store.getState().moveStep(option.id, from, to)) return;
    if (to >= limit) setLimit(to + 1);
    setFocusAt(to);
  };
  const before = (i: number) => {
    const ws = store.getState().workspace;
    const base = resolveWorkspace(ws).structures.get(option.from ?? ws.baseline.id);
    return base ? applySteps(base, option.steps.slice(0, i), option.id).structure : null;
  };
  const editingBefore = editing === null ? null : before(editing);
  const last = option.steps.length - 1;
  const shown = Math.min(option.steps.length, limit);
  const rest = option.steps.length - shown;
  const failingBelow = rest > 0 ? [...byStep.keys()].filter((n) => n > shown).length : 0;
  return (
    <>
      <ol className="step-list" ref={list}>
        {option.steps.slice(0, shown).map((step: Step, i) => {
          const failed = byStep.get(i + 1) ?? [];
          const classes = ['step', failed.length > 0 ? 'failed' : '', dropAt === i && dragFrom !== i ? 'drop-before' : ''].filter(Boolean).join(' ');
          return (
            <li
              key={i}
              className={classes}
              aria-label={W.step(i + 1)}
              data-step={i}
              tabIndex={0}
              draggable
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget || !e.altKey) return;
                if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
                }
              }}
              onDragStart={(e) => {
                setDragFrom(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i + 1));
              }}
              onDragOver={(e) => {
                if (dragFrom === null) return;
                e.preventDefault();
                setDropAt(i);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null && dragFrom !== i) move(dragFrom, i);
                setDragFrom(null);
                setDropAt(null);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
            >
              <div className="step-main">
                <span className={`op op-${step.op}`}>{STEP_OP[step.op]}</span>
                <span className="step-summary">
                  <Words text={stepLine(step, names)} />
                </span>
              </div>
              {step.why ? (
                <p className="why">
                  <UserText text={step.why} />
                </p>
              ) : null}
              <div className="step-tools">
                {step.why ? null : <InlineReason option={option} index={i} />}
                <button type="button" className="small" onClick={() => setEditing(i)} aria-label={W.editStep(i + 1)}>
                  {W.edit}
                </button>
                <button type="button" className="small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={W.moveUp(i + 1)}>
                  {W.up}
                </button>
                <button type="button" className="small" disabled={i === last} onClick={() => move(i, i + 1)} aria-label={W.moveDown(i + 1)}>
                  {W.down}
                </button>
                <button type="button" className="small" onClick={() => store.getState().removeStep(option.id, i)} aria-label={W.removeStep(i + 1)}>
                  {W.remove}
                </button>
              </div>
              {failed.length > 0 ? (
                <ul className="step-errors" role="alert">
                  {failed.map((e) => (
                    <li key={e.index}>
                      <Words text={conflictWords(e, nameOf)} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {rest > 0 ? (
        <p className="steps-more">
          {W.showing(shown, option.steps.length, failingBelow)}{' '}
          <button type="button" onClick={() => setLimit(limit + STEPS_PAGE)}>
            {showMore(Math.min(rest, STEPS_PAGE))}
          </button>
        </p>
      ) : null}
      {editing !== null && editingBefore && option.steps[editing] ? (
        <StepEditDialog
          before={editingBefore}
          step={option.steps[editing]!}
          index={editing}
          onClose={() => setEditing(null)}
          onSubmit={(next) => {
            if (store.getState().replaceStep(option.id, editing, next)) setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}
