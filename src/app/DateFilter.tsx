// The statement-date filter: From and To (inclusive) over a histogram.
import type { DateHistogram } from '../view/histogram';
import { Histogram } from './Histogram';

interface Props {
  from: string;
  to: string;
  histogram: DateHistogram;
  onChange: (from: string, to: string) => void;
}

export function DateFilter({ from, to, histogram, onChange }: Props) {
  const min = histogram.bins[0]?.start;
  const max = histogram.bins[histogram.bins.length - 1]?.end;
  // Both are YYYY-MM-DD: text order is date order.
  const reversed = from !== '' && to !== '' && from > to;
  return (
    <fieldset className="filter">
      <legend>Statement date</legend>
      <div className="date-range">
        <label htmlFor="date-from">From</label>
        <input
          id="date-from"
          type="date"
          value={from}
          min={min}
          max={max}
          onChange={(event) => onChange(event.target.value, to)}
        />
        <label htmlFor="date-to">To</label>
        <input
          id="date-to"
          type="date"
          value={to}
          min={min}
          max={max}
          aria-invalid={reversed}
          aria-describedby={reversed ? 'date-reversed' : undefined}
          onChange={(event) => onChange(from, event.target.value)}
        />
      </div>
      {reversed && (
        <p id="date-reversed" className="field-problem" role="alert">
          From is after To, so no claim can match: change one of the dates.
        </p>
      )}
      <Histogram histogram={histogram} from={from} to={to} onPick={onChange} />
    </fieldset>
  );
}
