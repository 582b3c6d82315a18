// One checkbox per outlet. The checkbox is named by the outlet alone; its
// claim count sits beside the label and describes it.
import { memo } from 'react';

interface Props {
  outlets: readonly string[];
  claims: readonly number[];
  excluded: ReadonlySet<string>;
  onToggle: (outlet: string, on: boolean) => void;
  onAll: (on: boolean) => void;
}

export const OutletFilter = memo(function OutletFilter({
  outlets,
  claims,
  excluded,
  onToggle,
  onAll,
}: Props) {
  // Most-cited outlets first; the order is fixed per load, not per filter step.
  const order = outlets
    .map((outlet, i) => ({ outlet, count: claims[i] ?? 0, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i);
  return (
    <fieldset className="filter">
      <legend>Sources</legend>
      <div className="row-buttons">
        <button type="button" className="link" onClick={() => onAll(true)}>
          All outlets
        </button>
        <button type="button" className="link" onClick={() => onAll(false)}>
          No outlets
        </button>
      </div>
      <ul className="checks outlets">
        {order.map(({ outlet, count, i }) => (
          <li key={outlet}>
            <input
              id={`outlet-${i}`}
              type="checkbox"
              checked={!excluded.has(outlet)}
              aria-describedby={`outlet-${i}-count`}
              onChange={(event) => onToggle(outlet, event.target.checked)}
            />
            <label htmlFor={`outlet-${i}`}>{outlet}</label>
            <span id={`outlet-${i}-count`} className="count" title={`${count} claims in all`}>
              {count}
              <span className="visually-hidden"> claims</span>
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});
