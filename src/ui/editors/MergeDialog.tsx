import { useMemo, useState } from 'react';
import type { MergeStep, NodeId, Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { NodePicker, pickedValue, type PickerChoice } from '../dialogs/NodePicker.tsx';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface MergeDialogProps {
  structure: Structure;
  node: NodeId;
  onSubmit: (step: MergeStep) => void;
  onClose: () => void;
}

const label = (n: { name: string; holder?: string | null }) => (n.holder ? `${n.name} (${n.holder})` : n.name);

/** Every node that could absorb `node`, each with the core's reason when it cannot. */
function absorberChoices(s: Structure, node: NodeId): PickerChoice[] {
  return s.nodes
    .filter((n) => n.id !== node)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((n) => ({ value: n.id, label: label(n), refused: explainStep(s, { op: 'merge', nodes: [node], into: n.id }) }));
}

/** Merge into…: pick the node that absorbs this one (its reports, accountabilities and links pass to it). */
export function MergeDialog({ structure, node, onSubmit, onClose }: MergeDialogProps) {
  const [why, setWhy] = useState('');
  const choices = useMemo(() => absorberChoices(structure, node), [structure, node]);
  const [into, setInto] = useState(() => pickedValue(choices, '', undefined));
  const name = structure.nodes.find((n) => n.id === node)?.name ?? node;
  const step = into ? withWhy<MergeStep>({ op: 'merge', nodes: [node], into }, why) : null;
  const submit = () => step && onSubmit(step);
  return (
    <StepDialog
      title={`Merge ${name} into…`}
      submitLabel="Merge"
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : 'No node can absorb it.'}
      why={why}
      onWhy={setWhy}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="panel-sub">In {structure.title}. {name} goes; its reports, accountabilities and links pass to the node you pick.</p>
      <NodePicker label="Absorbed by" filterLabel="Filter nodes" choices={choices} value={into} onChange={setInto} onEnter={submit} autoFocus />
    </StepDialog>
  );
}
