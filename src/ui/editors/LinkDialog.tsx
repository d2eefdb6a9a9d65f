import { useId, useMemo, useState } from 'react';
import { type LinkKind, type LinkStep, type NodeId, type Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { LinkKindSelect } from './LinkKindSelect.tsx';
import { NodePicker, pickedValue, type PickerChoice } from '../dialogs/NodePicker.tsx';
import { StepDialog, withWhy } from './StepDialog.tsx';

interface LinkDialogProps {
  structure: Structure;
  node: NodeId;
  onSubmit: (step: LinkStep) => void;
  onClose: () => void;
}

type Direction = 'from' | 'to';

const linkStep = (node: NodeId, other: NodeId, kind: LinkKind, direction: Direction): LinkStep =>
  direction === 'from' ? { op: 'link', kind, from: node, to: other } : { op: 'link', kind, from: other, to: node };

/** Add link: a kind, a direction and the other node; nodes the core refuses (itself, an existing link) are greyed with the reason. */
export function LinkDialog({ structure, node, onSubmit, onClose }: LinkDialogProps) {
  const kindId = useId();
  const dirId = useId();
  const noteId = useId();
  const [why, setWhy] = useState('');
  const [kind, setKind] = useState<LinkKind>('strategic');
  const [direction, setDirection] = useState<Direction>('from');
  const [note, setNote] = useState('');
  const choices = useMemo<PickerChoice[]>(
    () =>
      structure.nodes
        .filter((n) => n.id !== node)
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((n) => ({ value: n.id, label: n.holder ? `${n.name} (${n.holder})` : n.name, refused: explainStep(structure, linkStep(node, n.id, kind, direction)) })),
    [structure, node, kind, direction],
  );
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const other = pickedValue(choices, '', picked);
  const name = structure.nodes.find((n) => n.id === node)?.name ?? node;
  const step = other ? withWhy<LinkStep>({ ...linkStep(node, other, kind, direction), ...(note.trim() ? { note: note.trim() } : {}) }, why) : null;
  const submit = () => step && onSubmit(step);
  return (
    <StepDialog
      title={`Add a link for ${name}`}
      submitLabel="Add link"
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : 'No node can take this link.'}
      why={why}
      onWhy={setWhy}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="panel-sub">In {structure.title}.</p>
      <label htmlFor={kindId}>Link kind</label>
      <LinkKindSelect id={kindId} value={kind} onChange={setKind} />
      <label htmlFor={dirId}>Direction</label>
      <select id={dirId} value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
        <option value="from">From {name} to the node picked</option>
        <option value="to">From the node picked to {name}</option>
      </select>
      <NodePicker label="Other node" filterLabel="Filter nodes" choices={choices} value={other} onChange={setPicked} onEnter={submit} />
      <label htmlFor={noteId}>Note on the link (optional)</label>
      <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
    </StepDialog>
  );
}
