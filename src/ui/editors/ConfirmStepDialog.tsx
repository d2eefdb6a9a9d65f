import { useState } from 'react';
import type { Step, Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { Words } from '../words/Words.tsx';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface ConfirmStepDialogProps {
  structure: Structure;
  title: string;
  body: string;
  submitLabel: string;
  /** The step without its reason; the dialog adds the reason typed. */
  step: Step;
  onSubmit: (step: Step) => void;
  onClose: () => void;
}

/** A step with nothing to choose but its reason (remove a link, clear an accountability), checked by the core. */
export function ConfirmStepDialog({ structure, title, body, submitLabel, step, onSubmit, onClose }: ConfirmStepDialogProps) {
  const [why, setWhy] = useState('');
  const full = withWhy(step, why);
  return (
    <StepDialog title={title} submitLabel={submitLabel} refusal={explainStep(structure, full)} why={why} onWhy={setWhy} onSubmit={() => onSubmit(full)} onClose={onClose}>
      <p>
        <Words text={body} />
      </p>
    </StepDialog>
  );
}
