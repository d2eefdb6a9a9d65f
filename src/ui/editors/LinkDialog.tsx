import { useId, useMemo, useState } from 'react';
import { type LinkKind, type LinkStep, type NodeId, type Structure } from '../../model/types.ts';
import { explainStep } from '../../words/editing.ts';
import { choiceLabel, LINK_DIALOG, PICKER, STEP_DIALOG } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';
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
  const names = namesIn(structure);
  const choices = useMemo<PickerChoice[]>(
    () =>
      structure.nodes
        .filter((n) => n.id !== node)
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((n) => ({ value: n.id, label: choiceLabel(names, n), refused: explainStep(structure, linkStep(node, n.id, kind, direction)) })),
    [structure, names, node, kind, direction],
  );
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const other = pickedValue(choices, '', picked);
  const name = names.node(node);
  const step = other ? withWhy<LinkStep>({ ...linkStep(node, other, kind, direction), ...(note.trim() ? { note: note.trim() } : {}) }, why) : null;
  const submit = () => step && onSubmit(step);
  return (
    <StepDialog
      title={LINK_DIALOG.title(name)}
      submitLabel={LINK_DIALOG.submit}
      refusal={step ? explainStep(structure, step) : null}
      blocked={step ? null : LINK_DIALOG.blocked}
      why={why}
      onWhy={setWhy}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="panel-sub">
        <Words text={STEP_DIALOG.inStructure(structure.title)} />
      </p>
      <label htmlFor={kindId}>{LINK_DIALOG.kind}</label>
      <LinkKindSelect id={kindId} value={kind} onChange={setKind} />
      <label htmlFor={dirId}>{LINK_DIALOG.direction}</label>
      <select id={dirId} value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
        <option value="from">{LINK_DIALOG.fromThis(name)}</option>
        <option value="to">{LINK_DIALOG.toThis(name)}</option>
      </select>
      <NodePicker label={LINK_DIALOG.other} filterLabel={PICKER.filterNodes} choices={choices} value={other} onChange={setPicked} onEnter={submit} />
      <label htmlFor={noteId}>{LINK_DIALOG.note}</label>
      <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
    </StepDialog>
  );
}
