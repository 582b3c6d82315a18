// One checkbox per node kind.
import { NODE_KINDS, type NodeKind } from '../graph/types';
import { KIND_PLURALS } from '../view/palette';

interface Props {
  kinds: ReadonlySet<NodeKind>;
  onToggle: (kind: NodeKind, on: boolean) => void;
}

const title = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function KindFilter({ kinds, onToggle }: Props) {
  return (
    <fieldset className="filter">
      <legend>Node kinds</legend>
      <ul className="checks inline">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <input
              id={`kind-${kind}`}
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(event) => onToggle(kind, event.target.checked)}
            />
            <label htmlFor={`kind-${kind}`}>{title(KIND_PLURALS[kind])}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
