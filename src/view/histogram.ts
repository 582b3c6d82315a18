// Claims over time for the date filter's small bar chart. The bin width is
// the finest calendar unit (day, month, year) that keeps the chart within a
// given number of bars, so a week of news and a decade both read well.
import { isoFromDayNumber } from './isoDay';

export const BIN_UNITS = ['day', 'month', 'year'] as const;
export type BinUnit = (typeof BIN_UNITS)[number];

export interface HistogramBin {
  /** First day of the bin, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the bin, `YYYY-MM-DD`. */
  end: string;
  count: number;
}

export interface DateHistogram {
  unit: BinUnit;
  bins: HistogramBin[];
  /** Largest bin count (0 for no dated claims). */
  peak: number;
  /** Claims without a valid date, left out of the bins. */
  undated: number;
}

const DAY_MS = 86_400_000;

const toUtc = (day: number): number =>
  Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, day % 100);

const fromUtc = (ms: number): number => {
  const date = new Date(ms);
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
};

/** The bin a day falls in, as an ordinal within the unit (days since epoch, months, years). */
function ordinal(day: number, unit: BinUnit): number {
  const year = Math.floor(day / 10_000);
  if (unit === 'year') return year;
  if (unit === 'month') return year * 12 + (Math.floor(day / 100) % 100) - 1;
  return Math.round(toUtc(day) / DAY_MS);
}

function binBounds(ord: number, unit: BinUnit): [number, number] {
  if (unit === 'year') return [ord * 10_000 + 101, ord * 10_000 + 1231];
  if (unit === 'month') {
    const year = Math.floor(ord / 12);
    const month = (ord % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [year * 10_000 + month * 100 + 1, year * 10_000 + month * 100 + last];
  }
  const day = fromUtc(ord * DAY_MS);
  return [day, day];
}

/**
 * Counts claims per calendar bin. `days` are yyyymmdd numbers (0 = undated);
 * every bin between the first and the last dated claim is present, empty or not.
 */
export function dateHistogram(days: ArrayLike<number>, maxBins = 36): DateHistogram {
  let min = Infinity;
  let max = -Infinity;
  let undated = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0;
    if (day <= 0) {
      undated++;
      continue;
    }
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (min === Infinity) return { unit: 'day', bins: [], peak: 0, undated };
  const unit = BIN_UNITS.find((u) => ordinal(max, u) - ordinal(min, u) + 1 <= maxBins) ?? 'year';
  const first = ordinal(min, unit);
  const counts = new Array<number>(ordinal(max, unit) - first + 1).fill(0);
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0;
    const bin = ordinal(day, unit) - first;
    if (day > 0) counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const bins = counts.map((count, i) => {
    const [start, end] = binBounds(first + i, unit);
    return { start: isoFromDayNumber(start), end: isoFromDayNumber(end), count };
  });
  return { unit, bins, peak: Math.max(...counts), undated };
}
