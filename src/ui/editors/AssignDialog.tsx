import { own } from '../../model/own.ts';
import { useId, useState } from 'react';
import type { AssignStep, NodeId, Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
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
  const nameOf = (id: NodeId) => structure.nodes.find((n) => n.id === id)?.name ?? `"${id}"`;
  const functions = (structure.functions ?? []).filter((f) => own(structure.accountable, f.id) !== node);
  const [fn, setFn] = useState(functions[0]?.id ?? '');
  const step = fn ? withWhy<AssignStep>({ op: 'assign', function: fn, to: node }, why) : null;
  return (
    <StepDialog
      title={`Make ${nameOf(node)} accountable for…`}
      submitLabel="Assign"
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : 'This node is already accountable for every function, or the structure lists none.'}
      why={why}
      onWhy={setWhy}
      onSubmit={() => step && onSubmit(step)}
      onClose={onClose}
    >
      <p className="panel-sub">In {structure.title}. One node is accountable for each function; assigning moves it from whoever holds it.</p>
      <label htmlFor={fnId}>Function</label>
      <select id={fnId} value={fn} onChange={(e) => setFn(e.target.value)} data-autofocus>
        {functions.map((f) => {
          const holder = own(structure.accountable, f.id);
          return (
            <option key={f.id} value={f.id}>
              {f.name}: now {holder ? nameOf(holder) : 'no one (gap)'}
            </option>
          );
        })}
      </select>
    </StepDialog>
  );
}
