import { useId, useMemo, useState } from 'react';
import type { NodeId, Structure } from '../../model/types.ts';
import { Modal } from './Modal.tsx';
import { managerChoices } from './managerChoices.ts';
import { NodePicker, pickedValue } from './NodePicker.tsx';

interface MoveToDialogProps {
  structure: Structure;
  node: NodeId;
  onMove: (to: NodeId | null, why: string) => void;
  onClose: () => void;
}

/** The keyboard path for moving: pick a new manager (refused ones disabled, with the reason), Enter applies. */
export function MoveToDialog({ structure, node, onMove, onClose }: MoveToDialogProps) {
  const whyId = useId();
  const [why, setWhy] = useState('');
  const all = useMemo(() => managerChoices(structure, node), [structure, node]);
  const [value, setValue] = useState(() => pickedValue(all, '', undefined));
  const name = structure.nodes.find((n) => n.id === node)?.name ?? node;
  const apply = () => {
    if (value === undefined) return;
    onMove(value === '' ? null : value, why.trim());
  };
  return (
    <Modal title={`Move ${name} to…`} onClose={onClose} className="move-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <p className="panel-sub">In {structure.title}. Choose the new manager; greyed entries are not allowed, with the reason.</p>
        <NodePicker label="New manager" filterLabel="Filter managers" choices={all} value={value} onChange={setValue} onEnter={apply} autoFocus />
        <label htmlFor={whyId}>Why (optional)</label>
        <input id={whyId} value={why} onChange={(e) => setWhy(e.target.value)} />
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={value === undefined}>
            Move
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
