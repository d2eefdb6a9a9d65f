import { useMemo, useState } from 'react';
import type { MergeStep, NodeId, Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { choiceLabel, MERGE_DIALOG, PICKER } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';
import { NodePicker, pickedValue, type PickerChoice } from '../dialogs/NodePicker.tsx';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface MergeDialogProps {
  structure: Structure;
  node: NodeId;
  onSubmit: (step: MergeStep) => void;
  onClose: () => void;
}

/** Every node that could absorb `node`, each with the core's reason when it cannot. */
function absorberChoices(s: Structure, node: NodeId): PickerChoice[] {
  const names = namesIn(s);
  return s.nodes
    .filter((n) => n.id !== node)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((n) => ({ value: n.id, label: choiceLabel(names, n), refused: explainStep(s, { op: 'merge', nodes: [node], into: n.id }) }));
}

/** Merge into…: pick the node that absorbs this one (its reports, accountabilities and links pass to it). */
export function MergeDialog({ structure, node, onSubmit, onClose }: MergeDialogProps) {
  const [why, setWhy] = useState('');
  const choices = useMemo(() => absorberChoices(structure, node), [structure, node]);
  const [into, setInto] = useState(() => pickedValue(choices, '', undefined));
  const name = namesIn(structure).node(node);
  const step = into ? withWhy<MergeStep>({ op: 'merge', nodes: [node], into }, why) : null;
  const submit = () => step && onSubmit(step);
  return (
    <StepDialog
      title={MERGE_DIALOG.title(name)}
      submitLabel={MERGE_DIALOG.submit}
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : MERGE_DIALOG.blocked}
      why={why}
      onWhy={setWhy}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="panel-sub">
        <Words text={MERGE_DIALOG.intro(structure.title, name)} />
      </p>
      <NodePicker label={MERGE_DIALOG.picker} filterLabel={PICKER.filterNodes} choices={choices} value={into} onChange={setInto} onEnter={submit} autoFocus />
    </StepDialog>
  );
}
