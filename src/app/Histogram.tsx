// Claims over time, as small bars; bars inside the chosen range are darker.
// Clicking a bar narrows the range to it (the From/To inputs stay the
// accessible way to do the same).
import { memo } from 'react';
import type { DateHistogram } from '../view/histogram';

interface Props {
  histogram: DateHistogram;
  from: string;
  to: string;
  onPick: (from: string, to: string) => void;
}

const WIDTH = 280;
const HEIGHT = 56;

export const Histogram = memo(function Histogram({ histogram, from, to, onPick }: Props) {
  const { bins, peak } = histogram;
  if (bins.length === 0) return <p className="muted">No dated claims.</p>;
  const step = WIDTH / bins.length;
  const first = bins[0];
  const last = bins[bins.length - 1];
  return (
    <figure className="histogram">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={`Claims per ${histogram.unit}, ${first?.start ?? ''} – ${last?.end ?? ''}; the highest bar holds ${peak}.`}
      >
        {bins.map((bin, i) => {
          const inside = (!from || bin.end >= from) && (!to || bin.start <= to);
          const height =
            peak > 0 ? Math.max(bin.count > 0 ? 2 : 0, (bin.count / peak) * (HEIGHT - 4)) : 0;
          const x = i * step;
          return (
            <rect
              key={bin.start}
              x={x + 0.5}
              y={HEIGHT - height}
              width={Math.max(1, step - 1)}
              height={height}
              className={inside ? 'bar in' : 'bar out'}
              onClick={() => onPick(bin.start, bin.end)}
            >
              <title>{`${bin.start === bin.end ? bin.start : `${bin.start} – ${bin.end}`}: ${bin.count} claim${bin.count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="histogram-axis" aria-hidden="true">
        <span>{first?.start}</span>
        <span>{last?.end}</span>
      </figcaption>
      {histogram.undated > 0 && (
        <p className="muted">{histogram.undated} claims have no valid date.</p>
      )}
    </figure>
  );
});
