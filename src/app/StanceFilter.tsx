// One checkbox per stance, named exactly by the stance, with its edge colour.
import { STANCES, type Stance } from '../graph/types';
import { STANCE_COLOURS } from '../view/palette';

interface Props {
  stances: ReadonlySet<Stance>;
  onToggle: (stance: Stance, on: boolean) => void;
}

export function StanceFilter({ stances, onToggle }: Props) {
  return (
    <fieldset className="filter">
      <legend>Stances</legend>
      <ul className="checks">
        {STANCES.map((stance) => (
          <li key={stance}>
            <span
              className="swatch line"
              style={{ background: STANCE_COLOURS[stance] }}
              aria-hidden="true"
            />
            <input
              id={`stance-${stance}`}
              type="checkbox"
              checked={stances.has(stance)}
              onChange={(event) => onToggle(stance, event.target.checked)}
            />
            <label htmlFor={`stance-${stance}`}>{stance}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
