import { own } from '../../model/own.ts';
import { useId, useState } from 'react';
import type { AssignStep, NodeId, Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { ASSIGN_DIALOG } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface AssignDialogProps {
  structure: Structure;
  node: NodeId;
  onSubmit: (step: AssignStep) => void;
  onClose: () => void;
}

/** Assign a function: pick one of the structure's functions for this node to be accountable for; each says who holds it now. */
export function AssignDialog({ structure, node, onSubmit, onClose }: AssignDialogProps) {
  const fnId = useId();
  const [why, setWhy] = useState('');
  const names = namesIn(structure);
  const functions = (structure.functions ?? []).filter((f) => own(structure.accountable, f.id) !== node);
  const [fn, setFn] = useState(functions[0]?.id ?? '');
  const step = fn ? withWhy<AssignStep>({ op: 'assign', function: fn, to: node }, why) : null;
  return (
    <StepDialog
      title={ASSIGN_DIALOG.title(names.node(node))}
      submitLabel={ASSIGN_DIALOG.submit}
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : ASSIGN_DIALOG.blocked}
      why={why}
      onWhy={setWhy}
      onSubmit={() => step && onSubmit(step)}
      onClose={onClose}
    >
      <p className="panel-sub">
        <Words text={ASSIGN_DIALOG.intro(structure.title)} />
      </p>
      <label htmlFor={fnId}>{ASSIGN_DIALOG.function}</label>
      <select id={fnId} value={fn} onChange={(e) => setFn(e.target.value)} data-autofocus>
        {functions.map((f) => {
          const holder = own(structure.accountable, f.id);
          return (
            <option key={f.id} value={f.id}>
              {ASSIGN_DIALOG.choice(names.function(f.id), holder ? names.node(holder) : null)}
            </option>
          );
        })}
      </select>
    </StepDialog>
  );
}
