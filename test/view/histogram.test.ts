import { describe, expect, it } from 'vitest';
import { dateHistogram } from '../../src/view/histogram';
import { dayNumber } from '../../src/view/isoDay';

const days = (...dates: string[]) => Int32Array.from(dates, dayNumber);

describe('dateHistogram(days, maxBins)', () => {
  it('uses days for a short span, with empty days present', () => {
    const h = dateHistogram(days('2025-03-01', '2025-03-03', '2025-03-03'));
    expect(h.unit).toBe('day');
    expect(h.bins.map((b) => [b.start, b.count])).toEqual([
      ['2025-03-01', 1],
      ['2025-03-02', 0],
      ['2025-03-03', 2],
    ]);
    expect(h.peak).toBe(2);
  });

  it('uses months when days would be too many, each bin spanning its whole month', () => {
    const h = dateHistogram(days('2024-02-27', '2025-03-20', '2025-03-02', '2024-02-29'));
    expect(h.unit).toBe('month');
    expect(h.bins).toHaveLength(14);
    expect(h.bins[0]).toEqual({ start: '2024-02-01', end: '2024-02-29', count: 2 });
    expect(h.bins.at(-1)).toEqual({ start: '2025-03-01', end: '2025-03-31', count: 2 });
  });

  it('uses years for long spans', () => {
    const h = dateHistogram(days('1990-06-01', '2025-01-01'), 20);
    expect(h.unit).toBe('year');
    expect(h.bins[0]?.start).toBe('1990-01-01');
  });

  it('counts undated claims apart and never loses one', () => {
    const input = Int32Array.from([0, dayNumber('2025-01-01'), 0]);
    const h = dateHistogram(input);
    expect(h.undated).toBe(2);
    expect(h.bins.reduce((sum, b) => sum + b.count, 0) + h.undated).toBe(input.length);
    expect(dateHistogram(new Int32Array(0))).toEqual({
      unit: 'day',
      bins: [],
      peak: 0,
      undated: 0,
    });
  });
});
