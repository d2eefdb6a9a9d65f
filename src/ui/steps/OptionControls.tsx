import { useState } from 'react';
import type { Option } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { useConfirm } from '../dialogs/confirmContext.ts';

function RenameForm({ option }: { option: Option }) {
  const store = useAppStoreApi();
  const [title, setTitle] = useState(option.title);
  const [editing, setEditing] = useState(false);
  if (!editing)
    return (
      <button
        type="button"
        onClick={() => {
          setTitle(option.title);
          setEditing(true);
        }}
      >
        Rename
      </button>
    );
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (store.getState().renameOption(option.id, title) || title.trim() === option.title) setEditing(false);
      }}
    >
      <label>
        New title <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <button type="submit">Save title</button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

export function OptionControls({ option }: { option: Option | null }) {
  const store = useAppStoreApi();
  const confirm = useConfirm();
  const baselineId = () => store.getState().workspace.baseline.id;
  return (
    <div className="option-controls" role="group" aria-label="Option controls">
      <button type="button" onClick={() => store.getState().newOptionFrom(baselineId())}>
        New option from baseline
      </button>
      {option ? (
        <>
          <button type="button" onClick={() => store.getState().newOptionFrom(option.id)}>
            New option from this
          </button>
          <button type="button" onClick={() => store.getState().duplicateOption(option.id)}>
            Duplicate
          </button>
          <RenameForm key={option.id} option={option} />
          <button
            type="button"
            className="danger"
            onClick={async () => {
              const ok = await confirm({ title: 'Delete option?', body: `Delete "${option.title}" and its ${option.steps.length} steps? Undo brings it back.`, confirmLabel: 'Delete option' });
              if (ok) store.getState().deleteOption(option.id);
            }}
          >
            Delete
          </button>
        </>
      ) : null}
    </div>
  );
}
