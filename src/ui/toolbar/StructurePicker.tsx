import { useId } from 'react';
import type { Side } from '../../store/types.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectChoices } from '../../store/selectors.ts';
import { PANE_PICKER } from '../../words/toolbar.ts';

/** A select labelled "Left" or "Right" of the baseline and every option, by title. */
export function StructurePicker({ side }: { side: Side }) {
  const id = useId();
  const store = useAppStoreApi();
  const choices = useAppStore(selectChoices);
  const value = useAppStore((s) => s.view[side]);
  return (
    <div className="picker">
      <label htmlFor={id}>{PANE_PICKER[side]}</label>
      <select id={id} value={value} onChange={(e) => store.getState().setPane(side, e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {PANE_PICKER.choice(c.title, c.isBaseline)}
          </option>
        ))}
      </select>
    </div>
  );
}
