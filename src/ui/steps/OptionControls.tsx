import { useState } from 'react';
import type { Option } from '../../model/types.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { useConfirm } from '../dialogs/confirmContext.ts';
import { DELETE_OPTION, OPTION_CONTROLS as W } from '../../words/stepsPanel.ts';

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
        {W.rename}
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
        {W.newTitle} <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <button type="submit">{W.saveTitle}</button>
      <button type="button" onClick={() => setEditing(false)}>
        {W.cancel}
      </button>
    </form>
  );
}

export function OptionControls({ option }: { option: Option | null }) {
  const store = useAppStoreApi();
  const confirm = useConfirm();
  const baselineId = () => store.getState().workspace.baseline.id;
  return (
    <div className="option-controls" role="group" aria-label={W.group}>
      <button type="button" onClick={() => store.getState().newOptionFrom(baselineId())}>
        {W.newFromBaseline}
      </button>
      {option ? (
        <>
          <button type="button" onClick={() => store.getState().newOptionFrom(option.id)}>
            {W.newFromThis}
          </button>
          <button type="button" onClick={() => store.getState().duplicateOption(option.id)}>
            {W.duplicate}
          </button>
          <RenameForm key={option.id} option={option} />
          <button
            type="button"
            className="danger"
            onClick={async () => {
              const ok = await confirm({ title: DELETE_OPTION.title, body: DELETE_OPTION.body(option.title, option.steps.length), confirmLabel: DELETE_OPTION.confirm });
              if (ok) store.getState().deleteOption(option.id);
            }}
          >
            {W.delete}
          </button>
        </>
      ) : null}
    </div>
  );
}
