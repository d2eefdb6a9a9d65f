import { useId, useMemo, useState } from 'react';
import type { NodeId, Structure } from '../../model/types.ts';
import { MOVE_DIALOG, PICKER, STEP_DIALOG } from '../../words/editors.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';
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
  const name = namesIn(structure).node(node);
  const apply = () => {
    if (value === undefined) return;
    onMove(value === '' ? null : value, why.trim());
  };
  return (
    <Modal title={MOVE_DIALOG.title(name)} onClose={onClose} className="move-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <p className="panel-sub">
          <Words text={MOVE_DIALOG.intro(structure.title)} />
        </p>
        <NodePicker label={MOVE_DIALOG.picker} filterLabel={PICKER.filterManagers} choices={all} value={value} onChange={setValue} onEnter={apply} autoFocus />
        <label htmlFor={whyId}>{STEP_DIALOG.why}</label>
        <input id={whyId} value={why} onChange={(e) => setWhy(e.target.value)} />
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={value === undefined}>
            {MOVE_DIALOG.submit}
          </button>
          <button type="button" onClick={onClose}>
            {STEP_DIALOG.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
