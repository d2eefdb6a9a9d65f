import { useId, type ReactNode } from 'react';
import { STEP_DIALOG } from '../../words/editors.ts';
import { Modal } from '../dialogs/Modal.tsx';
import { Words } from '../words/Words.tsx';

interface StepDialogProps {
  title: string;
  /** Label of the button that applies the step(s), e.g. "Add post". */
  submitLabel: string;
  /** Why the step(s) cannot be applied, in names (from the core's check); the button is disabled while set. */
  refusal: string | null;
  /** Disables the button without a refusal (e.g. nothing changed yet), with this hint. */
  blocked?: string | null;
  why: string;
  onWhy: (why: string) => void;
  onSubmit: () => void;
  onClose: () => void;
  children?: ReactNode;
  className?: string;
}

/**
 * The frame of every node editor: its fields, an optional reason (`why`), the core's refusal shown live
 * (role="alert") with the button disabled, Enter or the button to apply, Escape or Cancel to close.
 */
export function StepDialog({ title, submitLabel, refusal, blocked, why, onWhy, onSubmit, onClose, children, className }: StepDialogProps) {
  const whyId = useId();
  const stopped = refusal !== null || !!blocked;
  return (
    <Modal title={title} onClose={onClose} className={className ? `step-dialog ${className}` : 'step-dialog'}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!stopped) onSubmit();
        }}
      >
        {children}
        <label htmlFor={whyId}>{STEP_DIALOG.why}</label>
        <textarea id={whyId} rows={2} value={why} onChange={(e) => onWhy(e.target.value)} placeholder={STEP_DIALOG.whyHint} />
        {refusal ? (
          <p className="refusal" role="alert">
            <Words text={STEP_DIALOG.notAllowed(refusal)} />
          </p>
        ) : blocked ? (
          <p className="panel-sub">
            <Words text={blocked} />
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={stopped}>
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            {STEP_DIALOG.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The reason as a step carries it: trimmed, left out when blank. */
export const withWhy = <S extends object>(step: S, why: string): S & { why?: string } => (why.trim() ? { ...step, why: why.trim() } : step);
