import { useId, useMemo, useState } from 'react';
import type { NodeId, Structure } from '../../model/types.ts';
import { Modal } from './Modal.tsx';
import { managerChoices } from './managerChoices.ts';

interface MoveToDialogProps {
  structure: Structure;
  node: NodeId;
  onMove: (to: NodeId | null, why: string) => void;
  onClose: () => void;
}

/** The keyboard path for moving: pick a new manager (refused ones disabled, with the reason), Enter applies. */
export function MoveToDialog({ structure, node, onMove, onClose }: MoveToDialogProps) {
  const filterId = useId();
  const listId = useId();
  const whyId = useId();
  const [filter, setFilter] = useState('');
  const [why, setWhy] = useState('');
  const all = useMemo(() => managerChoices(structure, node), [structure, node]);
  const shown = all.filter((c) => c.label.toLowerCase().includes(filter.trim().toLowerCase()));
  const firstAllowed = shown.find((c) => !c.refused)?.value;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const value = picked !== undefined && shown.some((c) => c.value === picked && !c.refused) ? picked : firstAllowed;
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
        <label htmlFor={filterId}>Filter managers</label>
        <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-autofocus />
        <label htmlFor={listId}>New manager</label>
        <select
          id={listId}
          size={Math.min(12, Math.max(4, shown.length))}
          value={value ?? ''}
          onChange={(e) => setPicked(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        >
          {shown.map((c) => (
            <option key={c.value} value={c.value} disabled={c.refused !== null}>
              {c.refused ? `${c.label}: not allowed, ${c.refused}` : c.label}
            </option>
          ))}
        </select>
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
