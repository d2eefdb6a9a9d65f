import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectSelected } from '../../store/selectors.ts';
import { MoveToDialog } from '../dialogs/MoveToDialog.tsx';
import { useMoveInStructure } from '../panes/useMoveInStructure.ts';
import { selectEditTarget as selectTarget, selectEditTargetId as targetId } from '../node/editTarget.ts';
import { MOVE_TO, moveToHint } from '../../words/toolbar.ts';

/**
 * "Move to…": moves the selected node in the structure the node editors act on (editTarget.ts: the pane last used,
 * else the other pane when only that one holds the node; a new option when it is the baseline). It follows the
 * selection, not the focus, so it stays on while the officer uses the toolbar.
 */
export function MoveToButton() {
  const store = useAppStoreApi();
  const selected = useAppStore(selectSelected);
  const target = useAppStore(selectTarget);
  const move = useMoveInStructure();
  const [open, setOpen] = useState(false);
  const present = !!(selected && target?.nodes.some((n) => n.id === selected));
  return (
    <>
      <button
        type="button"
        disabled={!present}
        title={moveToHint(present && target ? target.title : null)}
        onClick={() => setOpen(true)}
      >
        {MOVE_TO}
      </button>
      {open && selected && target && present ? (
        <MoveToDialog
          structure={target}
          node={selected}
          onClose={() => setOpen(false)}
          onMove={(to, why) => {
            setOpen(false);
            void move(targetId(store.getState()), selected, to, why || undefined);
          }}
        />
      ) : null}
    </>
  );
}
