import { useId, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { selectLeftStructure, selectRightStructure } from '../../store/selectors.ts';
import { findUnits } from './findUnits.ts';
import { FIND_LABEL, FIND_PLACEHOLDER, findNone, findStatus } from '../../words/chart.ts';
import { FIND_BUTTON } from '../../words/toolbar.ts';
import { namesIn } from '../../words/index.ts';
import { Words } from '../words/Words.tsx';

/** Find a node by name, holder, grade or unit: Enter selects the next match and opens and centres its line in both panes. */
export function SearchBox() {
  const id = useId();
  const store = useAppStoreApi();
  const [query, setQuery] = useState('');
  const [turn, setTurn] = useState(0);
  const [status, setStatus] = useState('');
  // Another workspace loaded (Import, Reset to Leeds): the old query would find nothing in it, so the box starts empty.
  const loads = useAppStore((s) => s.view.loads);
  const [loadsSeen, setLoadsSeen] = useState(loads);
  if (loads !== loadsSeen) {
    setLoadsSeen(loads);
    setQuery('');
    setTurn(0);
    setStatus('');
  }
  const find = () => {
    const s = store.getState();
    const structures = [selectRightStructure(s), selectLeftStructure(s)].filter((x) => x !== null);
    const matches = findUnits(structures, query);
    if (matches.length === 0) {
      setStatus(query.trim() ? findNone(query.trim()) : '');
      return;
    }
    const i = turn % matches.length;
    const match = matches[i];
    if (!match) return;
    s.select(match.id, true);
    // The node named as in the structure it matched in, told apart from same-named nodes in both.
    const found = structures[match.structure]!;
    const names = namesIn(found, ...structures.filter((x) => x !== found));
    setStatus(findStatus(names.node(match.id), match.field, match.value, i + 1, matches.length));
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
      <label htmlFor={id}>{FIND_LABEL}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={FIND_PLACEHOLDER}
        onChange={(e) => {
          setQuery(e.target.value);
          setTurn(0);
          setStatus('');
        }}
      />
      <button type="submit">{FIND_BUTTON}</button>
      <output className="search-status" aria-live="polite">
        <Words text={status} />
      </output>
    </form>
  );
}
