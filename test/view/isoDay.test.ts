import { describe, expect, it } from 'vitest';
import { dayNumber, isIsoDate, isoFromDayNumber } from '../../src/view/isoDay';

describe('isIsoDate(value)', () => {
  it.each([
    ['2025-03-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-3-1', false],
    [' 2025-03-01', false],
    ['2025-03-01T00:00', false],
    ['99999-01-01', false],
    ['', false],
  ])('%j → %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe('dayNumber(value) / isoFromDayNumber(day)', () => {
  it('orders like the calendar and round-trips', () => {
    expect(dayNumber('2025-03-01')).toBe(20250301);
    expect(dayNumber('2024-12-31') < dayNumber('2025-01-01')).toBe(true);
    expect(isoFromDayNumber(dayNumber('0999-01-05'))).toBe('0999-01-05');
    expect(dayNumber('not a date')).toBe(0);
  });
});
