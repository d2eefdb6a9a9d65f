import { useId, useState } from 'react';
import { useAppStoreApi } from '../../store/index.ts';
import { selectLeftStructure, selectRightStructure } from '../../store/selectors.ts';
import { findUnits } from './findUnits.ts';

/** Find a unit by name: Enter selects and centres the next match in both panes. */
export function SearchBox() {
  const id = useId();
  const store = useAppStoreApi();
  const [query, setQuery] = useState('');
  const [turn, setTurn] = useState(0);
  const [status, setStatus] = useState('');
  const find = () => {
    const s = store.getState();
    const matches = findUnits([selectRightStructure(s), selectLeftStructure(s)], query);
    if (matches.length === 0) {
      setStatus(query.trim() ? `No unit matches “${query.trim()}”` : '');
      return;
    }
    const i = turn % matches.length;
    const match = matches[i];
    if (!match) return;
    s.select(match.id, true);
    setStatus(matches.length === 1 ? match.name : `${match.name} (${i + 1} of ${matches.length})`);
    setTurn(i + 1);
  };
  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        find();
      }}
    >
      <label htmlFor={id}>Find unit</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Name, e.g. Early Years"
        onChange={(e) => {
          setQuery(e.target.value);
          setTurn(0);
          setStatus('');
        }}
      />
      <button type="submit">Find</button>
      <output className="search-status" aria-live="polite">
        {status}
      </output>
    </form>
  );
}
