import { useId, useState } from 'react';
import { PICKER } from '../../words/editors.ts';

export interface PickerChoice {
  /** '' may stand for "none" (e.g. no manager). */
  value: string;
  label: string;
  /** Why this choice is not allowed, in names; null when it is. */
  refused: string | null;
}

interface NodePickerProps {
  /** Label of the list, e.g. "New manager". */
  label: string;
  /** Label of the filter box, e.g. "Filter managers". */
  filterLabel: string;
  choices: readonly PickerChoice[];
  /** The allowed choice picked (the first allowed one shown when undefined). */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Enter on the list. */
  onEnter?: () => void;
  autoFocus?: boolean;
}

/** The allowed choice to show as picked: `picked` when shown and allowed, else the first allowed one. */
export function pickedValue(choices: readonly PickerChoice[], filter: string, picked: string | undefined): string | undefined {
  const shown = filterChoices(choices, filter);
  return picked !== undefined && shown.some((c) => c.value === picked && !c.refused) ? picked : shown.find((c) => !c.refused)?.value;
}

const filterChoices = (choices: readonly PickerChoice[], filter: string) => choices.filter((c) => c.label.toLowerCase().includes(filter.trim().toLowerCase()));

/**
 * A filter box over a list of nodes: refused entries are disabled and say why, Enter applies.
 * Controlled: the parent keeps the picked value, starting from `pickedValue(choices, '', undefined)`; the
 * filter is the picker's own, and a change of filter reports the value then shown as picked.
 */
export function NodePicker({ label, filterLabel, choices, value, onChange, onEnter, autoFocus }: NodePickerProps) {
  const filterId = useId();
  const listId = useId();
  const [filter, setFilter] = useState('');
  const shown = filterChoices(choices, filter);
  const current = pickedValue(choices, filter, value);
  return (
    <>
      <label htmlFor={filterId}>{filterLabel}</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          onChange(pickedValue(choices, e.target.value, value));
        }}
        data-autofocus={autoFocus ? true : undefined}
      />
      <label htmlFor={listId}>{label}</label>
      <select
        id={listId}
        size={Math.min(12, Math.max(4, shown.length))}
        value={current ?? ''}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
      >
        {shown.map((c) => (
          <option key={c.value} value={c.value} disabled={c.refused !== null}>
            {c.refused ? PICKER.refused(c.label, c.refused) : c.label}
          </option>
        ))}
      </select>
    </>
  );
}
