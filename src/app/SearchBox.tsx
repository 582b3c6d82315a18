// Find an actor or position by name or alias; picking one selects it and
// moves the camera to it.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { searchNodes, type SearchEntry } from '../view/search';
import { KIND_LABELS } from '../view/palette';

interface Props {
  /** Built on first use: most visits never search. */
  entries: () => readonly SearchEntry[];
  onPick: (node: string) => void;
}

export function SearchBox({ entries, onPick }: Props) {
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (query.trim() ? searchNodes(entries(), query) : []), [entries, query]);
  const pick = (node: string): void => {
    onPick(node);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const [first] = hits;
    if (event.key === 'Enter' && first) {
      // Hand the keyboard back to the page (p for presenter mode, Esc).
      event.currentTarget.blur();
      pick(first.id);
    }
  };
  return (
    <div className="search">
      <label htmlFor="search-input">Search</label>
      <input
        id="search-input"
        type="search"
        placeholder="Actor or position…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby="search-hint"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id="search-hint" className="visually-hidden">
        Type a name or alias; press Enter for the first match.
      </span>
      {query.trim() !== '' && (
        <ul className="search-hits" aria-label="Matches">
          {hits.length === 0 && <li className="muted">No match</li>}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => pick(hit.id)}>
                <span>{hit.label}</span>
                <span className="muted">
                  {' '}
                  {KIND_LABELS[hit.kind]}
                  {hit.alias ? ` · “${hit.alias}”` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
