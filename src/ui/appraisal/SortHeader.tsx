import type { Column } from '../../appraisal/index.ts';

export type Direction = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: Direction;
}

interface Props {
  column: Column;
  sort: SortState | null;
  onSort(key: string): void;
}

/** A column heading that sorts the table by that column; aria-sort says how it is sorted now. */
export function SortHeader({ column, sort, onSort }: Props) {
  const active = sort?.key === column.key;
  const state = active ? sort.direction : 'none';
  return (
    <th scope="col" aria-sort={state} className={`appraisal-${column.group}`}>
      <button type="button" className="appraisal-sort" onClick={() => onSort(column.key)}>
        {column.header}
        <span aria-hidden="true" className="appraisal-sort-mark">
          {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
}

/** The next sort after a click on `key`: a new column sorts ascending, the same column flips. */
export function nextSort(sort: SortState | null, key: string): SortState {
  if (sort?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
}
