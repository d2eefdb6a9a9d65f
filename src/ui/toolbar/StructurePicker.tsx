import { useId } from 'react';
import type { Side } from '../../store/types.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectChoices } from '../../store/selectors.ts';

/** A select labelled "Left" or "Right" of the baseline and every option, by title. */
export function StructurePicker({ side }: { side: Side }) {
  const id = useId();
  const store = useAppStoreApi();
  const choices = useAppStore(selectChoices);
  const value = useAppStore((s) => s.view[side]);
  return (
    <div className="picker">
      <label htmlFor={id}>{side === 'left' ? 'Left' : 'Right'}</label>
      <select id={id} value={value} onChange={(e) => store.getState().setPane(side, e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.isBaseline ? `${c.title} (baseline)` : c.title}
          </option>
        ))}
      </select>
    </div>
  );
}
